/**
 * report.html: one self-contained page (inline CSS and SVG, no script) a hall manager can open
 * or mail: the day's figures, waits by hour per queue, queue lengths over the day and windows'
 * occupancy. Chinese first with English beside it, as the hall's other screens.
 */
import type { HallFile } from '../db/seed.js';
import { hallClockParts } from '../../common/hall-time.js';
import { hallHour } from './local-time.js';
import type { DayResult } from './simulate.js';
import { esc, heatmap, occupancy, smallMultiples, type TimeAxis } from './svg-charts.js';
import { waitOf } from './summary.js';

const CSS = `body{font-family:"Noto Sans CJK SC","WenQuanYi Micro Hei","Microsoft YaHei",sans-serif;margin:24px;color:#222;max-width:1100px}
h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 8px;border-bottom:1px solid #ddd;padding-bottom:4px}
.muted{color:#666;font-size:13px}table{border-collapse:collapse;font-size:13px}td,th{border:1px solid #ddd;padding:3px 8px;text-align:right}
th{background:#f5f5f5}td:first-child,th:first-child{text-align:left}.ax{font-size:10px;fill:#555}.lb{font-size:12px;fill:#222}
.v{font-size:11px;fill:#222}.v.inv{fill:#fff}.grid{stroke:#eee}.axis{stroke:#999}.open{fill:#cfe3f5}.busy{fill:#1f5f99}
.key span{display:inline-block;width:12px;height:10px;margin:0 4px 0 12px;vertical-align:middle}`;

const fmt = (x: number | null, digits = 1) => (x === null ? '–' : x.toFixed(digits));
const pct = (x: number | null) => (x === null ? '–' : `${(x * 100).toFixed(0)} %`);

function timeAxis(day: DayResult): TimeAxis {
  const hour = 3600_000;
  const { timeZone } = day;
  // The hall-local hour the day's first event falls in.
  const p = hallClockParts(day.engine.startAt, timeZone);
  const from = day.engine.startAt - ((Number(p.minute) * 60 + Number(p.second)) * 1000 + (day.engine.startAt % 1000));
  const to = Math.max(from + hour, Math.ceil((day.engine.endAt - from) / hour) * hour + from);
  const ticks: number[] = [];
  for (let t = from; t <= to; t += hour) ticks.push(t);
  const label = (at: number) => { const c = hallClockParts(at, timeZone); return `${c.hour}:${c.minute}`; };
  return { from, to, ticks, label };
}

function queueTable(day: DayResult, names: Map<string, string>): string {
  const rows = Object.entries(day.summary.queues).map(([id, q]) => `<tr><td>${esc(names.get(id) ?? id)}</td><td>${q.visitors}</td><td>${q.served}</td>`
    + `<td>${fmt(q.waitMeanMin)}</td><td>${fmt(q.waitP90Min)}</td><td>${fmt(q.waitMaxMin)}</td><td>${pct(q.estimateRelativeMAE)}</td></tr>`);
  return `<table><tr><th>队列 Queue</th><th>取号 Tickets</th><th>办结 Served</th><th>平均等候 Mean wait (min)</th><th>P90</th><th>最长 Max</th><th>预估误差 Estimate error</th></tr>${rows.join('')}</table>`;
}

export function reportHtml(day: DayResult, data: HallFile): string {
  const names = new Map(data.queues.map((q) => [q.id, `${q.name} ${q.nameEn}`]));
  const shortNames = new Map(data.queues.map((q) => [q.id, q.name]));
  const { run } = day.summary;
  const axis = timeAxis(day);
  const queueIds = Object.keys(day.summary.queues);
  const issuedHours = day.rows.flatMap((r) => (r.issuedAt === null ? [] : [hallHour(r.issuedAt, day.timeZone)]));
  const hours: number[] = [];
  for (let h = Math.min(24, ...issuedHours); h <= Math.max(-1, ...issuedHours); h++) hours.push(h);
  const heat = queueIds.map((id) => ({
    name: shortNames.get(id) ?? id,
    cells: hours.map((h) => {
      const waits = day.rows.filter((r) => r.queueId === id && r.issuedAt !== null && hallHour(r.issuedAt, day.timeZone) === h).flatMap((r) => { const w = waitOf(r); return w === null ? [] : [w]; });
      return waits.length === 0 ? null : waits.reduce((a, b) => a + b, 0) / waits.length;
    }),
  }));
  const lengths = queueIds.map((id) => ({ name: shortNames.get(id) ?? id, points: day.engine.samples.map((s): [number, number] => [s.at, s.waiting.get(id) ?? 0]) }));
  const windowRows = day.engine.windows.map((w) => ({ name: `${w.number}号窗`, open: w.openSpans, serving: w.servingSpans }));
  const windowTable = day.engine.windows.map((w) => {
    const s = day.summary.windows[String(w.number)];
    return `<tr><td>${w.number}号窗 Window ${w.number}</td><td>${s?.served ?? 0}</td><td>${fmt(s?.openMinutes ?? null, 0)}</td><td>${fmt(s?.servingMinutes ?? null, 0)}</td><td>${pct(s?.busyShare ?? null)}</td></tr>`;
  }).join('');
  const refusals = Object.entries(run.refusalsByCode).map(([code, n]) => `${esc(code)} × ${n}`).join(', ') || '无 none';
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>模拟日报告 Simulated day ${esc(run.date)}</title><style>${CSS}</style></head><body>
<h1>模拟日报告 · Simulated day ${esc(run.date)}</h1>
<p class="muted">${esc(data.hall.name)} ${esc(data.hall.nameEn)} · 来访 ${run.visitors} visitors · 取号 ${run.issued} tickets · 未取到号 refused ${run.refusals} (${refusals}) · ${esc(run.simulatedStart)} → ${esc(run.simulatedEnd)}</p>
<h2>各队列 · Queues</h2>${queueTable(day, names)}
<p class="muted">等候 = 首次叫号 − 取号 (wait = first call − issue); 预估误差 = Σ|预估 − 实际| ÷ Σ实际 (estimate error = Σ|estimate − wait| ÷ Σ wait).</p>
<h2>分时平均等候（分钟，按取号时段）· Mean wait by hour of issue (min)</h2>${heatmap(heat, hours)}
<h2>排队人数（每 5 分钟）· Waiting tickets over the day (every 5 min)</h2>${smallMultiples(lengths, axis)}
<h2>窗口占用 · Windows' occupancy</h2><p class="key muted"><span class="open" style="background:#cfe3f5"></span>开放 open<span style="background:#1f5f99"></span>办理中 serving</p>${occupancy(windowRows, axis)}
<table><tr><th>窗口 Window</th><th>办理 Services</th><th>开放 Open (min)</th><th>办理 Serving (min)</th><th>忙碌率 Busy share</th></tr>${windowTable}</table>
</body></html>
`;
}
