/** The finish dialog's case parts: the applicant's contact, pickup or mail, copies taken in, the matter of a queue ticket. */
import type { CatalogDto, MaterialDto } from '../../contract/dto.js';
import { ID_TYPES } from '../../contract/constants.js';
import { DELIVERY_METHOD_LABELS } from '../../common/case-labels.js';
import { ID_TYPE_LABELS, type ApplicantFields } from '../applicant-form.js';
import { FORM_LABELS } from '../labels.js';
import { copiesOf, stepCopies } from '../outcome-form.js';
import type { FieldProps } from './finish-fields.js';

/** 申请人: name and phone (required when accepting), ID document type and number. */
export function ApplicantSection({ form, update, required }: FieldProps & { required: boolean }) {
  const a = form.applicant;
  const set = (change: Partial<ApplicantFields>) => update({ applicant: { ...a, ...change } });
  return (
    <fieldset class="applicant" data-testid="applicant">
      <legend>申请人 Applicant {required ? <span class="req">必填 required</span> : <span class="modal-hint">可选：留电话以便联系 optional</span>}</legend>
      <div class="grid-4">
        <label class="field"><span>姓名 Name</span>
          <input type="text" name="applicant-name" value={a.name} maxLength={50} autoComplete="off" onInput={(e) => set({ name: e.currentTarget.value })} /></label>
        <label class="field"><span>联系电话 Phone</span>
          <input type="tel" name="applicant-phone" value={a.phone} maxLength={20} autoComplete="off" onInput={(e) => set({ phone: e.currentTarget.value })} /></label>
        <label class="field"><span>证件类型 ID type</span>
          <select name="applicant-id-type" value={a.idType} onChange={(e) => set({ idType: ID_TYPES.find((t) => t === e.currentTarget.value) ?? 'resident-id' })}>
            {ID_TYPES.map((t) => <option key={t} value={t}>{ID_TYPE_LABELS[t].zh} {ID_TYPE_LABELS[t].en}</option>)}
          </select></label>
        <label class="field"><span>证件号码 ID number（可选）</span>
          <input type="text" name="applicant-id-number" value={a.idNumber} maxLength={32} autoComplete="off" onInput={(e) => set({ idNumber: e.currentTarget.value })} /></label>
      </div>
    </fieldset>
  );
}

/** 领取方式: pickup at the results window, or mail (address then). */
export function DeliverySection({ form, update }: FieldProps) {
  return (
    <fieldset class="delivery" data-testid="delivery">
      <legend>结果领取方式 Result</legend>
      <div class="radio-row">
        <label class={form.delivery === 'pickup' ? 'choice chosen' : 'choice'}>
          <input type="radio" name="delivery" value="pickup" checked={form.delivery === 'pickup'} onChange={() => update({ delivery: 'pickup' })} />
          {DELIVERY_METHOD_LABELS.pickup.zh} <small>{DELIVERY_METHOD_LABELS.pickup.en}</small></label>
        <label class={form.delivery === 'mail' ? 'choice chosen' : 'choice'}>
          <input type="radio" name="delivery" value="mail" checked={form.delivery === 'mail'} onChange={() => update({ delivery: 'mail' })} />
          {DELIVERY_METHOD_LABELS.mail.zh} <small>{DELIVERY_METHOD_LABELS.mail.en}</small></label>
      </div>
      {form.delivery === 'mail' && (
        <label class="field"><span>收件地址 Mailing address（含收件人、电话 with recipient）</span>
          <input type="text" name="address" class="wide-input" value={form.address} maxLength={200} onInput={(e) => update({ address: e.currentTarget.value })} /></label>
      )}
    </fieldset>
  );
}

/** 收取材料: the lines ticked on the checklist, each with a copies stepper. */
export function ReceivedSection({ form, update, materials, received }: FieldProps & { materials: readonly MaterialDto[]; received: ReadonlySet<number> }) {
  const lines = materials.flatMap((m, i) => (received.has(i) ? [{ m, i }] : []));
  return (
    <fieldset class="received" data-testid="received">
      <legend>收取材料 Materials taken in</legend>
      {lines.length === 0 && <p class="modal-hint">清单未勾选：按全部必交材料登记 / Nothing ticked: every required material is recorded.</p>}
      <ul class="received-list">
        {lines.map(({ m, i }) => (
          <li key={m.name} data-index={i}>
            <span class="mat-name">{i + 1}. {m.name} <small>{FORM_LABELS[m.form]}</small></span>
            <span class="stepper">
              <button type="button" class="btn step" aria-label={`少一份 ${m.name}`} onClick={() => update({ copies: stepCopies(form, materials, i, -1) })}>−</button>
              <b data-testid={`copies-${i}`}>{copiesOf(form, materials, i)}</b> 份
              <button type="button" class="btn step" aria-label={`多一份 ${m.name}`} onClick={() => update({ copies: stepCopies(form, materials, i, 1) })}>+</button>
            </span>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

/** 受理事项: a queue ticket names no matter; accepting needs one (the queue's own matters first). */
export function MatterPicker({ form, update, catalog, queueId }: FieldProps & { catalog: CatalogDto | null; queueId: string }) {
  const all = catalog?.matters ?? [];
  const own = all.filter((m) => m.queueId === queueId);
  const list = own.length > 0 ? own : all;
  return (
    <label class="field matter-pick">
      <span>受理事项 Matter accepted（按队列取号，须选择 required for a queue ticket）</span>
      <select name="matter" value={form.matterId ?? ''} onChange={(e) => update({ matterId: e.currentTarget.value || null })}>
        <option value="">— 请选择 choose —</option>
        {list.map((m) => <option key={m.id} value={m.id}>{m.name}</option>)}
      </select>
    </label>
  );
}
