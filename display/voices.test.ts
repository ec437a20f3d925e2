import { describe, expect, it } from 'vitest';
import { pickVoice, type VoiceLike } from './voices.js';

const v = (lang: string, name = lang, localService = true, isDefault = false): VoiceLike => ({ lang, name, localService, default: isDefault });

describe('choosing a voice', () => {
  it('takes a Mandarin voice for Chinese', () => {
    expect(pickVoice([v('en-US'), v('zh-HK'), v('zh-CN'), v('zh-TW')], 'zh')?.lang).toBe('zh-CN');
    expect(pickVoice([v('en-US'), v('zh_CN')], 'zh')?.lang).toBe('zh_CN');
  });

  it('falls back to another Chinese voice, Cantonese last', () => {
    expect(pickVoice([v('zh-HK'), v('zh-TW')], 'zh')?.lang).toBe('zh-TW');
    expect(pickVoice([v('en-US'), v('zh-HK')], 'zh')?.lang).toBe('zh-HK');
  });

  it('never reads Chinese with a non-Chinese voice', () => {
    expect(pickVoice([v('en-US', 'English', true, true), v('de-DE')], 'zh')).toBeNull();
    expect(pickVoice([], 'zh')).toBeNull();
  });

  it('prefers an on-device voice, then the default, among equal fits', () => {
    expect(pickVoice([v('zh-CN', 'online', false, true), v('zh-CN', 'local')], 'zh')?.name).toBe('local');
    expect(pickVoice([v('zh-CN', 'a'), v('zh-CN', 'b', true, true)], 'zh')?.name).toBe('b');
  });

  it('takes an English voice for English', () => {
    expect(pickVoice([v('zh-CN'), v('en-GB'), v('en-US')], 'en')?.lang).toBe('en-US');
    expect(pickVoice([v('zh-CN'), v('en-AU')], 'en')?.lang).toBe('en-AU');
    expect(pickVoice([v('zh-CN')], 'en')).toBeNull();
  });
});
