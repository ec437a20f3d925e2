import { useState } from 'preact/hooks';
import type { CaseDetailDto } from '../../contract/dto.js';
import { actionsFor, departmentsOf, NO_BUTTONS } from '../actions.js';
import { useBackOffice } from '../context.js';
import { DecideForm, MailForm, SupplementForm } from './action-forms.js';

type Open = 'supplement' | 'decide' | 'mail' | null;

/** The back office's actions on this case: only those the case's status and the caller's departments allow. */
export function CaseActions({ c }: { c: CaseDetailDto }) {
  const { state: s, actions } = useBackOffice();
  const [open, setOpen] = useState<Open>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const u = s.user.value;
  const b = u ? actionsFor(c, departmentsOf(u)) : NO_BUTTONS;
  const busy = s.busy.value !== null;
  const none = !b.review && !b.supplement && b.decideFor.length === 0 && !b.resultReady && !b.mail;

  const run = async (work: () => Promise<string | null>) => {
    const p = await work();
    setProblem(p);
    if (p === null) setOpen(null);
  };
  const toggle = (which: Exclude<Open, null>) => { setProblem(null); setOpen(open === which ? null : which); };

  return (
    <section class="card actions" data-testid="case-actions">
      <h3>办理 <small>Actions</small></h3>
      {none && <p class="muted" data-testid="no-actions">当前状态下本部门无可办理操作 · Nothing for your department to do at this status</p>}
      <div class="action-row">
        {b.review && <button type="button" class="btn btn-primary" data-action="review" disabled={busy} onClick={() => void run(() => actions.review())}>开始审查 <small>Start review</small></button>}
        {b.decideFor.length > 0 && <button type="button" class="btn btn-primary" data-action="decide" disabled={busy} onClick={() => toggle('decide')}>审批决定 <small>Decide</small></button>}
        {b.supplement && <button type="button" class="btn" data-action="supplement" disabled={busy} onClick={() => toggle('supplement')}>要求补正 <small>Ask for a supplement</small></button>}
        {b.resultReady && <button type="button" class="btn btn-primary" data-action="result-ready" disabled={busy} onClick={() => void run(() => actions.resultReady())}>结果已出 <small>Result ready</small></button>}
        {b.mail && <button type="button" class="btn" data-action="mail" disabled={busy} onClick={() => toggle('mail')}>已邮寄 <small>Mailed</small></button>}
      </div>
      {open === 'decide' && b.decideFor.length > 0 && <DecideForm c={c} departments={b.decideFor} busy={busy} onSubmit={(d, o, dep) => run(() => actions.decide(d, o, dep))} />}
      {open === 'supplement' && b.supplement && <SupplementForm busy={busy} onSubmit={(m, n) => run(() => actions.requestSupplement(m, n))} />}
      {open === 'mail' && b.mail && <MailForm busy={busy} onSubmit={(carrier, no) => run(() => actions.mail(carrier, no))} />}
      {problem && <p class="form-problem" role="alert" data-testid="action-problem">{problem}</p>}
    </section>
  );
}
