import { describe, expect, it } from 'vitest';
import { parseDisplayConfig, parseRoute } from './display-config.js';

describe('display routes', () => {
  it('knows the lobby and window screens', () => {
    expect(parseRoute('/display')).toEqual({ kind: 'lobby' });
    expect(parseRoute('/display/')).toEqual({ kind: 'lobby' });
    expect(parseRoute('/display/window/5')).toEqual({ kind: 'window', number: 5 });
    expect(parseRoute('/display/window/36/')).toEqual({ kind: 'window', number: 36 });
  });

  it('refuses anything else', () => {
    for (const p of ['/display/window/', '/display/window/0', '/display/window/abc', '/display/window/5/x', '/kiosk']) {
      expect(parseRoute(p).kind).toBe('unknown');
    }
  });
});

describe('display options', () => {
  it('lets the lobby speak and keeps window screens silent by default', () => {
    expect(parseDisplayConfig('/display', '')).toEqual({ route: { kind: 'lobby' }, voice: true, repeat: 2, langs: ['zh'] });
    expect(parseDisplayConfig('/display/window/5', '').voice).toBe(false);
    expect(parseDisplayConfig('/display/window/5', '?voice=1').voice).toBe(true);
  });

  it('is silent when asked, whatever else is asked', () => {
    expect(parseDisplayConfig('/display', '?silent=1').voice).toBe(false);
    expect(parseDisplayConfig('/display/window/5', '?voice=1&silent=1').voice).toBe(false);
  });

  it('takes a sane repeat count', () => {
    expect(parseDisplayConfig('/display', '?repeat=3').repeat).toBe(3);
    expect(parseDisplayConfig('/display', '?repeat=1').repeat).toBe(1);
    expect(parseDisplayConfig('/display', '?repeat=99').repeat).toBe(5);
    for (const bad of ['0', '-1', '1.5', 'x', '']) expect(parseDisplayConfig('/display', `?repeat=${bad}`).repeat).toBe(2);
  });

  it('takes the languages in the order given', () => {
    expect(parseDisplayConfig('/display', '?lang=zh,en').langs).toEqual(['zh', 'en']);
    expect(parseDisplayConfig('/display', '?lang=en').langs).toEqual(['en']);
    expect(parseDisplayConfig('/display', '?lang=fr').langs).toEqual(['zh']);
    expect(parseDisplayConfig('/display', '?lang=EN,en,zh').langs).toEqual(['en', 'zh']);
  });
});
