import { useState } from 'preact/hooks';
import type { CaseDetailDto } from '../../contract/dto.js';

interface FormProps<A extends unknown[]> {
  busy: boolean;
  onSubmit: (...args: A) => Promise<void>;
}

/** 同意 / 不同意 with the opinion; the department is asked for only when the caller decides for several on this case. */
export function DecideForm({ c, departments, busy, onSubmit }: FormProps<['approved' | 'denied', string, string | undefined]> & { c: CaseDetailDto; departments: string[] }) {
  const [opinion, setOpinion] = useState('');
  const [department, setDepartment] = useState(departments[0] ?? '');
  const [local, setLocal] = useState<string | null>(null);
  const nameOf = (id: string) => c.steps.find((s) => s.departmentId === id)?.departmentName ?? id;
  const send = (decision: 'approved' | 'denied') => {
    if (decision === 'denied' && !opinion.trim()) return setLocal('不同意须写明理由 / A denial needs its reason');
    setLocal(null);
    void onSubmit(decision, opinion, departments.length > 1 ? department : undefined);
  };
  return (
    <form class="action-form" data-testid="decide-form" onSubmit={(e) => e.preventDefault()}>
      {departments.length > 1 ? (
        <label class="field">
          <span>以哪个部门决定 Deciding for</span>
          <select name="department" value={department} onChange={(e) => setDepartment(e.currentTarget.value)}>
            {departments.map((d) => <option key={d} value={d}>{nameOf(d)}</option>)}
          </select>
        </label>
      ) : <p class="muted">以 {nameOf(departments[0] ?? '')} 名义决定 · Deciding for {nameOf(departments[0] ?? '')}</p>}
      <label class="field">
        <span>审批意见 Opinion</span>
        <textarea name="opinion" rows={3} maxLength={1000} value={opinion} onInput={(e) => setOpinion(e.currentTarget.value)} placeholder="同意 / 不同意的理由" />
      </label>
      {local && <p class="form-problem" role="alert">{local}</p>}
      <div class="action-row">
        <button type="button" class="btn btn-ok" data-action="approve" disabled={busy} onClick={() => send('approved')}>同意 <small>Approve</small></button>
        <button type="button" class="btn btn-danger" data-action="deny" disabled={busy} onClick={() => send('denied')}>不同意 <small>Deny</small></button>
      </div>
    </form>
  );
}

/** 补正: what is missing, one material a line, and a note for the applicant. */
export function SupplementForm({ busy, onSubmit }: FormProps<[string[], string]>) {
  const [materials, setMaterials] = useState('');
  const [note, setNote] = useState('');
  const [local, setLocal] = useState<string | null>(null);
  const submit = (e: Event) => {
    e.preventDefault();
    const list = materials.split('\n').map((m) => m.trim()).filter(Boolean);
    if (list.length === 0) return setLocal('请列出需补正的材料 / List the materials to supplement');
    setLocal(null);
    void onSubmit(list, note);
  };
  return (
    <form class="action-form" data-testid="supplement-form" onSubmit={submit}>
      <label class="field">
        <span>需补正的材料（每行一项） Materials to supplement, one a line</span>
        <textarea name="materials" rows={3} value={materials} onInput={(e) => setMaterials(e.currentTarget.value)} />
      </label>
      <label class="field">
        <span>说明 Note</span>
        <input name="note" maxLength={500} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
      </label>
      {local && <p class="form-problem" role="alert">{local}</p>}
      <button type="submit" class="btn btn-primary" disabled={busy}>发送补正通知（时限暂停） <small>Send: the clock stops</small></button>
    </form>
  );
}

export function MailForm({ busy, onSubmit }: FormProps<[string, string]>) {
  const [carrier, setCarrier] = useState('EMS');
  const [no, setNo] = useState('');
  const [local, setLocal] = useState<string | null>(null);
  const submit = (e: Event) => {
    e.preventDefault();
    if (!carrier.trim() || !no.trim()) return setLocal('请填写快递公司和运单号 / Enter the carrier and the tracking number');
    setLocal(null);
    void onSubmit(carrier, no);
  };
  return (
    <form class="action-form" data-testid="mail-form" onSubmit={submit}>
      <label class="field"><span>快递公司 Carrier</span><input name="carrier" maxLength={40} value={carrier} onInput={(e) => setCarrier(e.currentTarget.value)} /></label>
      <label class="field"><span>运单号 Tracking number</span><input name="tracking-number" maxLength={60} value={no} onInput={(e) => setNo(e.currentTarget.value)} /></label>
      {local && <p class="form-problem" role="alert">{local}</p>}
      <button type="submit" class="btn btn-primary" disabled={busy}>登记邮寄 <small>Record mailing</small></button>
    </form>
  );
}
