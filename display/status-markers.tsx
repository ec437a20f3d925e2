import type { SpeakResult } from './announcer.js';
import type { DisplayStore } from './display-store.js';

const PROBLEM_TEXT: Partial<Record<SpeakResult, string>> = {
  'no-speech': '本机不支持语音 · no speech',
  'no-voice': '无中文语音 · no Chinese voice',
  failed: '语音播报失败 · speech failed',
};

/**
 * Small corner markers: the hall must see at a glance when a screen is stale or mute, but a
 * visitor reading the numbers should not be distracted by them.
 */
export function StatusMarkers({ store }: { store: DisplayStore }) {
  const connection = store.connection.value;
  const voice = store.voice.value;
  const mute = voice.enabled && voice.lastProblem !== null && voice.lastProblem !== 'blocked';
  if (connection === 'connected' && !mute) return null;
  return (
    <div class="markers">
      {connection !== 'connected' && (
        <span class="marker marker--offline" data-marker="offline" role="status">
          <span class="marker__dot" />连接中断，正在重连 · Offline, reconnecting
        </span>
      )}
      {mute && (
        <span class="marker marker--mute" data-marker="no-voice" title={`${voice.unspoken}`}>
          {PROBLEM_TEXT[voice.lastProblem ?? 'failed'] ?? PROBLEM_TEXT.failed}
        </span>
      )}
    </div>
  );
}
