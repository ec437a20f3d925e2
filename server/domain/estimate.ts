export interface EstimateInput {
  peopleAhead: number;
  /** Windows open (not paused, not closed) that serve the ticket's queue. */
  openWindows: number;
  /** Recent service durations in minutes for the queue, newest last. */
  recentServiceMinutes: readonly number[];
  defaultServiceMinutes: number;
}

/** Fewer samples than this and the queue's configured default is more honest than an average. */
export const MIN_SAMPLES = 3;
export const MAX_SAMPLES = 20;

export function averageServiceMinutes(recent: readonly number[], fallback: number): number {
  const samples = recent.slice(-MAX_SAMPLES).filter((m) => Number.isFinite(m) && m >= 0);
  if (samples.length < MIN_SAMPLES) return fallback;
  return samples.reduce((a, b) => a + b, 0) / samples.length;
}

/**
 * Minutes until a ticket with `peopleAhead` before it is likely called: the people ahead share
 * the open windows at the recent service pace. With no window open we still assume one will,
 * rather than promise nothing.
 */
export function estimateWaitMinutes(input: EstimateInput): number {
  if (input.peopleAhead <= 0) return 0;
  const perPerson = averageServiceMinutes(input.recentServiceMinutes, input.defaultServiceMinutes);
  const windows = Math.max(1, input.openWindows);
  return Math.ceil((input.peopleAhead * perPerson) / windows);
}

/** The plain rule (people ahead × recent mean ÷ open windows), kept beside the forward replay (forecast.ts) for comparison. */
export const plainEstimate = estimateWaitMinutes;
