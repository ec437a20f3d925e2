import { OUTCOME_LABELS } from '../../common/labels.js';
import { COMPLAINT_CATEGORY_LABELS, RATING_REASON_LABELS, RECTIFICATION_ACTION_LABELS, RECTIFICATION_STATUS_LABELS } from '../../common/rating-labels.js';
import { OUTCOME_KINDS, RECTIFICATION_ACTIONS } from '../../contract/constants.js';
import { useBackOffice } from '../context.js';
import { atHall } from '../format.js';
import type { FollowUpDetail } from '../follow-up-types.js';
import { CHANNEL_WORDS, FINDING_WORDS, FOLLOW_UP_KIND_WORDS } from '../labels.js';
import { FollowUpStatus, levelWords, OverdueBadge } from './follow-up-list.js';
import { FollowUpSteps } from './follow-up-steps.js';

const useTz = () => useBackOffice().state.catalog.value?.hall.timeZone;
const when = (iso: string | null, tz: string | undefined) => (iso ? atHall(iso, tz) : '—');
const outcomeWords = (o: string) => OUTCOME_KINDS.find((k) => k === o);
const actionOf = (a: string) => RECTIFICATION_ACTIONS.find((k) => k === a);

function Head({ f }: { f: FollowUpDetail }) {
  const { actions } = useBackOffice();
  const kind = FOLLOW_UP_KIND_WORDS[f.kind];
  return (
    <section class="case-head card">
      <button type="button" class="btn btn-link back" onClick={() => void actions.backToFollowUps()} data-testid="back-to-follow-ups">← 返回整改列表 Back to the list</button>
      <div class="case-title">
        <h2 data-testid="follow-up-title">{kind.zh} {f.number ?? f.caseNumber ?? `#${f.id}`}</h2>
        <FollowUpStatus r={f} />
        {f.overdue && <OverdueBadge />}
      </div>
      <p class="muted">{f.departmentName}{f.windowNumber !== null && ` · ${f.windowNumber} 号窗口 Window ${f.windowNumber}`}</p>
      <p class={`deadline${f.overdue ? ' urgency-text-overdue' : ''}`} data-testid="follow-up-due">
        须于 {f.dueDate} 前办结（15 个工作日）<small>Due by {f.dueDate} (15 working days)</small>
      </p>
      <p class="muted">立项 Opened {atHall(f.openedAt, useTz())}{f.finding && ` · 核实结论 ${FINDING_WORDS[f.finding].zh} ${FINDING_WORDS[f.finding].en}`}</p>
    </section>
  );
}

function Story({ t }: { t: NonNullable<FollowUpDetail['ticket']> }) {
  const tz = useTz();
  const o = t.outcome ? outcomeWords(t.outcome) : undefined;
  return (
    <section class="card" data-testid="story">
      <h3>办理经过 <small>The service</small></h3>
      <dl>
        <dt>排队号 Ticket</dt><dd>{t.number} · {t.serviceDay}</dd>
        <dt>事项 Matter</dt><dd>{t.matterName ?? '—'}</dd>
        <dt>窗口 Window</dt><dd>{t.windowNumber === null ? '—' : `${t.windowNumber} 号窗口`}</dd>
        <dt>工作人员 Clerk</dt><dd>{t.clerkName ?? '—'}{t.clerkStaffNo && ` · 工号 ${t.clerkStaffNo}`}</dd>
        <dt>取号 Issued</dt><dd>{when(t.issuedAt, tz)}</dd>
        <dt>叫号 Called</dt><dd>{when(t.calledAt, tz)}</dd>
        <dt>开始 Started</dt><dd>{when(t.startedAt, tz)}</dd>
        <dt>办结 Finished</dt><dd>{when(t.finishedAt, tz)}</dd>
        <dt>结果 Outcome</dt><dd>{o ? <>{OUTCOME_LABELS[o].zh}<small>{OUTCOME_LABELS[o].en}</small></> : (t.outcome ?? '—')}</dd>
      </dl>
    </section>
  );
}

function Rating({ r }: { r: NonNullable<FollowUpDetail['rating']> }) {
  const tz = useTz();
  const l = levelWords(r.level);
  const ch = CHANNEL_WORDS[r.channel];
  return (
    <section class="card" data-testid="rating">
      <h3>评价 <small>The rating</small>{r.annulledAt && <span class="badge urgency-stopped" data-testid="annulled">已撤销<small>Annulled</small></span>}</h3>
      <dl>
        <dt>评价 Level</dt><dd><strong class={`level level-${r.level}`}>{l.zh}</strong><small>{l.en}</small></dd>
        <dt>原因 Reasons</dt><dd>{r.reasons.length === 0 ? '—' : r.reasons.map((x) => RATING_REASON_LABELS[x].zh).join('、')}</dd>
        <dt>意见 Text</dt><dd>{r.text || '—'}</dd>
        <dt>回访电话 Phone</dt><dd data-testid="rating-phone">{r.phone ?? '未留 None given'}</dd>
        <dt>渠道 Channel</dt><dd>{ch.zh}<small>{ch.en}</small></dd>
        <dt>时间 Rated</dt><dd>{atHall(r.at, tz)}{r.annulledAt && ` · 撤销于 ${atHall(r.annulledAt, tz)}`}</dd>
      </dl>
    </section>
  );
}

function Complaint({ c }: { c: NonNullable<FollowUpDetail['complaint']> }) {
  const cat = COMPLAINT_CATEGORY_LABELS[c.category];
  const ch = CHANNEL_WORDS[c.channel];
  return (
    <section class="card" data-testid="complaint">
      <h3>投诉 <small>The complaint</small></h3>
      <dl>
        <dt>类别 Category</dt><dd>{cat.zh}<small>{cat.en}</small></dd>
        <dt>内容 Text</dt><dd>{c.text}</dd>
        <dt>联系人 Contact</dt><dd>{[c.contactName, c.contactPhone].filter(Boolean).join(' · ') || '未留 None given'}</dd>
        <dt>渠道 Channel</dt><dd>{ch.zh}<small>{ch.en}</small></dd>
        <dt>时间 Filed</dt><dd>{atHall(c.at, useTz())}</dd>
      </dl>
    </section>
  );
}

function History({ f }: { f: FollowUpDetail }) {
  const tz = useTz();
  return (
    <section class="card" data-testid="follow-up-history">
      <h3>处理记录 <small>History</small></h3>
      <ol class="timeline">
        {f.steps.map((st, i) => {
          const known = actionOf(st.action);
          const a = known ? RECTIFICATION_ACTION_LABELS[known] : null;
          return (
            <li key={i} data-action={st.action}>
              <time>{atHall(st.at, tz)}</time>
              <strong>{a ? a.zh : '立项'}</strong> <small>{a ? a.en : 'Opened'}</small>
              <span class="to"> → {RECTIFICATION_STATUS_LABELS[st.toStatus].zh}</span>
              <div class="who">
                {st.actorName}{st.note && <>：{st.note}</>}
                {st.finding && <> · 结论 {FINDING_WORDS[st.finding].zh}</>}
                {st.consent !== null && <> · {st.consent ? '同意回访' : '不同意回访'}</>}
                {st.result && <> · 回访结果：{st.result}</>}
              </div>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

export function FollowUpPage() {
  const f = useBackOffice().state.followUp.value;
  if (!f) return null;
  return (
    <main class="page case-page" data-testid="follow-up-page" data-status={f.status} data-follow-up={f.id}>
      <Head f={f} />
      <div class="case-grid">
        <div class="col">
          {f.ticket && <Story t={f.ticket} />}
          {f.rating && <Rating r={f.rating} />}
          {f.complaint && <Complaint c={f.complaint} />}
        </div>
        <div class="col">
          <FollowUpSteps f={f} />
          <History f={f} />
        </div>
      </div>
    </main>
  );
}
