/** 报表: a date range, the per-queue table, two charts and the CSV export of the same range. */
import { useAdmin } from '../context.js';
import { minutes, percent } from '../labels.js';
import type { QueueReportRowDto } from '../reports-store.js';
import { BarChart } from './charts.js';

interface Column { zh: string; en: string; cell: (r: QueueReportRowDto) => string | number }
const GROUPS: { zh: string; en: string; columns: Column[] }[] = [
  { zh: '数量', en: 'Tickets', columns: [
    { zh: '取号', en: 'Issued', cell: (r) => r.issued },
    { zh: '办结', en: 'Served', cell: (r) => r.served },
    { zh: '过号', en: 'No-shows', cell: (r) => r.noShows },
    { zh: '转出', en: 'Transfers', cell: (r) => r.transfersOut },
    { zh: '取消', en: 'Cancelled', cell: (r) => r.cancelled },
    { zh: '闭厅未办', en: 'Not served', cell: (r) => r.unserved },
    { zh: '中止', en: 'Abandoned', cell: (r) => r.abandoned },
  ] },
  { zh: '等候（分钟）', en: 'Wait (min)', columns: [
    { zh: '均值', en: 'Mean', cell: (r) => minutes(r.waitMeanMin) },
    { zh: 'P50', en: 'Median', cell: (r) => minutes(r.waitP50Min) },
    { zh: 'P90', en: '90th', cell: (r) => minutes(r.waitP90Min) },
    { zh: '最长', en: 'Max', cell: (r) => minutes(r.waitMaxMin) },
  ] },
  { zh: '办理（分钟）', en: 'Service (min)', columns: [
    { zh: '均值', en: 'Mean', cell: (r) => minutes(r.serviceMeanMin) },
    { zh: 'P90', en: '90th', cell: (r) => minutes(r.serviceP90Min) },
  ] },
  { zh: '办理结果', en: 'Outcomes', columns: [
    { zh: '受理', en: 'Accepted', cell: (r) => r.accepted },
    { zh: '一次性告知', en: 'Notice', cell: (r) => r.oneTimeNotice },
    { zh: '不予受理', en: 'Refused', cell: (r) => r.notAccepted },
    { zh: '即办', en: 'On the spot', cell: (r) => r.onTheSpot },
    { zh: '咨询', en: 'Consult', cell: (r) => r.consultation },
    { zh: '一次办成率', en: 'One-time', cell: (r) => percent(r.oneTimeSuccessRate) },
  ] },
];
const COLUMNS = GROUPS.flatMap((g) => g.columns);

/** The satisfaction rate never stands alone: the share of services rated sits beside it. */
function Satisfaction({ r }: { r: QueueReportRowDto }) {
  return (
    <td class="satisfaction" data-testid="satisfaction">
      {percent(r.satisfactionRate)} <small>（{r.rated}/{r.served} 评价，{percent(r.ratedShare)} rated）</small>
    </td>
  );
}

export function ReportsPage() {
  const { report, actions, state } = useAdmin();
  const rows = report.rows.value;
  const shown = (rows ?? []).filter((r) => r.issued > 0 || r.served > 0);
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
      {report.problem.value && <p class="problem" role="alert">{report.problem.value}</p>}
      {rows === null ? <p class="muted">正在读取… Loading…</p> : (
        <>
          <div class="table-scroll">
            <table class="report" data-testid="report-table">
              <thead>
                <tr>
                  <th rowSpan={2}>队列 <small>Queue</small></th>
                  {GROUPS.map((g) => <th key={g.zh} colSpan={g.columns.length} class="group">{g.zh} <small>{g.en}</small></th>)}
                  <th rowSpan={2}>满意率（已评价）<small>Satisfaction (rated share)</small></th>
                </tr>
                <tr>{COLUMNS.map((c) => <th key={`${c.zh}${c.en}`}>{c.zh}<small>{c.en}</small></th>)}</tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.queueId} data-queue={r.queueId}>
                    <th scope="row">{r.queueName}</th>
                    {COLUMNS.map((c) => <td key={`${c.zh}${c.en}`}>{c.cell(r)}</td>)}
                    <Satisfaction r={r} />
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p class="muted">等候与办理时长单位为分钟；满意率 = (非常满意 + 满意) ÷ 已评价，旁为已评价占办结的比例。· Times in minutes; satisfaction = (very satisfied + satisfied) ÷ rated, beside it the share of services rated.</p>
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
      )}
    </main>
  );
}
