import { useState } from 'preact/hooks';
import { RECTIFICATION_ACTION_LABELS } from '../../common/rating-labels.js';
import type { RectificationAction } from '../../contract/constants.js';
import { useBackOffice } from '../context.js';
import type { Finding, FollowUpDetail, StepInput } from '../follow-up-types.js';
import { FINDING_WORDS } from '../labels.js';

const NOTE_HINTS: Readonly<Record<RectificationAction, string>> = {
  verify: '核实了什么：调阅录像、询问当事人… / What was checked',
  contact: '回访情况 / How the call went',
  rectify: '整改了什么 / What was changed',
  explain: '情况说明 / The explanation',
  close: '办结意见 / Why it can be closed',
  appeal: '申诉理由 / Why the rating should be annulled',
  uphold: '维持评价的理由 / Why the rating stands',
  annul: '撤销评价的理由 / Why the rating is annulled',
};

/** One step's form: the note always; 属实/不属实 for 核实; consent and the visitor's answer for 回访. */
function StepForm({ action, busy, onSubmit }: { action: RectificationAction; busy: boolean; onSubmit: (input: StepInput) => Promise<void> }) {
  const [note, setNote] = useState('');
  const [finding, setFinding] = useState<Finding | undefined>(undefined);
  const [consent, setConsent] = useState<boolean | undefined>(undefined);
  const [result, setResult] = useState('');
  const a = RECTIFICATION_ACTION_LABELS[action];
  const submit = (e: Event) => {
    e.preventDefault();
    void onSubmit({ action, note, finding, consent, result });
  };
  return (
    <form class="action-form" data-testid={`step-form-${action}`} onSubmit={submit}>
      {action === 'verify' && (
        <fieldset class="choice" data-testid="finding">
          <legend>核实结论 Finding</legend>
          {(['founded', 'unfounded'] as const).map((v) => (
            <label key={v} class="check"><input type="radio" name="finding" value={v} checked={finding === v} onChange={() => setFinding(v)} />{FINDING_WORDS[v].zh} <small>{FINDING_WORDS[v].en}</small></label>
          ))}
        </fieldset>
      )}
      {action === 'contact' && (
        <>
          <fieldset class="choice" data-testid="consent">
            <legend>群众是否同意回访 Did the visitor agree to the call-back?</legend>
            <label class="check"><input type="radio" name="consent" value="yes" checked={consent === true} onChange={() => setConsent(true)} />同意 <small>Yes</small></label>
            <label class="check"><input type="radio" name="consent" value="no" checked={consent === false} onChange={() => setConsent(false)} />不同意 <small>No</small></label>
          </fieldset>
          <label class="field">
            <span>回访结果 What the visitor said</span>
            <input name="result" maxLength={500} value={result} onInput={(e) => setResult(e.currentTarget.value)} />
          </label>
        </>
      )}
      <label class="field">
        <span>说明（必填） Note (required)</span>
        <textarea name="note" rows={3} maxLength={1000} value={note} placeholder={NOTE_HINTS[action]} onInput={(e) => setNote(e.currentTarget.value)} />
      </label>
      <button type="submit" class="btn btn-primary" data-testid="step-submit" disabled={busy}>确认{a.zh} <small>{a.en}</small></button>
    </form>
  );
}

/** Buttons for exactly the steps the server allows the caller now, each opening its form. */
export function FollowUpSteps({ f }: { f: FollowUpDetail }) {
  const { state: s, actions } = useBackOffice();
  const [open, setOpen] = useState<RectificationAction | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const busy = s.busy.value !== null;
  const shown = open && f.allowed.includes(open) ? open : null;
  const toggle = (a: RectificationAction) => { setProblem(null); setOpen(shown === a ? null : a); };
  const run = async (input: StepInput) => {
    const p = await actions.takeStep(input);
    setProblem(p);
    if (p === null) setOpen(null);
  };
  return (
    <section class="card actions" data-testid="follow-up-actions">
      <h3>办理 <small>Steps</small></h3>
      {f.allowed.length === 0 && <p class="muted" data-testid="no-steps">当前无可办理步骤 · Nothing for you to do at this status</p>}
      <div class="action-row">
        {f.allowed.map((a) => (
          <button key={a} type="button" class={`btn${shown === a ? ' btn-primary' : ''}`} data-step={a} aria-expanded={shown === a} disabled={busy} onClick={() => toggle(a)}>
            {RECTIFICATION_ACTION_LABELS[a].zh} <small>{RECTIFICATION_ACTION_LABELS[a].en}</small>
          </button>
        ))}
      </div>
      {shown && <StepForm key={shown} action={shown} busy={busy} onSubmit={run} />}
      {problem && <p class="form-problem" role="alert" data-testid="step-problem">{problem}</p>}
    </section>
  );
}
