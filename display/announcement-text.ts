/**
 * What a screen says and shows for a call. Pure: the announcer, the screens and the tests all
 * use these, so the spoken text and the caption can never disagree about the ticket.
 */

export type VoiceLang = 'zh' | 'en';

/** The parts of a call the words need; a CallDto fits. */
export interface CallWords {
  number: string;
  windowNumber: number;
}

const ZH_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;

/**
 * Read a ticket number one character at a time: "A012" → "A 零 一 二".
 * Text-to-speech reads "A012" as "A twelve" (or 十二); a visitor listens for the digits printed
 * on the slip, so every digit is its own word, zeros included.
 */
export function spellTicketNumber(number: string, lang: VoiceLang): string {
  const chars = Array.from(number.trim().toUpperCase()).filter((c) => c.trim() !== '');
  return chars.map((c) => (lang === 'zh' && c >= '0' && c <= '9' ? ZH_DIGITS[Number(c)] : c)).join(' ');
}

/** The sentence given to speech synthesis: 「请 A 零 一 二 号 到 5 号窗口 办理」 / "Number A 0 1 2, please go to window 5". */
export function announcementText(call: CallWords, lang: VoiceLang): string {
  const spelled = spellTicketNumber(call.number, lang);
  // The window number stays a number: 12 号窗口 is read 十二号窗口, which is how halls say it.
  return lang === 'zh'
    ? `请 ${spelled} 号 到 ${call.windowNumber} 号窗口 办理`
    : `Number ${spelled}, please go to window ${call.windowNumber}`;
}

/** The same call as a line of text on a screen: 「请 A012 号到 5 号窗口办理」. */
export function callCaption(call: CallWords, lang: VoiceLang): string {
  return lang === 'zh'
    ? `请 ${call.number} 号到 ${call.windowNumber} 号窗口办理`
    : `Number ${call.number}, please go to window ${call.windowNumber}`;
}
