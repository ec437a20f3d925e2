/**
 * 推演 What if (管理 → 推演): the visitors of a past day (or of an uploaded scenario file) run with
 * that day's roster and with another, by the simulator on the server (POST /api/whatif). The other
 * roster starts as the baseline's and is edited here as window × spans text, checked by the same
 * rule as the roster editor (common/roster-spans.ts) before anything is sent.
 */
import { computed, signal, type ReadonlySignal } from '@preact/signals';
import { parseSpansText, spansText, type Span } from '../common/roster-spans.js';
import type { WhatIfResultDto, WhatIfRosterDto } from '../contract/routes-whatif.js';
import { errorCodeOf } from '../ui/api.js';
import type { ApiClient } from '../ui/http.js';

/** One window of the alternative roster as typed: "08:30-12:00, 13:30-17:30", empty = closed. */
export interface WhatIfRow { number: number; name: string; base: string; text: string; problem: string | null }
export type WhatIfSource = { kind: 'day'; day: string } | { kind: 'file'; name: string; text: string };
export type DayPart = 'all' | 'morning' | 'afternoon';

export interface WhatIf {
  source: ReadonlySignal<WhatIfSource | null>;
  rows: ReadonlySignal<readonly WhatIfRow[]>;
  running: ReadonlySignal<boolean>;
  result: ReadonlySignal<WhatIfResultDto | null>;
  /** The server's list of what is wrong with the file or the roster (scenario-invalid). */
  problems: ReadonlySignal<readonly string[] | null>;
  problem: ReadonlySignal<string | null>;
  changed: ReadonlySignal<number>;
  load(): Promise<void>;
  chooseDay(day: string): Promise<void>;
  chooseFile(name: string, text: string): void;
  setText(windowNumber: number, text: string): void;
  /** "+N like window X": opens N closed windows named as X (but for the number) with X's spans (all day, or clipped to the morning/afternoon). */
  addLike(windowNumber: number, count: number, part: DayPart): void;
  reset(): void;
  run(): Promise<void>;
}

const NOON = '12:00';
function clip(spans: readonly Span[], part: DayPart): Span[] {
  if (part === 'all') return [...spans];
  return spans.flatMap(([a, b]): Span[] => {
    const [from, to] = part === 'morning' ? [a, b < NOON ? b : NOON] : [a > NOON ? a : NOON, b];
    return from < to ? [[from, to]] : [];
  });
}

function rosterOfFile(text: string): Map<number, string> | string {
  let raw: unknown;
  try { raw = JSON.parse(text); } catch { return '文件不是 JSON · the file is not JSON'; }
  const windows = typeof raw === 'object' && raw !== null && 'windows' in raw ? raw.windows : undefined;
  if (!Array.isArray(windows)) return '文件没有 windows 列表 · the file has no "windows" list';
  const out = new Map<number, string>();
  for (const w of windows) {
    if (typeof w !== 'object' || w === null || !('number' in w) || typeof w.number !== 'number' || !('open' in w) || !Array.isArray(w.open)) continue;
    out.set(w.number, w.open.map((s: unknown) => (Array.isArray(s) ? `${String(s[0])}-${String(s[1])}` : '?')).join(', '));
  }
  return out;
}

export function createWhatIf(deps: { request: ApiClient; failure: (e: unknown) => string }): WhatIf {
  const source = signal<WhatIfSource | null>(null);
  const rows = signal<readonly WhatIfRow[]>([]);
  const running = signal(false);
  const result = signal<WhatIfResultDto | null>(null);
  const problems = signal<readonly string[] | null>(null);
  const problem = signal<string | null>(null);
  /** The hall's windows, number → name (from today's plan). */
  let names = new Map<number, string>();

  const setRows = (base: ReadonlyMap<number, string>) => {
    rows.value = [...names].sort(([a], [b]) => a - b).map(([number, name]) => {
      const text = base.get(number) ?? '';
      return { number, name, base: text, text, problem: parseSpansText(text).ok ? null : '?' };
    });
    result.value = null;
    problems.value = null;
  };
  const update = (number: number, text: string) => {
    const parsed = parseSpansText(text);
    rows.value = rows.value.map((r) => (r.number === number ? { ...r, text, problem: parsed.ok ? null : parsed.problem } : r));
  };

  return {
    source, rows, running, result, problems, problem,
    changed: computed(() => rows.value.filter((r) => r.text.trim() !== r.base.trim()).length),
    async load() {
      try {
        const plan = await deps.request('GET /api/roster', {});
        names = new Map(plan.windows.map((w) => [w.number, w.name]));
        problem.value = null;
      } catch (e) { problem.value = deps.failure(e); }
    },
    async chooseDay(day) {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return;
      try {
        const plan = await deps.request('GET /api/roster', { query: { day } });
        names = new Map(plan.windows.map((w) => [w.number, w.name]));
        source.value = { kind: 'day', day };
        setRows(new Map(plan.windows.map((w) => [w.number, spansText(w.spans)])));
        problem.value = null;
      } catch (e) { problem.value = deps.failure(e); }
    },
    chooseFile(name, text) {
      const base = rosterOfFile(text);
      source.value = { kind: 'file', name, text };
      if (typeof base === 'string') { problem.value = base; setRows(new Map()); return; }
      problem.value = null;
      setRows(base);
    },
    setText: update,
    addLike(number, count, part) {
      const model = rows.value.find((r) => r.number === number);
      const parsed = model ? parseSpansText(model.text) : null;
      if (!model || !parsed?.ok || parsed.spans.length === 0) { problem.value = `${number} 号窗口没有可复制的时段 · window ${number} has no spans to copy`; return; }
      const spans = clip(parsed.spans, part);
      // Of the same kind: the same name but for the number ("26号窗 无差别综合" ~ "27号窗 无差别综合").
      const kind = (name: string) => name.replace(/\d+/g, '#');
      const closed = rows.value.filter((r) => kind(r.name) === kind(model.name) && r.number !== number && r.text.trim() === '').slice(0, count);
      if (spans.length === 0 || closed.length === 0) { problem.value = `没有同类的关闭窗口可增开 · no closed window like ${number} to open`; return; }
      problem.value = closed.length < count ? `只有 ${closed.length} 个同类窗口可增开 · only ${closed.length} closed window(s) like ${number}` : null;
      for (const r of closed) update(r.number, spansText(spans));
    },
    reset() { rows.value = rows.value.map((r) => ({ ...r, text: r.base, problem: null })); },
    async run() {
      const src = source.value;
      if (!src || running.value) return;
      if (rows.value.some((r) => r.problem !== null)) { problem.value = '请先改正标红的时段 · fix the spans marked in red first'; return; }
      const roster: WhatIfRosterDto = {
        windows: rows.value.flatMap((r) => {
          const p = parseSpansText(r.text);
          return p.ok && p.spans.length > 0 ? [{ number: r.number, open: p.spans }] : [];
        }),
      };
      running.value = true;
      problem.value = null;
      problems.value = null;
      result.value = null;
      try {
        result.value = await deps.request('POST /api/whatif', {
          body: { source: src.kind === 'day' ? { day: src.day } : { scenario: src.text }, roster },
        }, { timeoutMs: 15 * 60_000 });
      } catch (e) {
        if (errorCodeOf(e) === 'scenario-invalid' && e instanceof Error) problems.value = e.message.split('\n').slice(1).filter((l) => l.trim() !== '');
        else if (errorCodeOf(e) === 'whatif-busy') problem.value = '另一个推演正在进行，请稍后再试 · Another what-if run is under way: try again shortly';
        else problem.value = deps.failure(e);
      } finally {
        running.value = false;
      }
    },
  };
}
