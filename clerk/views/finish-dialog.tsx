import { useRef, useState } from 'preact/hooks';
import type { OutcomeKind } from '../../contract/constants.js';
import { useConsole } from '../console-context.js';
import { OUTCOME_CHOICES } from '../labels.js';
import { EMPTY_FORM, preTickedMissing, type FinishContext, type OutcomeForm } from '../outcome-form.js';
import { ApplicantSection, DeliverySection, MatterPicker, ReceivedSection } from './case-fields.js';
import { MissingMaterials, NoteField, OutcomeTiles, RefusalReason } from './finish-fields.js';
import { Modal } from './modal.js';

function isTyping(t: EventTarget | null): boolean {
  return (t instanceof HTMLInputElement && ['text', 'tel'].includes(t.type)) || t instanceof HTMLSelectElement;
}

/** The form's state, checked before sending with the server's own rules (outcome-form.ts). */
function useFinishForm(ctx: FinishContext) {
  const { state: s, actions } = useConsole();
  const [form, setForm] = useState<OutcomeForm>(() => ({ ...EMPTY_FORM, missing: preTickedMissing(ctx.materials, ctx.received) }));
  const [problem, setProblem] = useState<string | null>(null);
  const update = (change: Partial<OutcomeForm>) => { setForm({ ...form, ...change }); setProblem(null); };
  const submit = async () => {
    if (s.busy.value !== null) return;
    setProblem(await actions.finishForm(form, ctx));
  };
  return { form, problem, update, submit };
}

/** Keys 1–5 (or the number pad) choose an outcome unless typing; Enter sends from anywhere but a button. */
function finishKeys(choose: (kind: OutcomeKind) => void, submit: () => void) {
  return (e: KeyboardEvent) => {
    const choice = OUTCOME_CHOICES.find((c) => c.key === e.key || `Numpad${c.key}` === e.code);
    if (choice && !isTyping(e.target) && !e.ctrlKey && !e.altKey) {
      e.preventDefault();
      choose(choice.kind);
    } else if (e.key === 'Enter' && !(e.target instanceof HTMLButtonElement)) {
      e.preventDefault();
      submit();
    }
  };
}

/**
 * 办结: choose the outcome (keys 1–5); a one-time notice ticks what is missing, a refusal gives its
 * reason; accepting takes the applicant's contact, pickup or mail, and the copies taken in.
 */
export function FinishDialog() {
  const { state: s, actions } = useConsole();
  const t = s.current.value;
  const materials = t?.matter?.materials ?? [];
  const ctx: FinishContext = { materials, received: s.received.value, needsMatter: !t?.matter };
  const { form, problem, update, submit } = useFinishForm(ctx);
  const formRef = useRef<HTMLFormElement>(null);
  if (!t) return null;
  const choose = (kind: OutcomeKind) => {
    update({ kind });
    // Focus follows the choice, so the highlighted tile and the focused one are never two different ones.
    formRef.current?.querySelector<HTMLInputElement>(`input[name=outcome][value="${kind}"]`)?.focus();
  };

  return (
    <Modal title={`办结 ${t.number}${t.matter ? ` · ${t.matter.name}` : ''}`} onCancel={actions.closeDialog} testId="finish-dialog" wide>
      <form ref={formRef} onSubmit={(e) => { e.preventDefault(); void submit(); }} onKeyDown={finishKeys(choose, () => void submit())}>
        <OutcomeTiles form={form} choose={choose} />
        {form.kind === 'one-time-notice' && <MissingMaterials form={form} update={update} materials={materials} />}
        {form.kind === 'not-accepted' && <RefusalReason form={form} update={update} />}
        {form.kind === 'accepted' && !t.matter && <MatterPicker form={form} update={update} catalog={s.catalog.value} queueId={t.queueId} />}
        {form.kind !== null && form.kind !== 'consultation' && <ApplicantSection form={form} update={update} required={form.kind === 'accepted'} />}
        {form.kind === 'accepted' && (
          <div class="grid-2">
            <DeliverySection form={form} update={update} />
            <ReceivedSection form={form} update={update} materials={materials} received={s.received.value} />
          </div>
        )}
        <NoteField form={form} update={update} />
        {problem && <p class="form-problem" role="alert">{problem}</p>}
        <div class="modal-actions">
          <button type="button" class="btn" onClick={actions.closeDialog}>取消 Cancel <kbd>Esc</kbd></button>
          <button type="submit" class="btn btn-primary" disabled={s.busy.value !== null} data-testid="finish-submit">确认办结 Finish <kbd>Enter</kbd></button>
        </div>
      </form>
    </Modal>
  );
}
