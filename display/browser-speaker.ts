import type { VoiceLang } from './announcement-text.js';
import type { SpeakResult, Speaker } from './announcer.js';
import { Chime } from './chime.js';
import { pickVoice, SPEECH_LANG } from './voices.js';

/** How long voices may take to appear: Chromium loads the list after the page, then fires voiceschanged. */
const VOICE_WAIT_MS = 1500;
/** Speech rate: a little slower than normal, halls are noisy and echo. */
const RATE = 0.9;

/** Longest a sentence may take before it counts as lost (engines sometimes never fire 'end'). */
export const speechGuardMs = (text: string): number => 5000 + Array.from(text).length * 400;

/**
 * The hall's speakers: a Web Audio chime and the browser's speech synthesis with a Chinese
 * voice. Every failure is an answer (never a throw, never a hang), so the announcement queue
 * always moves on.
 */
export class BrowserSpeaker implements Speaker {
  private readonly chimer: Chime;
  /**
   * Utterances being spoken. Chromium forgets an utterance that nothing references and then
   * never fires its 'end' event; holding them here until they finish avoids that.
   */
  private readonly live = new Set<SpeechSynthesisUtterance>();
  private waitedForVoices = false;

  /**
   * `onSoundHeld(true)`: the browser holds sound back until someone touches the screen;
   * `onSoundHeld(false)`: it has let go (a tap anywhere, or it never held it).
   */
  constructor(private readonly onSoundHeld: (held: boolean) => void) {
    this.chimer = new Chime((state) => {
      if (state === 'running') onSoundHeld(false);
    });
    void this.chimer.ready().then((state) => {
      if (state === 'suspended') onSoundHeld(true);
    });
  }

  /** Both halves must be there: some TV browsers ship one without the other. */
  private get synth(): SpeechSynthesis | null {
    const synth: SpeechSynthesis | undefined = 'speechSynthesis' in window ? window.speechSynthesis : undefined;
    return synth && typeof SpeechSynthesisUtterance === 'function' ? synth : null;
  }

  get canSpeak(): boolean {
    return this.synth !== null;
  }

  /** Call from a click or key handler: the gesture lets this page make sound for the rest of its life. */
  unlock(): void {
    this.chimer.unlock();
    const synth = this.synth;
    if (synth) {
      // Speaking (nothing) inside the gesture is what Chromium checks for speech.
      const u = new SpeechSynthesisUtterance('');
      u.volume = 0;
      synth.speak(u);
    }
  }

  async chime(): Promise<void> {
    await this.chimer.play();
    if (this.chimer.state === 'suspended') this.onSoundHeld(true);
  }

  async speak(text: string, lang: VoiceLang): Promise<SpeakResult> {
    const synth = this.synth;
    if (!synth) return 'no-speech';
    const voice = pickVoice(await this.voices(synth), lang);
    if (!voice) return 'no-voice';
    return new Promise<SpeakResult>((resolve) => {
      const u = new SpeechSynthesisUtterance(text);
      u.voice = voice;
      u.lang = SPEECH_LANG[lang];
      u.rate = RATE;
      let settled = false;
      const finish = (result: SpeakResult) => {
        if (settled) return;
        settled = true;
        clearTimeout(guard);
        this.live.delete(u);
        if (result === 'blocked') this.onSoundHeld(true);
        resolve(result);
      };
      const guard = setTimeout(() => {
        synth.cancel();
        finish('failed');
      }, speechGuardMs(text));
      u.onend = () => finish('spoken');
      u.onerror = (e) => finish(e.error === 'not-allowed' ? 'blocked' : 'failed');
      this.live.add(u);
      synth.speak(u);
    });
  }

  private async voices(synth: SpeechSynthesis): Promise<SpeechSynthesisVoice[]> {
    const now = synth.getVoices();
    if (now.length > 0 || this.waitedForVoices) return now;
    this.waitedForVoices = true;
    await new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        synth.removeEventListener('voiceschanged', done);
        resolve();
      };
      const timer = setTimeout(done, VOICE_WAIT_MS);
      synth.addEventListener('voiceschanged', done);
    });
    return synth.getVoices();
  }
}
