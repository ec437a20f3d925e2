/** 考核: one row per clerk with the five parts and the total; a row opens on the facts behind it. Prints on A4 landscape. */
import type { StaffSheetDto } from '../assessment-store.js';
import { useAdmin } from '../context.js';
import { STAFF_PART_LABELS } from '../labels.js';
import { CsvButton } from './csv-button.js';
import { StaffFacts } from './staff-facts.js';

type Part = keyof StaffSheetDto['parts'];
const PARTS: readonly Part[] = ['attendance', 'proficiency', 'attitude', 'department', 'public'];

/** A part: a bar and its number; no facts is "— 无数据", never 0. */
function Score({ value, testId }: { value: number | null; testId: string }) {
  if (value === null) return <td class="score none" data-testid={testId}>— <small>无数据 No data</small></td>;
  return (
    <td class="score" data-testid={testId}>
      <span class="score-bar" aria-hidden="true"><span style={{ width: `${value}%` }} /></span>
      <b>{Math.round(value * 10) / 10}</b>
    </td>
  );
}

function SheetRows({ sheet, open }: { sheet: StaffSheetDto; open: boolean }) {
  const { actions } = useAdmin();
  return (
    <>
      <tr data-clerk={sheet.staffNo} class={open ? 'open' : undefined}>
        <th scope="row">{sheet.name} <small>{sheet.staffNo}</small></th>
        {PARTS.map((p) => <Score key={p} value={sheet.parts[p]} testId={`part-${p}`} />)}
        <Score value={sheet.total} testId="total" />
        <td class="no-print">
          <button type="button" class="btn" aria-expanded={open} data-testid="expand" onClick={() => actions.toggleSheet(sheet.clerkId)}>
            {open ? '收起 · Hide' : '明细 · Details'}
          </button>
        </td>
      </tr>
      {open && <tr class="detail-row"><td colSpan={PARTS.length + 3}><StaffFacts sheet={sheet} /></td></tr>}
    </>
  );
}

export function StaffPage() {
  const { staff, actions, state } = useAdmin();
  const sheets = staff.sheets.value;
  const weights = sheets?.[0]?.weights;
  return (
    <main class="staff" data-testid="staff">
      <h2 class="print-only">窗口人员考核 Staff assessment {staff.sheetFrom.value} – {staff.sheetTo.value}</h2>
      <form class="range no-print" onSubmit={(e) => { e.preventDefault(); void actions.loadSheets(); }}>
        <label class="field">从 From
          <input type="date" name="from" value={staff.sheetFrom.value} onChange={(e) => void actions.loadSheets({ from: e.currentTarget.value })} />
        </label>
        <label class="field">到 To
          <input type="date" name="to" value={staff.sheetTo.value} onChange={(e) => void actions.loadSheets({ to: e.currentTarget.value })} />
        </label>
        <button type="submit" class="btn primary" disabled={state.busy.value !== null}>查询 · Show</button>
        <button type="button" class="btn" data-testid="staff-print" onClick={() => window.print()}>打印 · Print</button>
        {sheets !== null && sheets.length > 0 && (
          <CsvButton name={`staff-${staff.sheetFrom.value}-${staff.sheetTo.value}`} testId="staff-csv" table={() => ({
            header: ['姓名 Name', '工号 Staff no.', ...PARTS.map((p) => `${STAFF_PART_LABELS[p].zh} ${STAFF_PART_LABELS[p].en}`), '总分 Total',
              '在岗分钟 Signed-in min', '办结 Served', '平均办理分钟 Mean service min', '一次性告知 Notices', '不予受理 Refusals', '转出 Transfers',
              '已评价 Rated', '满意 Satisfied', '整改属实 Founded follow-ups', '投诉 Complaints'],
            rows: sheets.map((x) => [x.name, x.staffNo, ...PARTS.map((p) => x.parts[p]), x.total,
              x.facts.signedInMin, x.facts.served, x.facts.meanServiceMin, x.facts.oneTimeNotices, x.facts.refusals, x.facts.transfers,
              x.facts.rated, x.facts.satisfied, x.facts.foundedRectifications, x.facts.complaints]),
          })} />
        )}
      </form>
      {staff.sheetProblem.value && <p class="problem" role="alert">{staff.sheetProblem.value}</p>}
      {sheets === null ? <p class="muted">正在读取… Loading…</p> : (
        <div class="table-scroll">
          <table class="report staff-sheets" data-testid="staff-table">
            <thead>
              <tr>
                <th>人员 <small>Clerk</small></th>
                {PARTS.map((p) => (
                  <th key={p}>{STAFF_PART_LABELS[p].zh} <small>{STAFF_PART_LABELS[p].en}{weights ? ` · 权重 ${weights[p]}` : ''}</small></th>
                ))}
                <th>总分 <small>Total (weighted)</small></th>
                <th class="no-print"><span class="sr-only">明细 Details</span></th>
              </tr>
            </thead>
            <tbody>
              {sheets.map((x) => <SheetRows key={x.clerkId} sheet={x} open={staff.expanded.value === x.clerkId} />)}
            </tbody>
          </table>
        </div>
      )}
      <p class="muted">各项 0–100 分；没有事实依据的项显示“无数据”，不计入总分；总分为已有各项的加权平均。· Each part 0–100; a part with no facts shows “no data” and is left out; the total is the weighted mean of the parts there are.</p>
    </main>
  );
}
