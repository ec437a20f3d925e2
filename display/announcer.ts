import { announcementText, type CallWords, type VoiceLang } from './announcement-text.js';

/** What became of one sentence. Anything but 'spoken' means the hall did not hear it. */
export type SpeakResult = 'spoken' | 'no-speech' | 'no-voice' | 'blocked' | 'failed';

/** The sound output: the browser one in production, a fake in the unit tests. */
export interface Speaker {
  /** Resolves when the chime has finished (at once when it cannot play). */
  chime(): Promise<void>;
  /** Resolves when the sentence has been said, or with the reason it was not. */
  speak(text: string, lang: VoiceLang): Promise<SpeakResult>;
}

export interface AnnouncementReport<C> {
  call: C;
  /** 'spoken' when at least one sentence was heard, else the first reason it was not. */
  result: SpeakResult;
  /** Times the sentence was said (fewer than `repeat` while catching up). */
  times: number;
}

export interface AnnouncerOptions<C> {
  /** Times each call is said after its chime. Halls say it twice (default 2). */
  repeat: number;
  /** Languages, in order, for each time it is said. */
  langs: readonly VoiceLang[];
  /**
   * With this many calls still waiting behind the current one, say it only once: when all
   * windows open at 9:00 and call together, the last visitor should not hear their number
   * minutes late. Nothing is dropped, it is only said fewer times.
   */
  catchUpBacklog: number;
  onReport?: (report: AnnouncementReport<C>) => void;
}

export const DEFAULT_ANNOUNCER: Omit<AnnouncerOptions<CallWords>, 'onReport'> = { repeat: 2, langs: ['zh'], catchUpBacklog: 3 };

/**
 * The announcement queue. Calls are said one at a time, in the order they arrived, each with
 * its own text — never two at once, never skipped, also when several arrive within a second.
 * A recall is a new call and is said again. A speaker that fails or throws costs that one
 * announcement, never the queue.
 */
export class Announcer<C extends CallWords> {
  private readonly waiting: C[] = [];
  private draining = false;
  private idle: Promise<void> = Promise.resolve();
  private closed = false;

  constructor(
    private readonly speaker: Speaker,
    private readonly options: AnnouncerOptions<C>,
  ) {}

  /** Calls waiting to be said (not counting the one being said). */
  get backlog(): number {
    return this.waiting.length;
  }

  enqueue(call: C): void {
    if (this.closed) return;
    this.waiting.push(call);
    if (!this.draining) {
      this.draining = true;
      this.idle = this.drain();
    }
  }

  /** Resolves when everything queued so far has been said. */
  whenIdle(): Promise<void> {
    return this.idle;
  }

  /** Stop after the current sentence (page teardown). */
  close(): void {
    this.closed = true;
    this.waiting.length = 0;
  }

  private async drain(): Promise<void> {
    try {
      for (;;) {
        const next = this.waiting.shift();
        // Checked and cleared in one synchronous step, so an enqueue can never find
        // `draining` still true after the loop has stopped looking.
        if (next === undefined || this.closed) break;
        await this.announce(next);
      }
    } finally {
      this.draining = false;
    }
  }

  private async announce(call: C): Promise<void> {
    const { repeat, langs, catchUpBacklog } = this.options;
    try {
      await this.speaker.chime();
    } catch {
      // A chime that cannot play must not cost the words.
    }
    let heard = false;
    let firstProblem: SpeakResult | null = null;
    const failedLangs = new Set<VoiceLang>();
    let times = 0;
    for (; times < Math.max(1, repeat); times++) {
      // Decided before each repeat, not once up front: calls arriving during the first saying count.
      if (times > 0 && this.waiting.length >= catchUpBacklog) break;
      for (const lang of langs) {
        if (failedLangs.has(lang)) continue;
        const result = await this.say(announcementText(call, lang), lang);
        if (result === 'spoken') heard = true;
        else {
          // Do not try the same voice again for this call: it would only delay the next one.
          failedLangs.add(lang);
          firstProblem ??= result;
        }
      }
    }
    this.options.onReport?.({ call, result: heard ? 'spoken' : (firstProblem ?? 'failed'), times });
  }

  private async say(text: string, lang: VoiceLang): Promise<SpeakResult> {
    try {
      return await this.speaker.speak(text, lang);
    } catch {
      return 'failed';
    }
  }
}
