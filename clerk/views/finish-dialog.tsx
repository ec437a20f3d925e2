import { useRef, useState } from 'preact/hooks';
import type { OutcomeKind } from '../../contract/constants.js';
import type { MaterialDto } from '../../contract/dto.js';
import { useConsole } from '../console-context.js';
import { OUTCOME_CHOICES } from '../labels.js';
import { EMPTY_FORM, outcomeFrom, preTickedMissing, type OutcomeForm } from '../outcome-form.js';
import { MissingMaterials, NoteField, OutcomeTiles, RefusalReason } from './finish-fields.js';
import { Modal } from './modal.js';

function isTyping(t: EventTarget | null): boolean {
  return t instanceof HTMLInputElement && t.type === 'text';
}

/** The form's state, checked before sending with the server's own rules (outcome-form.ts). */
function useFinishForm(materials: readonly MaterialDto[], received: ReadonlySet<number>) {
  const { state: s, actions } = useConsole();
  const [form, setForm] = useState<OutcomeForm>(() => ({ ...EMPTY_FORM, missing: preTickedMissing(materials, received) }));
  const [problem, setProblem] = useState<string | null>(null);
  const update = (change: Partial<OutcomeForm>) => { setForm({ ...form, ...change }); setProblem(null); };
  const submit = async () => {
    if (s.busy.value !== null) return;
    const checked = outcomeFrom(form);
    if (!checked.ok) return setProblem(checked.problem);
    setProblem(await actions.finish(checked.outcome));
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

/** 办结: choose the outcome (keys 1–5); a one-time notice ticks what is missing, a refusal gives its reason. */
export function FinishDialog() {
  const { state: s, actions } = useConsole();
  const t = s.current.value;
  const materials = t?.matter?.materials ?? [];
  const { form, problem, update, submit } = useFinishForm(materials, s.received.value);
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
