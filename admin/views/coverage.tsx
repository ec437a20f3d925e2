/**
 * 综窗覆盖: per department over a year, how much of its work comprehensive windows carry and its cases by
 * month against the 250-a-year line for 事项入驻、人不常驻 (server/app/coverage.ts).
 */
import { useAdmin } from '../context.js';
import type { CoverageRowDto } from '../reports-store.js';
import { CsvButton } from './csv-button.js';

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

/** Twelve small columns, the peak month darker: the seasonal shape at a glance. */
function Months({ row }: { row: CoverageRowDto }) {
  const max = Math.max(1, ...row.casesByMonth);
  return (
    <svg class="months" viewBox="0 0 120 30" width="120" height="30" role="img" aria-label={`${row.departmentName} 各月办件 ${row.casesByMonth.join(',')}`}>
      {row.casesByMonth.map((n, i) => {
        const h = n === 0 ? 0 : Math.max(2, (n / max) * 28);
        return <rect key={i} x={i * 10 + 1} y={30 - h} width="8" height={h} fill={row.peakMonth === i + 1 ? '#0d47a1' : '#90caf9'} />;
      })}
    </svg>
  );
}

const share = (part: number, whole: number) => (whole === 0 ? '—' : `${Math.round((part / whole) * 100)}%`);

export function CoverageSection() {
  const { report, actions } = useAdmin();
  const rows = report.coverage.value;
  const year = report.coverageYear.value;
  return (
    <section class="coverage" data-testid="coverage">
      <h2>综窗覆盖 <span>Coverage through comprehensive windows</span></h2>
      <form class="range" onSubmit={(e) => {
        e.preventDefault();
        const typed = Number(new FormData(e.currentTarget).get('year'));
        void actions.loadCoverage(Number.isInteger(typed) && typed >= 2000 ? typed : undefined);
      }}>
        <label class="field">年度 Year <input type="number" name="year" min={2000} max={2100} placeholder={report.to.value.slice(0, 4)} value={year ?? ''} /></label>
        <button type="submit" class="btn primary" data-testid="coverage-load">查看 · Show</button>
        {rows !== null && rows.length > 0 && (
          <CsvButton name={`coverage-${year ?? ''}`} testId="coverage-csv" table={() => ({
            header: ['部门 Department', '事项 Matters', '综窗事项 At comprehensive windows', '办结 Served', '综窗办结 Served there', '年办件 Cases',
              ...MONTHS.map((m) => `${m}月`), '高峰月 Peak month', '低于250件 Below 250'],
            rows: rows.map((r) => [r.departmentName, r.matters, r.mattersAtComprehensiveWindows, r.served, r.servedAtComprehensiveWindows, r.cases,
              ...r.casesByMonth, r.peakMonth, r.belowThreshold ? '是 yes' : '否 no']),
          })} />
        )}
      </form>
      <p class="muted">年办件少于 250 件的部门可“事项入驻、人不常驻”，由无差别综合窗口受理。· Departments with fewer than 250 cases a year can move their matters into the undifferentiated windows without their own staff.</p>
      {rows === null ? null : rows.length === 0 ? <p class="muted">没有部门 · No departments</p> : (
        <div class="table-scroll">
          <table class="report" data-testid="coverage-table">
            <thead>
              <tr>
                <th>部门 <small>Department</small></th><th>综窗事项 <small>Matters at comprehensive windows</small></th>
                <th>综窗办结 <small>Served there</small></th><th>年办件 <small>Cases in the year</small></th>
                <th>各月 <small>By month</small></th><th>高峰 <small>Peak</small></th><th>建议 <small>Suggestion</small></th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.departmentId} data-department={r.departmentId}>
                  <th scope="row">{r.departmentName}{r.lowVolume && <small> · 已入驻综窗 in comprehensive windows</small>}</th>
                  <td>{r.mattersAtComprehensiveWindows}/{r.matters} <small>({share(r.mattersAtComprehensiveWindows, r.matters)})</small></td>
                  <td>{r.servedAtComprehensiveWindows}/{r.served} <small>({share(r.servedAtComprehensiveWindows, r.served)})</small></td>
                  <td class={r.belowThreshold ? 'low' : undefined}>{r.cases}</td>
                  <td><Months row={r} /></td>
                  <td>{r.peakMonth === null ? '—' : `${r.peakMonth}月`}</td>
                  <td data-testid="coverage-suggestion">{r.belowThreshold && !r.lowVolume ? '可进驻综窗 · candidate' : r.belowThreshold ? '已进驻 · done' : '设专窗 · own window'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
