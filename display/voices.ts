import type { VoiceLang } from './announcement-text.js';

/** The fields of a SpeechSynthesisVoice the choice looks at (tests pass plain objects). */
export interface VoiceLike {
  lang: string;
  name: string;
  localService: boolean;
  default: boolean;
}

/** How well a voice's language fits: higher is better, 0 is unusable. */
function fit(voiceLang: string, lang: VoiceLang): number {
  const l = voiceLang.replace('_', '-').toLowerCase();
  if (lang === 'zh') {
    if (l === 'zh-cn' || l.startsWith('zh-hans') || l.startsWith('cmn')) return 4;
    if (l === 'zh' || l === 'zh-sg') return 3;
    if (l === 'zh-tw' || l.startsWith('zh-hant')) return 2;
    // zh-HK voices read in Cantonese: understood by some, but only when nothing else exists.
    if (l.startsWith('zh') || l.startsWith('yue')) return 1;
    return 0;
  }
  if (l === 'en-us') return 3;
  if (l === 'en-gb') return 2;
  return l.startsWith('en') ? 1 : 0;
}

/**
 * The voice to read `lang` with, or null when the device has none: a Chinese sentence read by
 * an English voice is noise, so no voice is better than the wrong one. Among equal fits an
 * on-device voice wins: the online voices need the internet, which hall LANs often lack.
 */
export function pickVoice<V extends VoiceLike>(voices: readonly V[], lang: VoiceLang): V | null {
  let best: V | null = null;
  let bestScore = 0;
  for (const v of voices) {
    const f = fit(v.lang, lang);
    if (f === 0) continue;
    const score = f * 4 + (v.localService ? 2 : 0) + (v.default ? 1 : 0);
    if (score > bestScore) {
      best = v;
      bestScore = score;
    }
  }
  return best;
}

/** BCP 47 tag set on the utterance, so the engine reads with the right rules even with its own pick. */
export const SPEECH_LANG: Record<VoiceLang, string> = { zh: 'zh-CN', en: 'en-US' };
