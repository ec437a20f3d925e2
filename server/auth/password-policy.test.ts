import { describe, expect, it } from 'vitest';
import { passwordProblem } from './password-policy.js';

describe('passwordProblem', () => {
  it('accepts a long, uncommon password', () => {
    expect(passwordProblem('window-17-spring', 'clerk01')).toBeNull();
    expect(passwordProblem('窗口办事员很安全', 'clerk01')).toBeNull();
  });

  it('refuses fewer than 8 characters, counting characters not bytes', () => {
    expect(passwordProblem('a7#kq2m', 'clerk01')).toMatch(/8 characters/);
    expect(passwordProblem('a7#kq2mz', 'clerk01')).toBeNull();
    // 4 Chinese characters are 12 UTF-8 bytes but still only 4 characters.
    expect(passwordProblem('政务服务', 'clerk01')).toMatch(/8 characters/);
  });

  it('refuses the username, whatever the case', () => {
    expect(passwordProblem('clerk0123', 'clerk0123')).toMatch(/username/);
    expect(passwordProblem('Supervisor', 'supervisor')).toMatch(/username/);
  });

  it('refuses the most common passwords, whatever the case', () => {
    for (const p of ['password', 'PASSWORD', '12345678', 'admin123', 'Admin123', 'changeme']) {
      expect(passwordProblem(p, 'clerk01'), p).toMatch(/common/);
    }
    // The demo password is short anyway, so it is refused for its length first.
    expect(passwordProblem('demo', 'clerk01')).not.toBeNull();
  });
});
