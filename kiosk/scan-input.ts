/**
 * Telling the kiosk's scanner from a person. A keyboard-wedge scanner "types" what it read a few
 * milliseconds per key and ends with Enter; a person's keys are far apart. So a run of keys each
 * following the last within `maxGapMs`, ended by Enter, is a scan; a pause starts the run again
 * (a half-typed run never joins the next scan). Pure: the page feeds it key events and their times.
 */
export interface ScanOptions {
  /** Longest pause between two keys of one scan: scanners send one every 1–20 ms; room for a busy kiosk. */
  maxGapMs: number;
  /** Shorter runs are stray keys, not a code (a case number has 15+ characters). */
  minLength: number;
  /** Longer runs are not ours (bounded like the server's caseRef). */
  maxLength: number;
}

export const SCAN_DEFAULTS: ScanOptions = { maxGapMs: 100, minLength: 8, maxLength: 300 };

export type ScanStep =
  /** The key belongs to a run (or was ignored): nothing to do yet. */
  | { kind: 'none' }
  /** A whole scan arrived. */
  | { kind: 'scan'; text: string }
  /** Enter after slow or short input: a person pressed it. */
  | { kind: 'enter' };

export interface ScanDetector {
  /** One keydown: `key` as KeyboardEvent.key, `at` in ms (any monotonic clock). */
  feed(key: string, at: number): ScanStep;
  reset(): void;
}

export function createScanDetector(options: ScanOptions = SCAN_DEFAULTS): ScanDetector {
  let run = '';
  let last = Number.NEGATIVE_INFINITY;
  const reset = () => {
    run = '';
    last = Number.NEGATIVE_INFINITY;
  };
  return {
    reset,
    feed(key, at) {
      const gap = at - last;
      // Idle (or a clock that went backwards): what came before is not part of this run.
      if (gap > options.maxGapMs || gap < 0) run = '';
      last = at;
      if (key === 'Enter') {
        const text = run.trim();
        reset();
        return text.length >= options.minLength ? { kind: 'scan', text } : { kind: 'enter' };
      }
      // Shift, Control, arrows…: a scanner sends Shift before capitals; it does not break the run.
      if ([...key].length !== 1) return { kind: 'none' };
      run = run.length < options.maxLength ? run + key : run;
      return { kind: 'none' };
    },
  };
}
