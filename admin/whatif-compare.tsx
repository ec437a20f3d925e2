/**
 * 推演 results: the two runs side by side — per queue the waits with the difference marked (shorter
 * green, longer red), per window the busy share, refusals — and each run's report.html below in a
 * sandboxed frame (no script, no same-origin: the report is the server's but shown as a document).
 */
import type { WhatIfResultDto, WhatIfSideDto } from '../contract/routes-whatif.js';
import { minutes, percent } from './labels.js';

type QueueFigures = WhatIfSideDto['summary']['queues'][string];

/** A difference in minutes, signed; "better" when the alternative waits less. */
function Delta({ base, alt, unit = '' }: { base: number | null; alt: number | null; unit?: string }) {
  if (base === null || alt === null) return <td class="delta">—</td>;
  const d = Math.round((alt - base) * 10) / 10;
  const cls = d < 0 ? 'better' : d > 0 ? 'worse' : 'same';
  return <td class={`delta ${cls}`} data-delta={cls}>{d > 0 ? '+' : ''}{d.toFixed(1)}{unit}</td>;
}

const WAITS: { key: keyof Pick<QueueFigures, 'waitMeanMin' | 'waitP90Min' | 'waitMaxMin'>; zh: string; en: string }[] = [
  { key: 'waitMeanMin', zh: '平均等候', en: 'Mean wait' }, { key: 'waitP90Min', zh: 'P90', en: 'min' }, { key: 'waitMaxMin', zh: '最长', en: 'Max' },
];

function QueueTable({ r }: { r: WhatIfResultDto }) {
  const ids = r.queues.map((q) => q.id).filter((id) => r.baseline.summary.queues[id] || r.alternative.summary.queues[id]);
  return (
    <table class="whatif-table" data-testid="whatif-queues">
      <thead>
        <tr><th rowSpan={2}>队列 <small>Queue</small></th><th rowSpan={2}>取号 <small>Tickets</small></th><th colSpan={2}>办结 <small>Served</small></th>
          {WAITS.map((w) => <th key={w.key} colSpan={3}>{w.zh} <small>{w.en} (min)</small></th>)}
          <th colSpan={2}>预估误差 <small>Estimate error</small></th></tr>
        <tr><th>基线</th><th>推演</th>{WAITS.map((w) => [<th key={`${w.key}b`}>基线 <small>Base</small></th>, <th key={`${w.key}a`}>推演 <small>Alt</small></th>, <th key={`${w.key}d`}>差 <small>Δ</small></th>])}
          <th>基线</th><th>推演</th></tr>
      </thead>
      <tbody>
        {ids.map((id) => {
          const q = r.queues.find((x) => x.id === id);
          const b = r.baseline.summary.queues[id];
          const a = r.alternative.summary.queues[id];
          return (
            <tr key={id} data-queue={id}>
              <th scope="row">{q?.name ?? id}<small class="en">{q?.nameEn}</small></th>
              <td>{b?.visitors ?? a?.visitors ?? 0}</td><td>{b?.served ?? 0}</td><td>{a?.served ?? 0}</td>
              {WAITS.map((w) => [
                <td key={`${w.key}b`}>{minutes(b?.[w.key] ?? null)}</td>, <td key={`${w.key}a`}>{minutes(a?.[w.key] ?? null)}</td>,
                <Delta key={`${w.key}d`} base={b?.[w.key] ?? null} alt={a?.[w.key] ?? null} />,
              ])}
              <td>{percent(b?.estimateRelativeMAE ?? null)}</td><td>{percent(a?.estimateRelativeMAE ?? null)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function WindowTable({ r }: { r: WhatIfResultDto }) {
  const numbers = [...new Set([...Object.keys(r.baseline.summary.windows), ...Object.keys(r.alternative.summary.windows)])].sort((x, y) => Number(x) - Number(y));
  const cell = (side: WhatIfSideDto, n: string) => {
    const w = side.summary.windows[n];
    return w ? <td>{percent(w.busyShare)} <small>· {w.served} 人 · {Math.round(w.openMinutes)} min</small></td> : <td class="closed">休 <small>closed</small></td>;
  };
  return (
    <table class="whatif-table whatif-windows" data-testid="whatif-windows">
      <thead><tr><th>窗口 <small>Window</small></th><th>基线忙碌率 <small>Base busy share</small></th><th>推演忙碌率 <small>Alt busy share</small></th></tr></thead>
      <tbody>{numbers.map((n) => <tr key={n}><th scope="row">{n} 号</th>{cell(r.baseline, n)}{cell(r.alternative, n)}</tr>)}</tbody>
    </table>
  );
}

function refusals(side: WhatIfSideDto): string {
  const list = Object.entries(side.summary.run.refusalsByCode).map(([code, n]) => `${code} × ${n}`);
  return list.length === 0 ? '无 none' : list.join(', ');
}

function Totals({ label, side }: { label: string; side: WhatIfSideDto }) {
  const { run } = side.summary;
  return (
    <p class="whatif-totals"><strong>{label}</strong> 来访 {run.visitors} visitors · 取号 {run.issued} tickets · 开放窗口 {side.roster.windows.length} windows open ·
      未取到号 refused {run.refusals}（{refusals(side)}）</p>
  );
}

export function WhatIfCompare({ r }: { r: WhatIfResultDto }) {
  return (
    <section class="whatif-result" data-testid="whatif-result">
      <h3>对比 <span>Side by side</span></h3>
      <Totals label="基线 Baseline:" side={r.baseline} />
      <Totals label="推演 Alternative:" side={r.alternative} />
      {r.notes.length > 0 && <ul class="muted whatif-notes">{r.notes.map((n, i) => <li key={i}>{n}</li>)}</ul>}
      <p class="muted">差 Δ = 推演 − 基线；<span class="better">绿色：等候缩短</span> · <span class="worse">红色：等候变长</span> · green: shorter waits, red: longer.</p>
      <div class="whatif-scroll"><QueueTable r={r} /></div>
      <div class="whatif-scroll"><WindowTable r={r} /></div>
      <div class="whatif-reports">
        <figure><figcaption>基线报告 <small>Baseline report</small></figcaption>
          <iframe title="基线报告 Baseline report" sandbox="" srcDoc={r.baseline.reportHtml} data-testid="whatif-report-baseline" /></figure>
        <figure><figcaption>推演报告 <small>Alternative report</small></figcaption>
          <iframe title="推演报告 Alternative report" sandbox="" srcDoc={r.alternative.reportHtml} data-testid="whatif-report-alternative" /></figure>
      </div>
    </section>
  );
}
