/** 报表: a date range, 按 (what a row is about) and 粒度 (total, by day, by hour), the table, charts, the cases, the CSV export. */
import { useAdmin } from '../context.js';
import { REPORT_DIMENSION_LABELS, REPORT_GRAIN_LABELS } from '../labels.js';
import type { DimensionReportRowDto, QueueReportRowDto, ReportDimension, ReportGrain } from '../reports-store.js';
import { CasesTable } from './cases-table.js';
import { BarChart } from './charts.js';
import { CoverageSection } from './coverage.js';
import { CsvButton } from './csv-button.js';
import { OverviewCharts } from './overview-charts.js';
import { ReportTable, reportCsv, type LeadColumn } from './report-table.js';

const DIMENSIONS: readonly ReportDimension[] = ['queue', 'hall', 'department', 'matter', 'window', 'clerk'];
const GRAINS: readonly ReportGrain[] = ['total', 'day', 'hour'];

/** "09" → "09:00–10:00"; a day stays as it is. */
const periodText = (p: string | null): string => (p === null ? '' : /^\d\d$/.test(p) ? `${p}:00–${String(Number(p) + 1).padStart(2, '0')}:00` : p);

const QUEUE_LEAD: LeadColumn<QueueReportRowDto>[] = [{ zh: '队列', en: 'Queue', cell: (r) => r.queueName }];

function Choice<T extends string>({ legend, options, labels, current, disabled, pick, testId }: {
  legend: string; options: readonly T[]; labels: Record<T, { zh: string; en: string }>; current: T; disabled?: boolean; pick: (x: T) => void; testId: string;
}) {
  return (
    <fieldset class="choice" disabled={disabled}>
      <legend>{legend}</legend>
      {options.map((o) => (
        <button type="button" key={o} class={`btn${o === current ? ' primary' : ''}`} aria-pressed={o === current} data-testid={`${testId}-${o}`} onClick={() => pick(o)}>
          {labels[o].zh} <small>{labels[o].en}</small>
        </button>
      ))}
    </fieldset>
  );
}

function QueueReport({ rows }: { rows: QueueReportRowDto[] }) {
  const shown = rows.filter((r) => r.issued > 0 || r.served > 0);
  return (
    <>
      <ReportTable rows={rows} lead={QUEUE_LEAD} rowKey={(r) => r.queueId} rowAttrs={(r) => ({ 'data-queue': r.queueId })} testId="report-table" />
      <Legend />
      {shown.length === 0 ? <p class="muted" data-testid="report-empty">所选日期没有取号 · No tickets in this range</p> : (
        <div class="charts">
          <BarChart testId="chart-served" title="各队列办结量 Served per queue" unit=""
            categories={shown.map((r) => r.queueName)} series={[{ label: '办结 Served', color: '#0d47a1', values: shown.map((r) => r.served) }]} />
          <BarChart testId="chart-waits" title="各队列等候时间（分钟）Waits per queue (min)" unit=" 分"
            categories={shown.map((r) => r.queueName)} series={[
              { label: 'P50', color: '#42a5f5', values: shown.map((r) => r.waitP50Min) },
              { label: 'P90', color: '#ef6c00', values: shown.map((r) => r.waitP90Min) },
            ]} />
        </div>
      )}
    </>
  );
}

/** Served per hour of issue, summed over the rows of that hour; the hours between the first and the last show even when nothing was served. */
function HourChart({ rows }: { rows: readonly DimensionReportRowDto[] }) {
  const served = new Map<number, number>();
  for (const r of rows) if (r.period !== null) served.set(Number(r.period), (served.get(Number(r.period)) ?? 0) + r.served);
  const first = Math.min(...served.keys());
  const hours = Array.from({ length: Math.max(...served.keys()) - first + 1 }, (_, i) => first + i);
  return (
    <div class="charts single">
      <BarChart testId="chart-hourly" title="各时段办结量（按取号时段）Served per hour of issue" unit=""
        categories={hours.map((h) => periodText(String(h).padStart(2, '0')))} series={[{ label: '办结 Served', color: '#0d47a1', values: hours.map((h) => served.get(h) ?? 0) }]} />
    </div>
  );
}

function DimensionReport({ rows, dimension, grain }: { rows: DimensionReportRowDto[]; dimension: Exclude<ReportDimension, 'queue'>; grain: ReportGrain }) {
  const label = REPORT_DIMENSION_LABELS[dimension];
  const lead: LeadColumn<DimensionReportRowDto>[] = [{ zh: label.zh, en: label.en, cell: (r) => r.name }];
  if (grain !== 'total') lead.push({ zh: grain === 'day' ? '日期' : '时段', en: grain === 'day' ? 'Day' : 'Hour', cell: (r) => periodText(r.period) });
  return (
    <>
      {rows.length === 0 ? <p class="muted" data-testid="report-empty">所选日期没有数据 · Nothing in this range</p> : (
        <>
          <ReportTable rows={rows} lead={lead} rowKey={(r) => `${r.key}@${r.period ?? ''}`}
            rowAttrs={(r) => ({ 'data-key': r.key, 'data-period': r.period ?? '' })} testId="report-by-table" />
          <CsvButton name={`report-${dimension}-${grain}`} testId="report-by-csv" table={() => reportCsv(rows, [
            { zh: label.zh, en: label.en, text: (r) => r.name },
            ...(grain === 'total' ? [] : [{ zh: grain === 'day' ? '日期' : '时段', en: grain === 'day' ? 'Day' : 'Hour', text: (r: DimensionReportRowDto) => periodText(r.period) }]),
          ])} />
        </>
      )}
      <Legend />
      {grain === 'hour' && rows.length > 0 && <HourChart rows={rows} />}
    </>
  );
}

function Legend() {
  return <p class="muted">等候与办理时长单位为分钟；满意率 = (非常满意 + 满意) ÷ 已评价，旁为已评价占办结的比例。· Times in minutes; satisfaction = (very satisfied + satisfied) ÷ rated, beside it the share of services rated.</p>;
}

export function ReportsPage() {
  const { report, actions, state } = useAdmin();
  const dimension = report.dimension.value;
  const grain = report.grain.value;
  const rows = report.rows.value;
  const byRows = report.byRows.value;
  const cases = report.cases.value;
  return (
    <main class="reports" data-testid="reports">
      <form class="range" onSubmit={(e) => { e.preventDefault(); void actions.loadReport(); }}>
        <label class="field">从 From
          <input type="date" name="from" value={report.from.value} onChange={(e) => void actions.loadReport({ from: e.currentTarget.value })} />
        </label>
        <label class="field">到 To
          <input type="date" name="to" value={report.to.value} onChange={(e) => void actions.loadReport({ to: e.currentTarget.value })} />
        </label>
        <button type="submit" class="btn primary" disabled={state.busy.value !== null}>查询 · Show</button>
        <a class="btn" data-testid="report-csv" href={actions.csvHref()} download>导出 CSV · Export CSV</a>
        <button type="button" class="btn" onClick={() => window.print()}>打印 · Print</button>
      </form>
      <div class="range choices">
        <Choice legend="按 By" options={DIMENSIONS} labels={REPORT_DIMENSION_LABELS} current={dimension} testId="dimension"
          pick={(d) => void actions.loadReport({ dimension: d })} />
        <Choice legend="粒度 Grain" options={GRAINS} labels={REPORT_GRAIN_LABELS} current={dimension === 'queue' ? 'total' : grain} testId="grain"
          disabled={dimension === 'queue'} pick={(g) => void actions.loadReport({ grain: g })} />
        {dimension === 'queue' && <p class="muted">按队列仅有合计 · Queues: total only</p>}
      </div>
      {report.problem.value && <p class="problem" role="alert">{report.problem.value}</p>}
      {dimension === 'queue'
        ? (rows === null ? <p class="muted">正在读取… Loading…</p> : <QueueReport rows={rows} />)
        : (byRows === null ? <p class="muted">正在读取… Loading…</p> : <DimensionReport rows={byRows} dimension={dimension} grain={grain} />)}
      {report.overview.value !== null && <OverviewCharts overview={report.overview.value} />}
      {cases !== null && <CasesTable rows={cases} />}
      <CoverageSection />
    </main>
  );
}
