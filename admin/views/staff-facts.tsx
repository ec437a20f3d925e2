/** The facts behind each part of one clerk's sheet, and the form for this month's 部门评价. */
import type { ComponentChildren } from 'preact';
import { PAUSE_REASON_LABELS } from '../../common/labels.js';
import type { StaffSheetDto } from '../assessment-store.js';
import { useAdmin } from '../context.js';
import { minutes, percent, STAFF_PART_LABELS } from '../labels.js';

const hours = (min: number): string => `${Math.floor(min / 60)} 小时 ${min % 60} 分 · ${(min / 60).toFixed(1)} h`;
const pauseLabel = (reason: string): string => {
  const l = Object.entries(PAUSE_REASON_LABELS).find(([k]) => k === reason)?.[1];
  return l ? `${l.zh} ${l.en}` : reason;
};

function Fact({ zh, en, children }: { zh: string; en: string; children: ComponentChildren }) {
  return <div><dt>{zh} <small>{en}</small></dt><dd>{children}</dd></div>;
}

function EvaluationForm({ sheet }: { sheet: StaffSheetDto }) {
  const { actions, state } = useAdmin();
  const month = actions.evaluationMonth();
  const current = sheet.facts.evaluations.find((e) => e.month === month);
  return (
    <form class="evaluation no-print" data-testid="evaluation-form" onSubmit={(e) => {
      e.preventDefault();
      const data = new FormData(e.currentTarget);
      void actions.evaluate(sheet.clerkId, Number(data.get('score')), String(data.get('comment') ?? ''));
    }}>
      <strong>{month} 部门评价 <small>Department evaluation</small></strong>
      <label class="field">评分 Score (0–100)
        <input name="score" type="number" min={0} max={100} step={1} required defaultValue={current ? String(current.score) : ''} />
      </label>
      <label class="field comment">评语 Comment
        <input name="comment" maxLength={500} defaultValue={current?.comment ?? ''} />
      </label>
      <button type="submit" class="btn primary" disabled={state.busy.value !== null}>{current ? '更新 · Update' : '提交 · Save'}</button>
    </form>
  );
}

export function StaffFacts({ sheet }: { sheet: StaffSheetDto }) {
  const f = sheet.facts;
  const paused = Object.entries(f.pausedMin).filter(([, m]) => m > 0);
  return (
    <div class="staff-facts" data-testid="staff-facts">
      <dl>
        <section>
          <h4>{STAFF_PART_LABELS.attendance.zh} <small>{STAFF_PART_LABELS.attendance.en}</small></h4>
          <Fact zh="签到时长" en="Signed in">{hours(f.signedInMin)}</Fact>
          <Fact zh="暂停" en="Paused">
            {paused.length === 0 ? '无 · none' : <ul>{paused.map(([r, m]) => <li key={r} data-reason={r}>{pauseLabel(r)}：{m} 分 min</li>)}</ul>}
          </Fact>
        </section>
        <section>
          <h4>{STAFF_PART_LABELS.proficiency.zh} <small>{STAFF_PART_LABELS.proficiency.en}</small></h4>
          <Fact zh="办结" en="Served">{f.served}</Fact>
          <Fact zh="平均办理 / 标准" en="Mean vs norm (min)">{minutes(f.meanServiceMin)} / {minutes(f.normMin)}</Fact>
          <Fact zh="一次办成率" en="One-time success">{percent(f.oneTimeSuccessRate)} <small>（办结 {f.served}，咨询除外 · of {f.served} served, consultations excluded）</small></Fact>
          <Fact zh="一次性告知 / 不予受理 / 转出" en="Notices / refusals / transfers">{f.oneTimeNotices} / {f.refusals} / {f.transfers}</Fact>
        </section>
        <section>
          <h4>{STAFF_PART_LABELS.attitude.zh} <small>{STAFF_PART_LABELS.attitude.en}</small></h4>
          <Fact zh="查实整改" en="Founded follow-ups">{f.foundedRectifications}</Fact>
          <Fact zh="投诉" en="Complaints">{f.complaints}</Fact>
        </section>
        <section>
          <h4>{STAFF_PART_LABELS.public.zh} <small>{STAFF_PART_LABELS.public.en}</small></h4>
          <Fact zh="满意 / 已评价" en="Satisfied / rated">{f.satisfied}/{f.rated}{f.rated > 0 ? `（${percent(f.satisfied / f.rated)}）` : ''} <small>（评价 {f.rated}/{f.served} 办结 · rated of served）</small></Fact>
        </section>
        <section>
          <h4>{STAFF_PART_LABELS.department.zh} <small>{STAFF_PART_LABELS.department.en}</small></h4>
          {f.evaluations.length === 0 ? <p class="muted">尚无评价 · None yet</p> : (
            <ul class="evaluations" data-testid="evaluations">
              {f.evaluations.map((e) => <li key={e.month}><b>{e.month}</b>：{e.score} 分 {e.comment && `— ${e.comment}`}</li>)}
            </ul>
          )}
        </section>
      </dl>
      <EvaluationForm key={`${sheet.clerkId}-${f.evaluations.length}`} sheet={sheet} />
    </div>
  );
}
