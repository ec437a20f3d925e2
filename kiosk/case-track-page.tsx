import { useState } from 'preact/hooks';
import type { CaseTrackDto } from '../contract/dto.js';
import { DELIVERY_METHOD_LABELS } from '../common/case-labels.js';
import { DOCUMENT_TITLES } from '../common/document-titles.js';
import { DEFAULT_TIME_ZONE, hallDateTime } from '../common/hall-time.js';
import { deadlineText, eventLabel, statusLine, stepIndicator } from './case-track-text.js';
import { isRateable, type CaseTrackStore } from './case-track-store.js';
import { ComplaintView } from './complaint-view.js';
import { RatingCardView } from './rating-card-view.js';

function Steps({ track }: { track: CaseTrackDto }) {
  const { steps, aside } = stepIndicator(track.status, track.delivery.method);
  // What the back office asked for is in the newest supplement request's note.
  const asked = aside?.kind === 'supplement' ? [...track.timeline].reverse().find((e) => e.type === 'supplement-requested')?.note : undefined;
  return (
    <section class="ct-steps-box">
      <ol class="ct-steps" data-testid="case-steps">
        {steps.map((s) => (
          <li key={s.label.zh} class={`ct-step ${s.state}`} data-state={s.state}>
            <span class="dot" aria-hidden="true" />
            <span class="ct-step-label">{s.label.zh}<span class="en">{s.label.en}</span></span>
          </li>
        ))}
      </ol>
      {aside && (
        <div class={`ct-aside ${aside.kind}`} role="status" data-testid="case-aside">
          <p>{aside.text.zh}<span class="en">{aside.text.en}</span></p>
          {asked && <p class="ct-asked">{asked}</p>}
        </div>
      )}
    </section>
  );
}

function Pickup({ track }: { track: CaseTrackDto }) {
  if (track.delivery.method === 'mail') {
    return (
      <section class="ct-card" data-testid="case-delivery">
        <h2>{DELIVERY_METHOD_LABELS.mail.zh} <span class="en">{DELIVERY_METHOD_LABELS.mail.en}</span></h2>
        {track.delivery.address && <p>寄往 <span class="en-inline">To</span> {track.delivery.address}</p>}
        {track.carrier && <p data-testid="case-tracking-number">{track.carrier} · 运单号 <strong>{track.trackingNumber}</strong></p>}
        {!track.carrier && <p class="ct-muted">结果办结后寄出，届时在此显示快递单号。<span class="en">The tracking number appears here once it is sent.</span></p>}
      </section>
    );
  }
  return (
    <section class="ct-card" data-testid="case-delivery">
      <h2>领取结果 <span class="en">Collecting the result</span></h2>
      <p>地点：综合出件窗口。到大厅后在自助机选择“领取结果”，输入办件编号或扫描通知书二维码取号。<span class="en">At the results window: take a ticket at a kiosk with 领取结果 (Collect a result) and your case number or the QR code.</span></p>
      {track.whatToBring.length > 0 && (
        <>
          <p class="ct-sub">请携带 <span class="en">Please bring</span></p>
          <ul class="ct-bring">{track.whatToBring.map((w) => <li key={w}>{w}</li>)}</ul>
        </>
      )}
    </section>
  );
}

function Documents({ track }: { track: CaseTrackDto }) {
  if (track.documents.length === 0) return null;
  return (
    <section class="ct-card">
      <h2>文书 <span class="en">Documents</span></h2>
      <ul class="ct-docs">
        {track.documents.map((d) => (
          <li key={d.number}><a href={d.url} data-testid="case-document">{DOCUMENT_TITLES[d.kind].title} {d.number}<span class="en">{DOCUMENT_TITLES[d.kind].titleEn}</span></a></li>
        ))}
      </ul>
    </section>
  );
}

function Timeline({ track }: { track: CaseTrackDto }) {
  return (
    <section class="ct-card">
      <h2>办理记录 <span class="en">Timeline</span></h2>
      <ol class="ct-timeline" data-testid="case-timeline">
        {[...track.timeline].reverse().map((e, i) => {
          const label = eventLabel(e);
          return (
            <li key={`${e.at}-${i}`}>
              <time>{hallDateTime(Date.parse(e.at), track.timeZone || DEFAULT_TIME_ZONE)}</time>
              <span>{label.zh}<span class="en">{label.en}</span></span>
              {e.note && <span class="ct-note">{e.note}</span>}
            </li>
          );
        })}
      </ol>
    </section>
  );
}

/** Withdrawing takes two taps and can say why; after a decision the button is gone. */
function Withdraw({ store }: { store: CaseTrackStore }) {
  const [reason, setReason] = useState('');
  if (!store.confirming.value) {
    return <button type="button" class="track-btn" data-testid="case-withdraw" onClick={store.askWithdraw}>撤回申请 <span class="en">Withdraw the application</span></button>;
  }
  return (
    <div class="track-confirm" role="alertdialog" data-testid="case-withdraw-confirm">
      <p>确定撤回申请吗？撤回后办理终止，需重新申请。<span class="en">Withdraw? The case ends and you would have to apply again.</span></p>
      <label class="ct-reason">撤回原因（可不填） <span class="en">Reason (optional)</span>
        <textarea maxLength={500} rows={2} value={reason} onInput={(e) => setReason(e.currentTarget.value)} />
      </label>
      {store.withdrawError.value && <p class="track-error" role="alert">撤回失败，请刷新后重试 <span class="en">Could not withdraw; refresh and try again</span></p>}
      <div class="track-actions">
        <button type="button" class="track-btn danger" data-testid="case-withdraw-yes" onClick={() => void store.confirmWithdraw(reason)}>确定撤回 <span class="en">Yes, withdraw</span></button>
        <button type="button" class="track-btn" onClick={store.keep}>不撤回 <span class="en">Keep it</span></button>
      </div>
    </div>
  );
}

/** A case from acceptance to pickup on the visitor's phone. */
export function CaseTrackPage({ store }: { store: CaseTrackStore }) {
  const load = store.load.value;
  if (load.kind === 'loading') return <main class="track"><p class="track-loading" role="status">加载中… Loading…</p></main>;
  if (load.kind === 'missing') return <main class="track"><p class="track-missing" role="alert">找不到这个办件<br /><span class="en">Case not found</span></p></main>;
  const t = load.track;
  const status = statusLine(t.status, t.delivery.method);
  const deadline = deadlineText(t);
  return (
    <main class="track case-track" data-case={t.number}>
      <h1 class="track-hall">{t.hallName}</h1>
      <section class="track-card">
        <p class="track-label">办件编号 <span class="en">Case number</span></p>
        <p class="ct-number" data-testid="case-number">{t.number}</p>
        <p class="track-queue">{t.matterName} <span class="en">{t.matterNameEn}</span></p>
        <p class="ct-applicant">申请人 {t.applicantName}</p>
        <p class="track-status" data-testid="case-status" data-status={t.status}>{status.zh}<span class="en">{status.en}</span></p>
        <p class={`ct-deadline ${deadline.tone}`} data-testid="case-deadline">{deadline.zh}<span class="en">{deadline.en}</span></p>
      </section>
      <Steps track={t} />
      {store.fetchFailed.value && <p class="track-live disconnected" role="status">○ 暂时无法刷新，稍后自动重试 <span class="en">Could not refresh; retrying</span></p>}
      {t.mayWithdraw && <Withdraw store={store} />}
      {isRateable(t.status) && <RatingCardView card={store.rating} title={{ zh: '请对本次办件评价', en: 'How was the handling of your case?' }} />}
      {t.status !== 'withdrawn' && <Pickup track={t} />}
      <Documents track={t} />
      <Timeline track={t} />
      <ComplaintView form={store.complaint} link={{ caseToken: store.token }} />
    </main>
  );
}
