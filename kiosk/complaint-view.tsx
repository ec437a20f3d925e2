import { COMPLAINT_CATEGORIES } from '../contract/constants.js';
import { COMPLAINT_CATEGORY_LABELS } from '../common/rating-labels.js';
import { receiptText, type ComplaintForm, type ComplaintLink } from '../ui/complaint-form.js';

/** A small 投诉/建议 link that opens the form; after filing, the due date of the answer. */
export function ComplaintView({ form, link }: { form: ComplaintForm; link: ComplaintLink }) {
  const receipt = form.receipt.value;
  if (!form.showing.value) {
    return (
      <div class="complain-line">
        {receipt && <p class="complain-done" role="status" data-testid="complaint-receipt">{receiptText(receipt.dueDate).zh}<span class="en">{receiptText(receipt.dueDate).en}</span></p>}
        <button type="button" class="complain-link" data-testid="complaint-open" onClick={form.open}>投诉/建议 <span class="en">Complain</span></button>
      </div>
    );
  }
  if (receipt) {
    const t = receiptText(receipt.dueDate);
    return (
      <section class="rate-card complain" data-testid="complaint-form">
        <p class="rate-done" role="status" data-testid="complaint-receipt">{t.zh}<span class="en">{t.en}</span></p>
        <button type="button" class="track-btn" onClick={form.close}>关闭 <span class="en">Close</span></button>
      </section>
    );
  }
  const d = form.draft.value;
  return (
    <section class="rate-card complain" data-testid="complaint-form">
      <h2>投诉/建议 <span class="en">Complaint or suggestion</span></h2>
      <p class="rate-sub">类别 <span class="en">About</span></p>
      <div class="chips">
        {COMPLAINT_CATEGORIES.map((c) => (
          <button key={c} type="button" class={`chip${d.category === c ? ' on' : ''}`} aria-pressed={d.category === c} data-category={c}
            onClick={() => form.edit({ category: c })}>
            {COMPLAINT_CATEGORY_LABELS[c].zh}<span class="en">{COMPLAINT_CATEGORY_LABELS[c].en}</span>
          </button>
        ))}
      </div>
      <label class="rate-field">内容 <span class="en">What happened</span>
        <textarea rows={4} maxLength={1000} value={d.text} data-testid="complaint-text" onInput={(e) => form.edit({ text: e.currentTarget.value })} />
      </label>
      <label class="rate-field">姓名（可不填）<span class="en">Name (optional)</span>
        <input maxLength={50} value={d.name} data-testid="complaint-name" onInput={(e) => form.edit({ name: e.currentTarget.value })} />
      </label>
      <label class="rate-field">手机号（可不填）<span class="en">Phone (optional)</span>
        <input type="tel" inputMode="tel" maxLength={20} value={d.phone} data-testid="complaint-phone" onInput={(e) => form.edit({ phone: e.currentTarget.value })} />
      </label>
      {form.error.value && <p class="track-error" role="alert">{form.error.value.zh}<span class="en">{form.error.value.en}</span></p>}
      <div class="track-actions">
        <button type="button" class="track-btn primary" data-testid="complaint-submit" disabled={form.busy.value} onClick={() => void form.submit(link)}>
          提交 <span class="en">Send</span>
        </button>
        <button type="button" class="track-btn" onClick={form.close}>取消 <span class="en">Cancel</span></button>
      </div>
    </section>
  );
}
