import { useState } from 'preact/hooks';
import type { CaseDetailDto } from '../../contract/dto.js';
import { EMPTY_HAND_OUT, handOver, identityCheckText, windowActions, type HandOutForm } from '../case-desk.js';
import { useConsole } from '../console-context.js';
import { CASE_STATUS_LABELS } from '../../common/case-labels.js';
import { DOCUMENT_TITLES } from '../../common/document-titles.js';

function HandOut({ c }: { c: CaseDetailDto }) {
  const { state: s, actions } = useConsole();
  const [form, setForm] = useState<HandOutForm>(EMPTY_HAND_OUT);
  const [refusing, setRefusing] = useState(false);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const set = (change: Partial<HandOutForm>) => { setForm({ ...form, ...change }); setProblem(null); };
  const off = s.busy.value !== null || s.notReadyWhy.value !== null;
  if (!windowActions(c.status).deliver) {
    return <p class="notice notice-info">该办件当前为「{CASE_STATUS_LABELS[c.status].zh}」，不能发放 / Not ready to hand out ({CASE_STATUS_LABELS[c.status].en}).</p>;
  }
  return (
    <div class="hand-out">
      <p class="id-check" data-testid="id-check">{identityCheckText(c)}</p>
      <div class="radio-row">
        <label class="choice check"><input type="checkbox" checked={form.identityChecked} data-testid="identity-checked" onChange={(e) => set({ identityChecked: e.currentTarget.checked })} /> 已核验身份 Identity checked</label>
        <label class={form.collectedBy === 'applicant' ? 'choice chosen' : 'choice'}><input type="radio" name="collected-by" value="applicant" checked={form.collectedBy === 'applicant'} onChange={() => set({ collectedBy: 'applicant' })} /> 本人 Applicant</label>
        <label class={form.collectedBy === 'agent' ? 'choice chosen' : 'choice'}><input type="radio" name="collected-by" value="agent" checked={form.collectedBy === 'agent'} onChange={() => set({ collectedBy: 'agent' })} /> 代领 Agent</label>
      </div>
      {form.collectedBy === 'agent' && (
        <div class="grid-2">
          <label class="field"><span>代领人姓名 Agent's name</span><input type="text" name="agent-name" value={form.agentName} maxLength={50} onInput={(e) => set({ agentName: e.currentTarget.value })} /></label>
          <label class="field"><span>代领人证件号码 Agent's ID number</span><input type="text" name="agent-id" value={form.agentIdNumber} maxLength={32} onInput={(e) => set({ agentIdNumber: e.currentTarget.value })} /></label>
        </div>
      )}
      {refusing && (
        <input type="text" class="wide-input" value={reason} maxLength={500} placeholder="无法发放的原因 Why not" data-testid="not-delivered-reason"
          onInput={(e) => { setReason(e.currentTarget.value); setProblem(null); }} />
      )}
      {problem && <p class="form-problem" role="alert">{problem}</p>}
      <div class="row">
        <button type="button" class="btn btn-primary" disabled={off} data-testid="deliver" onClick={() => void actions.handOut(form).then(setProblem)}>确认发放 Hand out</button>
        <button type="button" class="btn btn-danger" disabled={off} data-testid="not-delivered"
          onClick={() => (refusing ? void actions.refuseHandOut(reason).then(setProblem) : setRefusing(true))}>
          {refusing ? '确认无法发放 Record' : '无法发放 Cannot hand out'}
        </button>
      </div>
    </div>
  );
}

/** 综合出件: the results ticket's case — what to hand over, the identity check, and the hand-out. */
export function ResultsPanel({ number }: { number: string }) {
  const c = useConsole().state.resultCase.value;
  if (!c) return <section class="results-panel"><p class="muted">正在读取办件 {number}… / Loading the case…</p></section>;
  return (
    <section class="results-panel" data-testid="results-panel" data-case-number={c.number}>
      <h3>领取结果 <small>Result pickup</small> <span class="case-number">{c.number}</span>
        <span class={`case-status case-${c.status}`} data-testid="result-status">{CASE_STATUS_LABELS[c.status].zh} {CASE_STATUS_LABELS[c.status].en}</span></h3>
      <p class="results-matter"><b>{c.matterName}</b> <small>{c.matterNameEn}</small> · 申请人 {c.applicantName}</p>
      <h4>发放内容 Hand over</h4>
      <ul class="hand-over">{handOver(c).map((l) => <li key={l}>{l}</li>)}</ul>
      {c.documents.length > 0 && (
        <p class="docs">文书 Documents：{c.documents.map((d) => (
          <a key={d.number} href={d.url} target="_blank" rel="noopener" class="doc-link">{DOCUMENT_TITLES[d.kind].title} {d.number}</a>
        ))}</p>
      )}
      <HandOut key={`${c.number}:${c.status}`} c={c} />
    </section>
  );
}
