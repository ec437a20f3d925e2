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
  let serverOffsetMs = 0;

  const route = config.route;
  const concerns = (call: CallDto) => route.kind === 'lobby' || (route.kind === 'window' && call.windowNumber === route.number);

  let speaker: BrowserSpeaker | null = null;
  let announcer: Announcer<CallDto> | null = null;
  if (config.voice) {
    speaker = new BrowserSpeaker((held) => {
      if (voice.value.needsGesture !== held) voice.value = { ...voice.value, needsGesture: held };
    });
    announcer = new Announcer<CallDto>(speaker, {
      ...DEFAULT_ANNOUNCER, repeat: config.repeat, langs: config.langs,
      onReport: ({ result }) => {
        const v = voice.value;
        voice.value = result === 'spoken'
          ? { ...v, spoken: v.spoken + 1, lastProblem: null }
          : { ...v, unspoken: v.unspoken + 1, lastProblem: result };
      },
    });
    if (!speaker.canSpeak) voice.value = { ...voice.value, lastProblem: 'no-speech' };
  }

  let highlightTimer: ReturnType<typeof setTimeout> | undefined;
  const flash = (call: CallDto) => {
    clearTimeout(highlightTimer);
    highlight.value = callKey(call);
    highlightTimer = setTimeout(() => {
      highlight.value = null;
    }, HIGHLIGHT_MS);
  };

  const socket = connectHall({
    // Window screens read their window from the hall snapshot: joining the window room would
    // need the window id, and the screen is addressed by the number painted on the window.
    join: {},
    onState: (s) => {
      hall.value = s;
    },
    onSnapshot: (s) => {
      // The hall clock on screen follows the server, not the TV's own clock.
      serverOffsetMs = Date.parse(s.serverTime) - Date.now();
      now.value = Date.now() + serverOffsetMs;
    },
    onEvent: (event) => {
      if (event.name !== 'ticket:called') return;
      const call = event.payload.call;
      if (!concerns(call)) return;
      announced.value++;
      flash(call);
      announcer?.enqueue(call);
    },
    onConnection: (c) => {
      connection.value = c;
    },
  });

  const tick = setInterval(() => {
    now.value = Date.now() + serverOffsetMs;
  }, 1000);

  const loadedAt = Date.now();
  const stopProbe = effect(() => {
    const v = voice.value;
    publishProbe({
      loadedAt, version: hall.value?.version ?? null, connection: connection.value, announced: announced.value,
      spoken: v.spoken, unspoken: v.unspoken, lastProblem: v.lastProblem, highlight: highlight.value,
    });
  });

  return {
    config, hall, connection, highlight, now, voice,
    unlockSound() {
      speaker?.unlock();
      voice.value = { ...voice.value, needsGesture: false };
    },
    close() {
      clearInterval(tick);
      clearTimeout(highlightTimer);
      announcer?.close();
      socket.close();
      stopProbe();
    },
  };
}
