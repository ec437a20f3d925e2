/** The parts of the finish dialog's form: outcome tiles, missing materials, refusal reason, note. */
import { useEffect, useRef } from 'preact/hooks';
import type { MaterialDto } from '../../contract/dto.js';
import type { OutcomeKind } from '../../contract/constants.js';
import { FORM_LABELS, OUTCOME_CHOICES } from '../labels.js';
import { toggle, type OutcomeForm } from '../outcome-form.js';

/** Common grounds for 不予受理, one press to fill in (the clerk can still edit them). */
const COMMON_REASONS = ['不属于本中心受理范围', '申请人不具备申请资格', '申请事项依法不需要取得行政许可'];

export interface FieldProps {
  form: OutcomeForm;
  update: (change: Partial<OutcomeForm>) => void;
}

export function OutcomeTiles({ form, choose }: { form: OutcomeForm; choose: (kind: OutcomeKind) => void }) {
  return (
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
  );
}

/** 一次性告知: tick the checklist's missing materials, or type the ones not on it. */
export function MissingMaterials({ form, update, materials }: FieldProps & { materials: readonly MaterialDto[] }) {
  return (
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
  );
}

/** Takes focus when it appears (choosing 不予受理 means the next thing typed is the reason). */
function ReasonInput({ value, onInput }: { value: string; onInput: (v: string) => void }) {
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <input ref={ref} type="text" class="wide-input" value={value} onInput={(e) => onInput(e.currentTarget.value)} maxLength={500}
      placeholder="写明理由和依据 State the reason" data-testid="reason" />
  );
}

/** 不予受理: the reason is required. */
export function RefusalReason({ form, update }: FieldProps) {
  return (
    <fieldset class="reason">
      <legend>不予受理理由 Reason (required)</legend>
      <div class="chips">
        {COMMON_REASONS.map((r) => <button type="button" key={r} class="chip" onClick={() => update({ reason: r })}>{r}</button>)}
      </div>
      <ReasonInput value={form.reason} onInput={(reason) => update({ reason })} />
    </fieldset>
  );
}

export function NoteField({ form, update }: FieldProps) {
  return (
    <label class="field">
      <span>备注 Note（可选 optional）</span>
      <input type="text" value={form.note} onInput={(e) => update({ note: e.currentTarget.value })} maxLength={1000} />
    </label>
  );
}
