import { useConsole } from '../console-context.js';
import type { Dialog } from '../console-state.js';
import { Modal } from './modal.js';

/** Asked only before what cannot be undone (no-show, sign-off, takeover). Enter confirms, Esc cancels. */
export function ConfirmDialog({ d }: { d: Extract<Dialog, { kind: 'confirm' }> }) {
  const close = useConsole().actions.closeDialog;
  return (
    <Modal title={d.title} onCancel={close} testId="confirm-dialog">
      <p class="modal-body">{d.body}</p>
      <div class="modal-actions">
        <button type="button" class="btn" onClick={close}>取消 Cancel <kbd>Esc</kbd></button>
        <button type="button" class="btn btn-danger" autoFocus onClick={d.onConfirm} data-testid="confirm">
          {d.confirmLabel} <kbd>Enter</kbd>
        </button>
      </div>
    </Modal>
  );
}
