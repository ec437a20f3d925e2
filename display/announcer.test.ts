import { describe, expect, it } from 'vitest';
import type { VoiceLang } from './announcement-text.js';
import { Announcer, type AnnouncementReport, type SpeakResult, type Speaker } from './announcer.js';

interface Call { number: string; windowNumber: number; key: string }
const call = (number: string, windowNumber: number, key = number): Call => ({ number, windowNumber, key });

interface Heard { kind: 'chime' | 'speak'; text: string; lang: VoiceLang | null; start: number; end: number }

/** Records what was played and when; flags any two sounds playing at once. */
class FakeSpeaker implements Speaker {
  readonly heard: Heard[] = [];
  overlaps = 0;
  private active = 0;
  constructor(private readonly ms = 3, private readonly answer: (text: string, lang: VoiceLang) => SpeakResult | 'throw' = () => 'spoken') {}

  private async play(kind: Heard['kind'], text: string, lang: VoiceLang | null): Promise<void> {
    if (this.active > 0) this.overlaps++;
    this.active++;
    const entry: Heard = { kind, text, lang, start: performance.now(), end: Number.NaN };
    this.heard.push(entry);
    await new Promise((r) => setTimeout(r, this.ms));
    entry.end = performance.now();
    this.active--;
  }

  chime(): Promise<void> {
    return this.play('chime', '', null);
  }

  async speak(text: string, lang: VoiceLang): Promise<SpeakResult> {
    await this.play('speak', text, lang);
    const a = this.answer(text, lang);
    if (a === 'throw') throw new Error('engine crashed');
    return a;
  }

  get spoken(): string[] {
    return this.heard.filter((h) => h.kind === 'speak').map((h) => h.text);
  }
}

function setup(speaker: FakeSpeaker, options: Partial<{ repeat: number; langs: VoiceLang[]; catchUpBacklog: number }> = {}) {
  const reports: AnnouncementReport<Call>[] = [];
  const announcer = new Announcer<Call>(speaker, { repeat: 2, langs: ['zh'], catchUpBacklog: 99, ...options, onReport: (r) => reports.push(r) });
  return { announcer, reports };
}

describe('the announcement queue', () => {
  it('chimes, then says the call the configured number of times', async () => {
    const speaker = new FakeSpeaker();
    const { announcer, reports } = setup(speaker, { repeat: 2 });
    announcer.enqueue(call('A012', 5));
    await announcer.whenIdle();
    expect(speaker.heard.map((h) => h.kind)).toEqual(['chime', 'speak', 'speak']);
    expect(speaker.spoken).toEqual(['请 A 零 一 二 号 到 5 号窗口 办理', '请 A 零 一 二 号 到 5 号窗口 办理']);
    expect(reports).toEqual([{ call: call('A012', 5), result: 'spoken', times: 2 }]);
  });

  it('says three calls that arrive within a second in order, one at a time, each with its own ticket', async () => {
    const speaker = new FakeSpeaker(5);
    const { announcer, reports } = setup(speaker, { repeat: 1 });
    announcer.enqueue(call('A001', 1));
    await new Promise((r) => setTimeout(r, 1));
    announcer.enqueue(call('B002', 5));
    announcer.enqueue(call('M003', 27));
    await announcer.whenIdle();
    expect(speaker.spoken).toEqual(['请 A 零 零 一 号 到 1 号窗口 办理', '请 B 零 零 二 号 到 5 号窗口 办理', '请 M 零 零 三 号 到 27 号窗口 办理']);
    expect(speaker.overlaps).toBe(0);
    for (let i = 1; i < speaker.heard.length; i++) {
      const prev = speaker.heard[i - 1];
      const cur = speaker.heard[i];
      expect(cur && prev && cur.start >= prev.end).toBe(true);
    }
    expect(reports.map((r) => r.call.number)).toEqual(['A001', 'B002', 'M003']);
  });

  it('keeps each call together: chime, its repeats, then the next call', async () => {
    const speaker = new FakeSpeaker(2);
    const { announcer } = setup(speaker, { repeat: 2 });
    announcer.enqueue(call('A001', 1));
    announcer.enqueue(call('A002', 2));
    await announcer.whenIdle();
    // The spelled ticket is words 2–5 of the sentence: 请 A 零 零 一 号 …
    const sequence = speaker.heard.map((h) => (h.kind === 'chime' ? 'chime' : h.text.split(' ').slice(1, 5).join('')));
    expect(sequence).toEqual(['chime', 'A零零一', 'A零零一', 'chime', 'A零零二', 'A零零二']);
    expect(speaker.overlaps).toBe(0);
  });

  it('says a recall again', async () => {
    const speaker = new FakeSpeaker();
    const { announcer, reports } = setup(speaker, { repeat: 1 });
    announcer.enqueue(call('A012', 5, 't1#1'));
    await announcer.whenIdle();
    announcer.enqueue(call('A012', 5, 't1#2'));
    await announcer.whenIdle();
    expect(speaker.spoken).toEqual(['请 A 零 一 二 号 到 5 号窗口 办理', '请 A 零 一 二 号 到 5 号窗口 办理']);
    expect(reports.map((r) => r.call.key)).toEqual(['t1#1', 't1#2']);
  });

  it('says a recall that arrives while the first call is still being said', async () => {
    const speaker = new FakeSpeaker(5);
    const { announcer } = setup(speaker, { repeat: 1 });
    announcer.enqueue(call('A012', 5, 't1#1'));
    announcer.enqueue(call('A012', 5, 't1#2'));
    await announcer.whenIdle();
    expect(speaker.heard.filter((h) => h.kind === 'chime')).toHaveLength(2);
    expect(speaker.spoken).toHaveLength(2);
    expect(speaker.overlaps).toBe(0);
  });

  it('takes calls enqueued after it went idle', async () => {
    const speaker = new FakeSpeaker(1);
    const { announcer } = setup(speaker, { repeat: 1 });
    announcer.enqueue(call('A001', 1));
    await announcer.whenIdle();
    await Promise.resolve();
    announcer.enqueue(call('A002', 1));
    await announcer.whenIdle();
    expect(speaker.spoken).toHaveLength(2);
  });

  it('says each call in every language, Mandarin first', async () => {
    const speaker = new FakeSpeaker(1);
    const { announcer } = setup(speaker, { repeat: 1, langs: ['zh', 'en'] });
    announcer.enqueue(call('A012', 5));
    await announcer.whenIdle();
    expect(speaker.spoken).toEqual(['请 A 零 一 二 号 到 5 号窗口 办理', 'Number A 0 1 2, please go to window 5']);
  });

  it('says a call once while a backlog is waiting behind it, and never drops one', async () => {
    const speaker = new FakeSpeaker(1);
    const { announcer, reports } = setup(speaker, { repeat: 2, catchUpBacklog: 2 });
    for (let i = 1; i <= 5; i++) announcer.enqueue(call(`A00${i}`, i));
    await announcer.whenIdle();
    // Behind A001 wait 4, behind A002 3, behind A003 2: once each; then 1 and 0: twice.
    expect(reports.map((r) => [r.call.number, r.times])).toEqual([['A001', 1], ['A002', 1], ['A003', 1], ['A004', 2], ['A005', 2]]);
    expect(speaker.spoken).toHaveLength(7);
  });

  it('reports a call it could not say and goes on with the next', async () => {
    const speaker = new FakeSpeaker(1, (text) => (text.includes('A 零 零 一') ? 'no-voice' : text.includes('A 零 零 二') ? 'throw' : 'spoken'));
    const { announcer, reports } = setup(speaker, { repeat: 2 });
    announcer.enqueue(call('A001', 1));
    announcer.enqueue(call('A002', 2));
    announcer.enqueue(call('A003', 3));
    await announcer.whenIdle();
    expect(reports.map((r) => [r.call.number, r.result])).toEqual([['A001', 'no-voice'], ['A002', 'failed'], ['A003', 'spoken']]);
    // A voice that failed is not tried again for the same call.
    expect(speaker.spoken.filter((t) => t.includes('A 零 零 一'))).toHaveLength(1);
  });

  it('goes on when the chime itself throws', async () => {
    const speaker = new FakeSpeaker(1);
    speaker.chime = () => Promise.reject(new Error('no audio device'));
    const { announcer, reports } = setup(speaker, { repeat: 1 });
    announcer.enqueue(call('A001', 1));
    await announcer.whenIdle();
    expect(reports.map((r) => r.result)).toEqual(['spoken']);
  });

  it('stops after close', async () => {
    const speaker = new FakeSpeaker(3);
    const { announcer } = setup(speaker, { repeat: 1 });
    announcer.enqueue(call('A001', 1));
    announcer.enqueue(call('A002', 2));
    announcer.close();
    announcer.enqueue(call('A003', 3));
    await announcer.whenIdle();
    expect(speaker.spoken.length).toBeLessThanOrEqual(1);
  });
});
