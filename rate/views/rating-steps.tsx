import { RATING_LEVELS, RATING_REASONS } from '../../contract/constants.js';
import { RATING_LEVEL_LABELS, RATING_REASON_LABELS, isBadRating } from '../../common/rating-labels.js';
import { usePad } from '../pad-context.js';

/**
 * The five levels, 非常满意 first (5 → 1). Each button's text is exactly the level's label (checks
 * outside the project find the buttons by it); the English line is drawn by CSS from data-en.
 */
export function LevelButtons() {
  const store = usePad();
  const busy = store.phase.value === 'sending';
  return (
    <div class="pad-levels">
      {RATING_LEVELS.map((level) => (
        <button key={level} type="button" class={`pad-level pad-level--${level}${isBadRating(level) ? ' pad-level--bad' : ''}`}
          data-level={level} data-en={RATING_LEVEL_LABELS[level].en} aria-label={RATING_LEVEL_LABELS[level].zh} disabled={busy} onClick={() => void store.choose(level)}>
          {RATING_LEVEL_LABELS[level].zh}
        </button>
      ))}
      <ProblemLine />
    </div>
  );
}

/** A bad rating: what went wrong (several may), a few words, a phone number for the call-back. */
export function ReasonsStep() {
  const store = usePad();
  const f = store.form.value;
  if (!f) return null;
  const busy = store.phase.value === 'sending';
  return (
    <div class="pad-reasons">
      <p class="pad-reasons__chosen">
        {RATING_LEVEL_LABELS[f.level].zh}<span lang="en">{RATING_LEVEL_LABELS[f.level].en}</span>
      </p>
      <p class="pad-reasons__ask">请选择原因（可多选）<span lang="en">What went wrong? (choose any)</span></p>
      <div class="pad-chips">
        {RATING_REASONS.map((r) => (
          <button key={r} type="button" class="pad-chip" aria-pressed={f.reasons.includes(r)} data-reason={r}
            disabled={busy} onClick={() => store.toggleReason(r)}>
            {RATING_REASON_LABELS[r].zh}<span lang="en">{RATING_REASON_LABELS[r].en}</span>
          </button>
        ))}
      </div>
      <label class="pad-field">
        <span>补充说明（选填）<span lang="en">More (optional)</span></span>
        <textarea rows={2} maxLength={500} value={f.text} disabled={busy} onInput={(e) => store.setText(e.currentTarget.value)} />
      </label>
      <label class="pad-field">
        <span>联系电话，便于回访（选填）<span lang="en">Phone for a call-back (optional)</span></span>
        <input type="tel" inputMode="numeric" autoComplete="off" maxLength={20} value={f.phone} disabled={busy}
          onInput={(e) => store.setPhone(e.currentTarget.value)} />
      </label>
      <ProblemLine />
      <div class="pad-actions">
        <button type="button" class="pad-back" disabled={busy} onClick={() => store.back()}>返回<span lang="en">Back</span></button>
        <button type="button" class="pad-submit" disabled={busy} onClick={() => void store.submit()}>提交<span lang="en">Submit</span></button>
      </div>
    </div>
  );
}

function ProblemLine() {
  const p = usePad().problem.value;
  return p ? <p class="pad-problem" role="alert">{p.zh}<span lang="en">{p.en}</span></p> : null;
}

/** 谢谢您的评价, or why the rating was not taken; the pad is idle again a few seconds later. */
export function ResultLine() {
  const store = usePad();
  const p = store.problem.value;
  return (
    <main class="pad-main pad-main--result">
      {store.phase.value === 'thanks' || !p
        ? <p class="pad-thanks">谢谢您的评价<span lang="en">Thank you for your feedback</span></p>
        : <p class="pad-problem pad-problem--final" role="status">{p.zh}<span lang="en">{p.en}</span></p>}
    </main>
  );
}
