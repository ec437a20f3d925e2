/**
 * Staff assessment (考核) on the plan's five dimensions, each a score 0–100 from its own facts,
 * or null when the period gives it nothing to judge; the total weights the parts that exist.
 * The sheet shows the parts and their facts, never a bare total.
 */

export interface AttendanceFacts {
  /** Minutes signed in at windows. */
  signedInMin: number;
  /** Minutes paused, by reason (a meal break is not held against anyone). */
  pausedMin: Record<string, number>;
}

export interface ProficiencyFacts {
  served: number;
  /** Mean service time and the norm of the matters served (their queues' standard times), minutes. */
  meanServiceMin: number | null;
  normMin: number | null;
  oneTimeNotices: number;
  refusals: number;
  transfers: number;
  /** Served, consultations left out: the base of the one-time success rate. */
  substantive: number;
  acceptedOrDone: number;
}

export interface AttitudeFacts {
  foundedRectifications: number;
  complaints: number;
}

export interface PublicFacts {
  rated: number;
  satisfied: number;
}

export interface Weights {
  attendance: number;
  proficiency: number;
  attitude: number;
  department: number;
  public: number;
}

export const DEFAULT_WEIGHTS: Weights = { attendance: 20, proficiency: 25, attitude: 15, department: 15, public: 25 };

const clamp = (x: number): number => Math.max(0, Math.min(100, Math.round(x)));

export function attendanceScore(f: AttendanceFacts): number | null {
  if (f.signedInMin <= 0) return null;
  const lost = Object.entries(f.pausedMin).filter(([reason]) => reason !== 'meal').reduce((a, [, m]) => a + m, 0);
  return clamp((100 * (f.signedInMin - lost)) / f.signedInMin);
}

/** Half speed against the norm (capped at the norm), half the one-time success rate (一次办成率). */
export function proficiencyScore(f: ProficiencyFacts): number | null {
  if (f.served === 0) return null;
  const speed = f.meanServiceMin && f.normMin ? Math.min(1, f.normMin / f.meanServiceMin) : 1;
  const oneTime = f.substantive > 0 ? f.acceptedOrDone / f.substantive : 1;
  return clamp(50 * speed + 50 * oneTime);
}

/** Each founded follow-up or complaint about the clerk costs 20 points. */
export function attitudeScore(f: AttitudeFacts, served: number): number | null {
  if (served === 0 && f.foundedRectifications + f.complaints === 0) return null;
  return clamp(100 - 20 * (f.foundedRectifications + f.complaints));
}

/** The satisfaction rate; nothing rated is no score (never "satisfied" by default). */
export function publicScore(f: PublicFacts): number | null {
  return f.rated === 0 ? null : clamp((100 * f.satisfied) / f.rated);
}

export type Parts = { [K in keyof Weights]: number | null };

/** The weighted mean of the parts that have a score; null when none has. */
export function totalScore(parts: Parts, weights: Weights): number | null {
  let sum = 0;
  let weight = 0;
  for (const k of Object.keys(weights) as (keyof Weights)[]) {
    const v = parts[k];
    if (v === null || weights[k] <= 0) continue;
    sum += v * weights[k];
    weight += weights[k];
  }
  return weight === 0 ? null : Math.round((sum / weight) * 10) / 10;
}
