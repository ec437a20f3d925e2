import { useState } from 'preact/hooks';
import type { CaseDetailDto } from '../../contract/dto.js';
import { supplementAsked, windowActions } from '../case-desk.js';
import { useConsole } from '../console-context.js';
import { CASE_STATUS_LABELS } from '../../common/case-labels.js';
import { Modal } from './modal.js';

/** What the window needs to know about a case at a glance; identity stays masked. */
export function CaseSummaryView({ c }: { c: CaseDetailDto }) {
  const asked = supplementAsked(c);
  return (
    <dl class="case-summary" data-testid="case-summary" data-case-number={c.number}>
      <div><dt>办件编号 Case</dt><dd class="case-number">{c.number}</dd></div>
      <div><dt>状态 Status</dt><dd><span class={`case-status case-${c.status}`} data-testid="case-status">{CASE_STATUS_LABELS[c.status].zh}</span> <small>{CASE_STATUS_LABELS[c.status].en}</small></dd></div>
      <div><dt>事项 Matter</dt><dd>{c.matterName}</dd></div>
      <div><dt>申请人 Applicant</dt><dd>{c.applicantName} · {c.applicant.phone}</dd></div>
      <div><dt>办结期限 Due</dt><dd>{c.dueDay}{c.workingDaysLeft !== null ? `（剩 ${c.workingDaysLeft} 个工作日）` : ''}{c.status === 'supplement-requested' ? ' · 补正期间暂停计时 clock stopped' : ''}</dd></div>
      {asked !== null && <div class="asked"><dt>补正要求 Asked for</dt><dd data-testid="supplement-asked">{asked}</dd></div>}
    </dl>
  );
}

function CaseActions({ c }: { c: CaseDetailDto }) {
  const { state: s, actions } = useConsole();
  const may = windowActions(c.status);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const busy = s.busy.value !== null;
  if (!may.receiveSupplement && !may.withdraw) return <p class="modal-hint">窗口对该办件无可办理的操作 / Nothing for a window to do on this case now.</p>;
  return (
    <div class="case-actions">
      {may.receiveSupplement && (
        <button type="button" class="btn btn-primary" disabled={busy} data-testid="supplement-received"
          onClick={() => void actions.receiveSupplement('').then(setProblem)}>补正材料已收 Supplement received</button>
      )}
      {may.withdraw && (
        <div class="withdraw">
          <input type="text" class="wide-input" value={reason} maxLength={500} placeholder="撤回原因（申请人申请）Reason for withdrawal" data-testid="withdraw-reason"
            onInput={(e) => { setReason(e.currentTarget.value); setProblem(null); }} />
          <button type="button" class="btn btn-danger" disabled={busy} data-testid="withdraw"
            onClick={() => void actions.withdrawCase(reason).then(setProblem)}>撤回 Withdraw</button>
        </div>
      )}
      {problem && <p class="form-problem" role="alert">{problem}</p>}
    </div>
  );
}

/** 办件 (F9): type or scan a case number or tracking link; take in a supplement or withdraw at the applicant's request. */
export function CaseToolDialog() {
  const { state: s, actions } = useConsole();
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const c = s.foundCase.value;
  const find = async (e: Event) => {
    e.preventDefault();
    setProblem(await actions.findCase(text));
  };
  return (
    <Modal title="办件查询 Case" onCancel={actions.closeDialog} testId="case-tool" wide>
      <form class="case-find" onSubmit={find}>
        <input type="text" class="wide-input" value={text} autoFocus maxLength={300} name="case-ref" data-testid="case-ref"
          placeholder="输入办件编号或扫描告知书二维码 Type the case number or scan the QR code" onInput={(e) => { setText(e.currentTarget.value); setProblem(null); }} />
        <button type="submit" class="btn btn-primary" disabled={s.busy.value !== null}>查询 Find <kbd>Enter</kbd></button>
      </form>
      {problem && <p class="form-problem" role="alert">{problem}</p>}
      {c && <CaseSummaryView c={c} />}
      {c && <CaseActions key={`${c.number}:${c.status}`} c={c} />}
      {s.feedback.value && c && <p class={`notice notice-${s.feedback.value.tone}`} role="status" data-testid="case-feedback">{s.feedback.value.text}</p>}
      <div class="modal-actions">
        <button type="button" class="btn" onClick={actions.closeDialog}>关闭 Close <kbd>Esc</kbd></button>
      </div>
    </Modal>
  );
}
