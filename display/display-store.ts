import { effect, signal, type Signal } from '@preact/signals';
import type { CallDto, HallSnapshot } from '../contract/dto.js';
import { connectHall, type ConnectionState } from '../ui/hall-socket.js';
import { Announcer, DEFAULT_ANNOUNCER, type SpeakResult } from './announcer.js';
import { BrowserSpeaker } from './browser-speaker.js';
import type { DisplayConfig } from './display-config.js';
import { callKey } from './hall-view.js';
import { publishProbe } from './probe.js';

/** How long a new call (or a recall) stays highlighted. */
export const HIGHLIGHT_MS = 8000;

export interface VoiceStatus {
  enabled: boolean;
  /** Calls heard / calls that could not be said, since the page loaded. */
  spoken: number;
  unspoken: number;
  /** Why the last call that could not be said was not said. */
  lastProblem: SpeakResult | null;
  /** The browser holds sound back until someone touches the screen. */
  needsGesture: boolean;
}

export interface DisplayStore {
  config: DisplayConfig;
  hall: Signal<HallSnapshot | null>;
  connection: Signal<ConnectionState>;
  /** callKey of the call highlighted now: one that arrived live a few seconds ago. */
  highlight: Signal<string | null>;
  /** Hall time (server clock), ticking every second. */
  now: Signal<number>;
  voice: Signal<VoiceStatus>;
  /** From a click: lets the page make sound. */
  unlockSound(): void;
  close(): void;
}

/** Speech for a screen that speaks: the browser's voices behind an announcement queue. */
function startVoice(config: DisplayConfig, voice: Signal<VoiceStatus>): { speaker: BrowserSpeaker; announcer: Announcer<CallDto> } {
  const speaker = new BrowserSpeaker((held) => {
    if (voice.value.needsGesture !== held) voice.value = { ...voice.value, needsGesture: held };
  });
  const announcer = new Announcer<CallDto>(speaker, {
    ...DEFAULT_ANNOUNCER, repeat: config.repeat, langs: config.langs,
    onReport: ({ result }) => {
      const v = voice.value;
      voice.value = result === 'spoken'
        ? { ...v, spoken: v.spoken + 1, lastProblem: null }
        : { ...v, unspoken: v.unspoken + 1, lastProblem: result };
    },
  });
  if (!speaker.canSpeak) voice.value = { ...voice.value, lastProblem: 'no-speech' };
  return { speaker, announcer };
}

/** Marks a call as new for HIGHLIGHT_MS; a newer call takes the mark over. */
function highlighter(highlight: Signal<string | null>) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    flash(call: CallDto) {
      clearTimeout(timer);
      highlight.value = callKey(call);
      timer = setTimeout(() => {
        highlight.value = null;
      }, HIGHLIGHT_MS);
    },
    close: () => clearTimeout(timer),
  };
}

/** The hall clock on screen follows the server, not the TV's own clock; it ticks every second. */
function hallClock(now: Signal<number>) {
  let serverOffsetMs = 0;
  const tick = setInterval(() => {
    now.value = Date.now() + serverOffsetMs;
  }, 1000);
  return {
    sync(serverTime: string) {
      serverOffsetMs = Date.parse(serverTime) - Date.now();
      now.value = Date.now() + serverOffsetMs;
    },
    close: () => clearInterval(tick),
  };
}

/** Keeps `window.hallDisplay` in step with the store; returns the stop. */
function publishCounts(store: Pick<DisplayStore, 'hall' | 'connection' | 'highlight' | 'voice'>, announced: Signal<number>): () => void {
  const loadedAt = Date.now();
  return effect(() => {
    const v = store.voice.value;
    publishProbe({
      loadedAt, version: store.hall.value?.version ?? null, connection: store.connection.value, announced: announced.value,
      spoken: v.spoken, unspoken: v.unspoken, lastProblem: v.lastProblem, highlight: store.highlight.value,
    });
  });
}

/**
 * The screen's live state. The hall socket keeps the snapshot right (snapshot on every
 * (re)connect it cannot recover, gap → resync); this adds what a screen does with it:
 * highlight and announce calls that arrive *as events*. Calls inside a snapshot are history —
 * after a reconnect or a resync they are shown, never said again, so a reconnect in the middle
 * of an announcement neither cuts it off (the queue does not depend on the socket) nor repeats it.
 */
export function startDisplay(config: DisplayConfig): DisplayStore {
  const hall = signal<HallSnapshot | null>(null);
  const connection = signal<ConnectionState>('connecting');
  const highlight = signal<string | null>(null);
  const now = signal(Date.now());
  const voice = signal<VoiceStatus>({ enabled: config.voice, spoken: 0, unspoken: 0, lastProblem: null, needsGesture: false });
  const announced = signal(0);
  const route = config.route;
  const concerns = (call: CallDto) => route.kind === 'lobby' || (route.kind === 'window' && call.windowNumber === route.number);

  const speech = config.voice ? startVoice(config, voice) : null;
  const marks = highlighter(highlight);
  const clock = hallClock(now);
  const socket = connectHall({
    // Window screens read their window from the hall snapshot: joining the window room would
    // need the window id, and the screen is addressed by the number painted on the window.
    join: {},
    onState: (s) => { hall.value = s; },
    onSnapshot: (s) => clock.sync(s.serverTime),
    onEvent: (event) => {
      if (event.name !== 'ticket:called' || !concerns(event.payload.call)) return;
      announced.value++;
      marks.flash(event.payload.call);
      speech?.announcer.enqueue(event.payload.call);
    },
    onConnection: (c) => { connection.value = c; },
  });
  const stopProbe = publishCounts({ hall, connection, highlight, voice }, announced);

  return {
    config, hall, connection, highlight, now, voice,
    unlockSound() {
      speech?.speaker.unlock();
      voice.value = { ...voice.value, needsGesture: false };
    },
    close() {
      clock.close();
      marks.close();
      speech?.announcer.close();
      socket.close();
      stopProbe();
    },
  };
}
