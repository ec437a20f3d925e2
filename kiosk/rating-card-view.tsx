import { RATING_REASONS } from '../contract/constants.js';
import { RATING_LEVEL_LABELS, RATING_REASON_LABELS } from '../common/rating-labels.js';
import type { Bilingual } from '../common/labels.js';
import { LEVEL_ORDER, asksWhy, closedText, ratedText, ratingCardView } from './rating-card.js';
import type { RatingCard } from './rating-card-store.js';

function ErrorLine({ text }: { text: Bilingual | null }) {
  return text && <p class="track-error" role="alert" data-testid="rating-error">{text.zh}<span class="en">{text.en}</span></p>;
}

/** 请对本次服务评价: the five levels as on the pad, reasons and a call-back number for the bad two. */
export function RatingCardView({ card, title }: { card: RatingCard; title: Bilingual }) {
  const view = ratingCardView(card.status.value);
  if (view.kind === 'hidden') return null;
  if (view.kind === 'rated' || view.kind === 'closed') {
    const t = view.kind === 'rated' ? ratedText(view.level) : closedText(view.until);
    return (
      <section class="rate-card" data-testid="rating-card" data-state={view.kind}>
        <ErrorLine text={card.error.value} />
        <p class="rate-done" data-testid="rating-answer">{t.zh}<span class="en">{t.en}</span></p>
      </section>
    );
  }
  const d = card.draft.value;
  return (
    <section class="rate-card" data-testid="rating-card" data-state="form">
      <h2>{title.zh}<span class="en">{title.en}</span></h2>
      <div class="rate-levels" role="radiogroup">
        {LEVEL_ORDER.map((l) => (
          <button key={l} type="button" role="radio" aria-checked={d.level === l} class={`rate-level l${l}${d.level === l ? ' on' : ''}`}
            data-level={l} onClick={() => card.pick(l)}>
            {RATING_LEVEL_LABELS[l].zh}<span class="en">{RATING_LEVEL_LABELS[l].en}</span>
          </button>
        ))}
      </div>
      {asksWhy(d.level) && (
        <div class="rate-why">
          <p class="rate-sub">哪里不满意？（可多选）<span class="en">What went wrong? (any)</span></p>
          <div class="chips">
            {RATING_REASONS.map((r) => (
              <button key={r} type="button" class={`chip${d.reasons.includes(r) ? ' on' : ''}`} aria-pressed={d.reasons.includes(r)}
                data-reason={r} onClick={() => card.toggleReason(r)}>
                {RATING_REASON_LABELS[r].zh}<span class="en">{RATING_REASON_LABELS[r].en}</span>
              </button>
            ))}
          </div>
          <label class="rate-field">希望回访请留手机号（可不填）<span class="en">Phone for a call-back (optional)</span>
            <input type="tel" inputMode="tel" maxLength={20} value={d.phone} data-testid="rating-phone"
              onInput={(e) => card.edit({ phone: e.currentTarget.value })} />
          </label>
        </div>
      )}
      {d.level !== null && (
        <label class="rate-field">补充说明（可不填）<span class="en">Comment (optional)</span>
          <textarea rows={2} maxLength={500} value={d.text} data-testid="rating-text" onInput={(e) => card.edit({ text: e.currentTarget.value })} />
        </label>
      )}
      <ErrorLine text={card.error.value} />
      <button type="button" class="track-btn primary" data-testid="rating-submit" disabled={d.level === null || card.busy.value}
        onClick={() => void card.submit()}>
        提交评价 <span class="en">Send rating</span>
      </button>
    </section>
  );
}
