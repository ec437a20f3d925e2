/**
 * What if (推演, issue 13): the same visitors with the day's roster and with another, simulated
 * by the real use cases in a database of their own (nothing in the hall changes). One run at a
 * time per server: a run is seconds of CPU in a worker thread, and two at once would only halve
 * each other; a second request meanwhile is refused with `whatif-busy`.
 */
import { spanProblems, type Span } from '../../common/roster-spans.js';
import { WHATIF_MAX_VISITORS, type WhatIfResultDto, type WhatIfRosterDto } from '../../contract/routes-whatif.js';
import type { HallFile } from '../db/seed.js';
import { fail } from '../domain/errors.js';
import { checkAgainstHall, type Scenario } from '../sim/scenario.js';
import { prepareScenario } from '../sim/simulate.js';
import type { WhatIfJob, WhatIfRun } from '../sim/whatif-runner.js';
import { exportCatalog } from './catalog-transfer.js';
import type { HallServices } from './context.js';
import { scenarioOfDay, type ScenarioJson } from './whatif-scenario.js';

export interface WhatIfRequest { source: { day: string } | { scenario: string }; roster: WhatIfRosterDto }
export type WhatIfRunner = (job: WhatIfJob) => Promise<{ baseline: WhatIfRun; alternative: WhatIfRun }>;

const running = new WeakSet<HallServices>();

function invalid(problems: readonly string[]): never {
  fail('scenario-invalid', `${problems.length} 个问题 · problem(s):\n${problems.join('\n')}`);
}

function sourceScenario(s: HallServices, data: HallFile, source: WhatIfRequest['source']): { raw: unknown; notes: string[] } {
  if ('day' in source) {
    const day = scenarioOfDay(s, data, source.day);
    if (day === null) invalid([`${source.day}: 当天没有取号记录 · no tickets were issued on that day`]);
    return { raw: day.scenario, notes: day.notes };
  }
  try {
    return { raw: JSON.parse(source.scenario), notes: [] };
  } catch (e) {
    return invalid([`文件不是 JSON · the file is not JSON: ${e instanceof Error ? e.message : String(e)}`]);
  }
}

/** The alternative roster's own problems, each naming its window (the page checks the same rule). */
function rosterProblems(roster: WhatIfRosterDto): string[] {
  const seen = new Set<number>();
  return roster.windows.flatMap((w, i) => {
    const out = spanProblems(w.open.map(([a, b]): Span => [a, b])).map((p) => `roster.windows[${i}] (${w.number}号窗口): ${p}`);
    if (seen.has(w.number)) out.push(`roster.windows[${i}]: ${w.number}号窗口重复 · window ${w.number} is listed twice`);
    seen.add(w.number);
    return out;
  });
}

const rosterOf = (sc: Scenario): WhatIfRosterDto => ({
  windows: sc.windows.map((w) => ({ number: w.number, open: w.spans.map(([a, b]): [string, string] => [clock(a), clock(b)]) })),
});
const clock = (ms: number) => {
  const m = Math.round(ms / 60_000);
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
};

/** Both scenarios checked, or every problem at once (400 scenario-invalid). */
export function prepareWhatIf(s: HallServices, request: WhatIfRequest): { job: WhatIfJob; notes: string[] } {
  const data = exportCatalog(s);
  const { raw, notes } = sourceScenario(s, data, request.source);
  const base = prepareScenario(raw, data);
  if (!base.ok) invalid(base.problems);
  if (base.scenario.visitors.length > WHATIF_MAX_VISITORS) invalid([`visitors: ${base.scenario.visitors.length} 人，最多 ${WHATIF_MAX_VISITORS} · at most ${WHATIF_MAX_VISITORS} visitors`]);
  // The alternative is the same file with another roster: its spans by the roster's rule, its windows as a file's (in the hall, with a clerk).
  const altRaw = { ...(raw as ScenarioJson), windows: request.roster.windows };
  const hall = checkAgainstHall(altRaw, new Set(data.clerks.map((c) => c.windowNumber)), new Set(data.windows.map((w) => w.number)));
  const own = [...rosterProblems(request.roster), ...hall.map((p) => `roster.${p}`)];
  if (own.length > 0) invalid(own);
  const alt = prepareScenario(altRaw, data);
  if (!alt.ok) invalid(alt.problems.map((p) => p.replace(/^windows\[/, 'roster.windows[')));
  return { job: { data, baseline: base.scenario, alternative: alt.scenario }, notes };
}

export async function runWhatIf(s: HallServices, request: WhatIfRequest, runner: WhatIfRunner): Promise<WhatIfResultDto> {
  if (running.has(s)) fail('whatif-busy', '另一个推演正在进行，请稍后再试 · another what-if run is under way; try again when it is done');
  running.add(s);
  try {
    const { job, notes } = prepareWhatIf(s, request);
    const { baseline, alternative } = await runner(job);
    return {
      baseline: { roster: rosterOf(job.baseline), ...baseline },
      alternative: { roster: rosterOf(job.alternative), ...alternative },
      queues: job.data.queues.map((q) => ({ id: q.id, name: q.name, nameEn: q.nameEn })),
      notes,
    };
  } finally {
    running.delete(s);
  }
}
