import { CASE_STATUS_LABELS, caseEventLabel, DELIVERY_METHOD_LABELS, ID_TYPE_LABELS } from '../../common/case-labels.js';
import { DOCUMENT_TITLES } from '../../common/document-titles.js';
import { materialRequirement } from '../../common/labels.js';
import type { CaseDetailDto } from '../../contract/dto.js';
import { useBackOffice } from '../context.js';
import { atHall, deadlineText } from '../format.js';
import { StatusTag, UrgencyBadge } from './badges.js';
import { CaseActions } from './case-actions.js';

function Header({ c }: { c: CaseDetailDto }) {
  const { state: s, actions } = useBackOffice();
  const names = c.steps.map((x) => x.departmentName);
  const deadline = deadlineText(c);
  return (
    <section class="case-head card">
      <button type="button" class="btn btn-link back" onClick={() => void actions.backToInbox()} data-testid="back-to-inbox">← 返回待办 Back to the inbox</button>
      <div class="case-title">
        <h2 data-testid="case-number">{c.number}</h2>
        <StatusTag status={c.status} />
        <UrgencyBadge urgency={c.urgency} />
      </div>
      <p class="matter">{c.matterName} <small>{c.matterNameEn}</small></p>
      <p class="muted">{names.length > 1 ? '联审联办 Joint: ' : '承办部门 Department: '}{names.join('、')}</p>
      <p class={`deadline urgency-text-${c.urgency}`} data-testid="deadline">{deadline.zh}<small>{deadline.en}</small></p>
      <p class="muted">
        受理 Accepted {atHall(c.acceptedAt, s.catalog.value?.hall.timeZone)} · {c.clerkName}
        {c.windowNumber !== null && ` · ${c.windowNumber} 号窗口`} · 票号 Ticket {c.ticketNumber}
      </p>
    </section>
  );
}

function Applicant({ c }: { c: CaseDetailDto }) {
  const d = DELIVERY_METHOD_LABELS[c.delivery.method];
  return (
    <section class="card" data-testid="applicant">
      <h3>申请人 <small>Applicant</small></h3>
      <dl>
        <dt>姓名 Name</dt><dd>{c.applicant.name}</dd>
        <dt>电话 Phone</dt><dd>{c.applicant.phone}</dd>
        {c.applicant.idNumber !== null && <><dt>{c.applicant.idType ? ID_TYPE_LABELS[c.applicant.idType].zh : '证件'} ID</dt><dd>{c.applicant.idNumber}</dd></>}
        <dt>送达 Delivery</dt><dd>{d.zh} <small>{d.en}</small>{c.delivery.address && <><br />{c.delivery.address}</>}</dd>
        {c.carrier && <><dt>快递 Carrier</dt><dd>{c.carrier} {c.trackingNumber}</dd></>}
      </dl>
    </section>
  );
}

function Materials({ c }: { c: CaseDetailDto }) {
  return (
    <section class="card" data-testid="materials">
      <h3>已收材料 <small>Materials received ({c.materials.length})</small></h3>
      {c.materials.length === 0 ? <p class="muted">无 None</p> : (
        <ol class="materials">
          {c.materials.map((m, i) => <li key={i}>{m.name}<small>{m.nameEn}</small><span class="req">{materialRequirement(m.form, m.copies, 'zh')}</span></li>)}
        </ol>
      )}
    </section>
  );
}

function Steps({ c }: { c: CaseDetailDto }) {
  const tz = useBackOffice().state.catalog.value?.hall.timeZone;
  const words = { pending: '待审批 Pending', approved: '同意 Approved', denied: '不同意 Denied' } as const;
  return (
    <section class="card" data-testid="steps">
      <h3>审批环节 <small>Approval steps</small></h3>
      <ul class="steps">
        {c.steps.map((st) => (
          <li key={st.departmentId} data-department={st.departmentId} data-decision={st.decision} class={`step step-${st.decision}`}>
            <strong>{st.departmentName}</strong>
            <span class="decision">{words[st.decision]}</span>
            {st.opinion && <q>{st.opinion}</q>}
            {st.actorName && <small>{st.actorName} · {st.at ? atHall(st.at, tz) : ''}</small>}
          </li>
        ))}
      </ul>
    </section>
  );
}

function Timeline({ c }: { c: CaseDetailDto }) {
  const tz = useBackOffice().state.catalog.value?.hall.timeZone;
  return (
    <section class="card" data-testid="timeline">
      <h3>办理过程 <small>Timeline</small></h3>
      <ol class="timeline">
        {c.events.map((e, i) => {
          const w = caseEventLabel(e);
          return (
            <li key={i} data-type={e.type}>
              <time>{atHall(e.at, tz)}</time>
              <strong>{w.zh}</strong> <small>{w.en}</small>
              {e.toStatus && e.toStatus !== e.fromStatus && <span class="to"> → {CASE_STATUS_LABELS[e.toStatus].zh}</span>}
              <div class="who">{e.actorName}{e.note && <>：{e.note}</>}</div>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

function Documents({ c }: { c: CaseDetailDto }) {
  return (
    <section class="card" data-testid="documents">
      <h3>文书 <small>Documents</small></h3>
      {c.documents.length === 0 ? <p class="muted">无 None</p> : (
        <ul class="documents">
          {c.documents.map((d) => (
            <li key={d.number}>
              <a href={d.url} target="_blank" rel="noopener">{DOCUMENT_TITLES[d.kind].title} {d.number}</a>
              <small>{DOCUMENT_TITLES[d.kind].titleEn} · v{d.version}{d.replacedBy && ` · 已更正 replaced by ${d.replacedBy}`}</small>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function CasePage() {
  const c = useBackOffice().state.current.value;
  if (!c) return null;
  return (
    <main class="page case-page" data-testid="case-page" data-status={c.status}>
      <Header c={c} />
      <div class="case-grid">
        <div class="col">
          <CaseActions c={c} />
          <Steps c={c} />
          <Timeline c={c} />
        </div>
        <div class="col">
          <Applicant c={c} />
          <Materials c={c} />
          <Documents c={c} />
        </div>
      </div>
    </main>
  );
}
