import { useState } from 'preact/hooks';
import { COMPLAINT_CATEGORIES } from '../../contract/constants.js';
import { COMPLAINT_CATEGORY_LABELS } from '../../common/rating-labels.js';
import { receiptText } from '../../ui/complaint-form.js';
import { useConsole } from '../console-context.js';
import { complaintSubject } from '../my-ratings.js';
import { Modal } from './modal.js';

/** 投诉登记: the desk enters a visitor's complaint; it may be about the ticket at the window or the one just finished. */
export function ComplaintDialog() {
  const { state: s, actions, complaint: form } = useConsole();
  const subject = complaintSubject(s.current.value, s.lastServed.value);
  const [about, setAbout] = useState(false);
  const d = form.draft.value;
  const receipt = form.receipt.value;
  return (
    <Modal title="投诉登记 Complaint" onCancel={actions.closeDialog} testId="complaint-dialog">
      {receipt ? (
        <p class="notice notice-ok" role="status" data-testid="complaint-receipt">{receiptText(receipt.dueDate).zh} <small>{receiptText(receipt.dueDate).en}</small></p>
      ) : (
        <form class="complaint-form" onSubmit={(e) => { e.preventDefault(); void actions.fileComplaint(about); }}>
          <p class="modal-hint">类别 Category</p>
          <div class="chips">
            {COMPLAINT_CATEGORIES.map((c) => (
              <button key={c} type="button" class={`chip${d.category === c ? ' chip-on' : ''}`} aria-pressed={d.category === c} data-category={c}
                onClick={() => form.edit({ category: c })}>{COMPLAINT_CATEGORY_LABELS[c].zh} <small>{COMPLAINT_CATEGORY_LABELS[c].en}</small></button>
            ))}
          </div>
          <textarea class="wide-input" rows={4} maxLength={1000} value={d.text} autoFocus data-testid="complaint-text"
            placeholder="投诉内容 What happened" onInput={(e) => form.edit({ text: e.currentTarget.value })} />
          <div class="complaint-contact">
            <input type="text" maxLength={50} value={d.name} placeholder="联系人（可不填）Name" data-testid="complaint-name" onInput={(e) => form.edit({ name: e.currentTarget.value })} />
            <input type="tel" maxLength={20} value={d.phone} placeholder="联系电话（可不填）Phone" data-testid="complaint-phone" onInput={(e) => form.edit({ phone: e.currentTarget.value })} />
          </div>
          {subject && (
            <label class="complaint-about">
              <input type="checkbox" checked={about} data-testid="complaint-about" onChange={(e) => setAbout(e.currentTarget.checked)} /> {subject.label}
            </label>
          )}
          {form.error.value && <p class="form-problem" role="alert">{form.error.value.zh} {form.error.value.en}</p>}
          <div class="modal-actions">
            <button type="button" class="btn" onClick={actions.closeDialog}>取消 Cancel <kbd>Esc</kbd></button>
            <button type="submit" class="btn btn-primary" disabled={form.busy.value} data-testid="complaint-submit">登记 File</button>
          </div>
        </form>
      )}
      {receipt && <div class="modal-actions"><button type="button" class="btn" onClick={actions.closeDialog}>关闭 Close</button></div>}
    </Modal>
  );
}
