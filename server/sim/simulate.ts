/**
 * One simulated day, in process: the seam for callers other than the CLI (issue 13's What-if
 * page, the estimate's yardstick). Give it a checked scenario and a catalogue; it returns the
 * rows, the engine's traces and the summary. Files are the CLI's business (cli.ts).
 */
import type { HallFile } from '../db/seed.js';
import { runEngine, type EngineResult } from './engine.js';
import { openSimHall, type SimEstimator } from './hall.js';
import { reportHtml } from './report-html.js';
import { rowsOf, type SimRow } from './rows.js';
import { checkAgainstHall, checkScenario, type Scenario } from './scenario.js';
import { summarise, type Summary } from './summary.js';
import { ticketsCsv } from './tickets-csv.js';

export interface DayResult {
  rows: SimRow[];
  engine: EngineResult;
  summary: Summary;
  timeZone: string;
}

export type Prepared = { ok: true; scenario: Scenario } | { ok: false; problems: string[] };

/** Every problem of the scenario, the file's own and those against this hall, at once. */
export function prepareScenario(raw: unknown, data: HallFile): Prepared {
  const checked = checkScenario(raw);
  const withClerk = new Set(data.clerks.map((c) => c.windowNumber));
  const hallProblems = checkAgainstHall(raw, withClerk, new Set(data.windows.map((w) => w.number)));
  if (!checked.ok) return { ok: false, problems: [...checked.problems, ...hallProblems] };
  return hallProblems.length > 0 ? { ok: false, problems: hallProblems } : checked;
}

/**
 * `estimator`: which estimate the simulated kiosk records. In process it defaults to the plain
 * rule, which the hand-checked tests derive by hand; the CLI and the bench pass it explicitly
 * (the CLI: the server's forward replay unless `--estimator plain`).
 */
export async function simulateDay(scenario: Scenario, data: HallFile, wallClock: () => number = Date.now, estimator: SimEstimator = 'plain'): Promise<DayResult> {
  const started = wallClock();
  const hall = await openSimHall(data, estimator, scenario.windows);
  try {
    const engine = runEngine(hall, scenario, data);
    const rows = rowsOf(hall, scenario, engine);
    const summary = summarise({
      rows, engine, queueOrder: data.queues.map((q) => q.id), date: scenario.date, hallId: data.hall.id, timeZone: hall.timeZone,
      wallTimeMs: wallClock() - started,
    });
    return { rows, engine, summary, timeZone: hall.timeZone };
  } finally {
    hall.close();
  }
}

/** The three output files, name → content. */
export function outputFiles(day: DayResult, data: HallFile): Map<string, string> {
  return new Map([
    ['tickets.csv', ticketsCsv(day.rows, day.timeZone)],
    ['summary.json', `${JSON.stringify(day.summary, null, 2)}\n`],
    ['report.html', reportHtml(day, data)],
  ]);
}
