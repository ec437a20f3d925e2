import { parseCsv } from '../../common/csv.js';
import { DEMO_HALL_FILE, readHallFile, type HallFile } from '../../server/db/seed.js';
import { outputFiles, prepareScenario, simulateDay, type DayResult } from '../../server/sim/simulate.js';

export const demoHall: HallFile = readHallFile(DEMO_HALL_FILE);

/** Check and run a scenario in process, as the CLI does, and return its files too. */
export async function runScenario(raw: unknown): Promise<{ day: DayResult; files: Map<string, string> }> {
  const prepared = prepareScenario(raw, demoHall);
  if (!prepared.ok) throw new Error(prepared.problems.join('\n'));
  // A fixed wall clock: the files of two runs must not differ by how long they took.
  const day = await simulateDay(prepared.scenario, demoHall, () => 0);
  return { day, files: outputFiles(day, demoHall) };
}

/** tickets.csv as records keyed by its header. */
export function csvRecords(text: string): Record<string, string>[] {
  const [header = [], ...rows] = parseCsv(text);
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

export const T = (hhmmss: string) => `2026-12-01T${hhmmss}+08:00`;
export const minutesBetween = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / 60_000;
