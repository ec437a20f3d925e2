import { useRef, useState } from 'preact/hooks';
import { PAUSE_REASON_LABELS } from '../../common/labels.js';
import { PAUSE_REASONS, type PauseReason } from '../../contract/constants.js';
import { useConsole } from '../console-context.js';
import { Modal } from './modal.js';

const NOTE_MAX = 100;

const isTyping = (t: EventTarget | null): boolean => t instanceof HTMLInputElement && t.type === 'text';

/**
 * 暂停原因: why the window pauses (logged for attendance, shown on the supervisors' board).
 * Keys 1–6 choose unless typing the note, Enter confirms, Esc cancels and nothing is sent.
 */
export function PauseDialog() {
  const { state: s, actions } = useConsole();
  const [reason, setReason] = useState<PauseReason | null>(null);
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);

  const choose = (r: PauseReason) => {
    setReason(r);
    setProblem(null);
    // Focus follows the choice, so the highlighted tile and the focused one are the same.
    formRef.current?.querySelector<HTMLInputElement>(`input[name=pause-reason][value="${r}"]`)?.focus();
  };
  const submit = async () => {
    if (s.busy.value !== null) return;
    if (!reason) return setProblem('请选择暂停原因 Choose a reason');
    setProblem(await actions.pause(reason, note));
  };
  const onKey = (e: KeyboardEvent) => {
    const i = PAUSE_REASONS.findIndex((_, n) => e.key === String(n + 1) || e.code === `Numpad${n + 1}`);
    const hit = PAUSE_REASONS[i];
    if (hit && !isTyping(e.target) && !e.ctrlKey && !e.altKey) {
      e.preventDefault();
      choose(hit);
    } else if (e.key === 'Enter' && !(e.target instanceof HTMLButtonElement)) {
      e.preventDefault();
      void submit();
    }
  };

  return (
    <Modal title="暂停原因 Why pause?" onCancel={actions.closeDialog} testId="pause-dialog">
      <form ref={formRef} onSubmit={(e) => { e.preventDefault(); void submit(); }} onKeyDown={onKey}>
        <p class="modal-hint">暂停后不再呼叫，原因记入考勤 / No calls while paused; the reason goes in the attendance log. 按 1–6 选择 press 1–6.</p>
        <div class="pause-reasons" role="radiogroup" aria-label="暂停原因 Reason">
          {PAUSE_REASONS.map((r, i) => (
            <label key={r} class={reason === r ? 'outcome pause-reason chosen' : 'outcome pause-reason'} data-reason={r}>
              <input type="radio" name="pause-reason" value={r} checked={reason === r} autoFocus={i === 0} onChange={() => choose(r)} />
              <kbd>{i + 1}</kbd>
              <span><b>{PAUSE_REASON_LABELS[r].zh}</b><small>{PAUSE_REASON_LABELS[r].en}</small></span>
            </label>
          ))}
        </div>
        <label class="field">
          <span>{reason === 'other' ? '请说明 Please say why' : '说明（选填）Note (optional)'}</span>
          <input type="text" name="pause-note" maxLength={NOTE_MAX} value={note} data-testid="pause-note"
            onInput={(e) => { setNote(e.currentTarget.value); setProblem(null); }} />
        </label>
        {problem && <p class="form-problem" role="alert">{problem}</p>}
        <div class="modal-actions">
          <button type="button" class="btn" onClick={actions.closeDialog}>取消 Cancel <kbd>Esc</kbd></button>
          <button type="submit" class="btn btn-primary" disabled={s.busy.value !== null} data-testid="pause-submit">确认暂停 Pause <kbd>Enter</kbd></button>
        </div>
      </form>
    </Modal>
  );
}
