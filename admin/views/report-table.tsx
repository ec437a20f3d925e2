/** The report's columns (one home for the queue table and the per-department/matter/window/clerk tables) and the table itself. */
import type { ComponentChildren } from 'preact';
import { minutes, percent } from '../labels.js';
import type { ReportFigures } from '../reports-store.js';
import type { CsvCell, CsvTable } from '../csv-download.js';

interface Column { zh: string; en: string; cell: (r: ReportFigures) => string | number }
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

/** The table as CSV: the same columns, headed "group·column English", "—" left empty for spreadsheets. */
export function reportCsv<R extends ReportFigures>(rows: readonly R[], lead: readonly { zh: string; en: string; text: (r: R) => string }[]): CsvTable {
  const plain = (v: string | number): CsvCell => (v === '—' ? null : v);
  return {
    header: [
      ...lead.map((l) => `${l.zh} ${l.en}`),
      ...GROUPS.flatMap((g) => g.columns.map((c) => `${g.zh}·${c.zh} ${c.en}`)),
      '已评价 Rated', '满意 Satisfied', '满意率 Satisfaction', '评价占比 Rated share',
    ],
    rows: rows.map((r) => [
      ...lead.map((l) => l.text(r)), ...COLUMNS.map((c) => plain(c.cell(r))),
      r.rated, r.satisfied, plain(percent(r.satisfactionRate)), plain(percent(r.ratedShare)),
    ]),
  };
}

/** The satisfaction rate never stands alone: the share of services rated sits beside it. */
function Satisfaction({ r }: { r: ReportFigures }) {
  return (
    <td class="satisfaction" data-testid="satisfaction">
      {percent(r.satisfactionRate)} <small>（{r.rated}/{r.served} 评价，{percent(r.ratedShare)} rated）</small>
    </td>
  );
}

/** The heading cells that name a row (queue; or department and day…), shown before the figures. */
export interface LeadColumn<R> { zh: string; en: string; cell: (r: R) => ComponentChildren }

export function ReportTable<R extends ReportFigures>({ rows, lead, rowKey, rowAttrs, testId }: {
  rows: readonly R[]; lead: readonly LeadColumn<R>[]; rowKey: (r: R) => string; rowAttrs: (r: R) => Record<string, string>; testId: string;
}) {
  return (
    <div class="table-scroll">
      <table class="report" data-testid={testId}>
        <thead>
          <tr>
            {lead.map((l) => <th key={l.zh} rowSpan={2}>{l.zh} <small>{l.en}</small></th>)}
            {GROUPS.map((g) => <th key={g.zh} colSpan={g.columns.length} class="group">{g.zh} <small>{g.en}</small></th>)}
            <th rowSpan={2}>满意率（已评价）<small>Satisfaction (rated share)</small></th>
          </tr>
          <tr>{COLUMNS.map((c) => <th key={`${c.zh}${c.en}`}>{c.zh}<small>{c.en}</small></th>)}</tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={rowKey(r)} {...rowAttrs(r)}>
              {lead.map((l) => <th key={l.zh} scope="row">{l.cell(r)}</th>)}
              {COLUMNS.map((c) => <td key={`${c.zh}${c.en}`}>{c.cell(r)}</td>)}
              <Satisfaction r={r} />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
