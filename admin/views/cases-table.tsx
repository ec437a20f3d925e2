/** 办件: cases accepted in the range per department and matter; "in time" always beside what it is out of. */
import type { CaseReportRowDto } from '../reports-store.js';
import { CsvButton } from './csv-button.js';

export function CasesTable({ rows }: { rows: readonly CaseReportRowDto[] }) {
  return (
    <section class="cases-report">
      <h2>办件 <span>Cases</span></h2>
      {rows.length === 0 ? <p class="muted" data-testid="cases-empty">所选日期没有受理办件 · No cases accepted in this range</p> : (
        <div class="table-scroll">
          <table class="report" data-testid="cases-table">
            <thead>
              <tr>
                <th>部门 <small>Department</small></th><th>事项 <small>Matter</small></th>
                <th>受理 <small>Received</small></th><th>办结 <small>Decided</small></th>
                <th>按时办结（已办结）<small>In time (of decided)</small></th><th>逾期未办结 <small>Overdue, open</small></th>
                <th>补正 <small>Supplements</small></th><th>撤回 <small>Withdrawn</small></th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={`${r.departmentId}/${r.matterId}`} data-matter={r.matterId}>
                  <th scope="row">{r.departmentName}</th>
                  <th scope="row">{r.matterName}</th>
                  <td>{r.received}</td>
                  <td>{r.decided}</td>
                  <td>{r.decidedInTime}/{r.decided}</td>
                  <td class={r.overdueOpen > 0 ? 'alarm' : undefined}>{r.overdueOpen}</td>
                  <td>{r.supplementRequests}</td>
                  <td>{r.withdrawn}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <CsvButton name="cases" testId="cases-csv" table={() => ({
            header: ['部门 Department', '事项 Matter', '受理 Received', '办结 Decided', '按时办结 In time', '逾期未办结 Overdue open', '补正 Supplements', '撤回 Withdrawn'],
            rows: rows.map((r) => [r.departmentName, r.matterName, r.received, r.decided, r.decidedInTime, r.overdueOpen, r.supplementRequests, r.withdrawn]),
          })} />
        </div>
      )}
    </section>
  );
}
