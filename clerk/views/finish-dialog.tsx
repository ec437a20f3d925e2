import { useEffect, useRef, useState } from 'preact/hooks';
import type { OutcomeKind } from '../../contract/constants.js';
import { finish } from '../commands.js';
import { FORM_LABELS, OUTCOME_CHOICES } from '../labels.js';
import { EMPTY_FORM, outcomeFrom, preTickedMissing, toggle, type OutcomeForm } from '../outcome-form.js';
import { busy, current, dialog, received } from '../store.js';
import { Modal } from './modal.js';

/** Common grounds for 不予受理, one press to fill in (the clerk can still edit them). */
const COMMON_REASONS = ['不属于本中心受理范围', '申请人不具备申请资格', '申请事项依法不需要取得行政许可'];

/** Takes focus when it appears (choosing 不予受理 means the next thing typed is the reason). */
function ReasonInput({ value, onInput }: { value: string; onInput: (v: string) => void }) {
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <input ref={ref} type="text" class="wide-input" value={value} onInput={(e) => onInput(e.currentTarget.value)} maxLength={500}
      placeholder="写明理由和依据 State the reason" data-testid="reason" />
  );
}

function isTyping(t: EventTarget | null): boolean {
  return t instanceof HTMLInputElement && t.type === 'text';
}

/** 办结: choose the outcome (keys 1–5); a one-time notice ticks what is missing, a refusal gives its reason. */
export function FinishDialog() {
  const t = current.value;
  const materials = t?.matter?.materials ?? [];
  const [form, setForm] = useState<OutcomeForm>(() => ({ ...EMPTY_FORM, missing: preTickedMissing(materials, received.value) }));
  const [problem, setProblem] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const close = () => { dialog.value = null; };
  if (!t) return null;
  const update = (change: Partial<OutcomeForm>) => { setForm({ ...form, ...change }); setProblem(null); };
  const choose = (kind: OutcomeKind) => {
    update({ kind });
    // Focus follows the choice, so the highlighted tile and the focused one are never two different ones.
    formRef.current?.querySelector<HTMLInputElement>(`input[name=outcome][value="${kind}"]`)?.focus();
  };

  const submit = async () => {
    if (busy.value !== null) return;
    const checked = outcomeFrom(form);
    if (!checked.ok) return setProblem(checked.problem);
    setProblem(await finish(checked.outcome));
  };

  const onKeyDown = (e: KeyboardEvent) => {
    const choice = OUTCOME_CHOICES.find((c) => c.key === e.key || `Numpad${c.key}` === e.code);
    if (choice && !isTyping(e.target) && !e.ctrlKey && !e.altKey) {
      e.preventDefault();
      choose(choice.kind);
    } else if (e.key === 'Enter' && !(e.target instanceof HTMLButtonElement)) {
      e.preventDefault();
      void submit();
    }
  };

  return (
    <Modal title={`办结 ${t.number}${t.matter ? ` · ${t.matter.name}` : ''}`} onCancel={close} testId="finish-dialog" wide>
      <form ref={formRef} onSubmit={(e) => { e.preventDefault(); void submit(); }} onKeyDown={onKeyDown}>
        <fieldset class="outcomes">
          <legend>办理结果 Outcome <span class="modal-hint">按 1–5 选择 press 1–5</span></legend>
          {OUTCOME_CHOICES.map((c, i) => (
            <label key={c.kind} class={form.kind === c.kind ? `outcome outcome-${c.kind} chosen` : `outcome outcome-${c.kind}`}>
              <input type="radio" name="outcome" value={c.kind} checked={form.kind === c.kind} autoFocus={i === 0} onChange={() => choose(c.kind)} />
              <kbd>{c.key}</kbd>
              <span><b>{c.label.zh}</b><small>{c.label.en}</small><small class="outcome-hint">{c.hint}</small></span>
            </label>
          ))}
        </fieldset>

        {form.kind === 'one-time-notice' && (
          <fieldset class="missing" data-testid="missing-materials">
            <legend>勾选缺少的材料 Tick the missing materials</legend>
            {materials.length === 0 && <p class="modal-hint">本号无事项清单，请在下方填写 / No checklist for this ticket: type them below.</p>}
            <ul class="missing-list">
              {materials.map((m) => (
                <li key={m.name}>
                  <label>
                    <input type="checkbox" checked={form.missing.includes(m.name)} onChange={() => update({ missing: toggle(form.missing, m.name) })} />
                    <span>{m.name}<small>{m.nameEn} · {FORM_LABELS[m.form]} ×{m.copies}{m.required ? '' : ' · 选交 optional'}</small></span>
                  </label>
                </li>
              ))}
            </ul>
            <label class="field">
              <span>其他缺少的材料 Other missing（用、分隔 separate with 、）</span>
              <input type="text" value={form.otherMissing} onInput={(e) => update({ otherMissing: e.currentTarget.value })} maxLength={400} />
            </label>
          </fieldset>
        )}

        {form.kind === 'not-accepted' && (
          <fieldset class="reason">
            <legend>不予受理理由 Reason (required)</legend>
            <div class="chips">
              {COMMON_REASONS.map((r) => <button type="button" key={r} class="chip" onClick={() => update({ reason: r })}>{r}</button>)}
            </div>
            <ReasonInput value={form.reason} onInput={(reason) => update({ reason })} />
          </fieldset>
        )}

        <label class="field">
          <span>备注 Note（可选 optional）</span>
          <input type="text" value={form.note} onInput={(e) => update({ note: e.currentTarget.value })} maxLength={1000} />
        </label>

        {problem && <p class="form-problem" role="alert">{problem}</p>}
        <div class="modal-actions">
          <button type="button" class="btn" onClick={close}>取消 Cancel <kbd>Esc</kbd></button>
          <button type="submit" class="btn btn-primary" disabled={busy.value !== null} data-testid="finish-submit">确认办结 Finish <kbd>Enter</kbd></button>
        </div>
      </form>
    </Modal>
  );
}
