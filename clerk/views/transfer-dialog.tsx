import { useState } from 'preact/hooks';
import { useConsole } from '../console-context.js';
import { Modal } from './modal.js';

/** 转移: pick the queue the visitor goes to; the ticket keeps its number and place in time. */
export function TransferDialog() {
  const { state: s, actions } = useConsole();
  const t = s.current.value;
  const [target, setTarget] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const close = actions.closeDialog;
  if (!t) return null;
  const waiting = new Map((s.hall.value?.queues ?? []).map((q) => [q.id, q.waiting]));
  const queues = (s.catalog.value?.queues ?? []).filter((q) => q.id !== t.queueId && q.open);

  const submit = async (e: Event) => {
    e.preventDefault();
    if (!target) return setProblem('请选择转入的队列 Choose the queue');
    setProblem(await actions.transfer(target));
  };

  return (
    <Modal title={`转移 ${t.number} Transfer`} onCancel={close} testId="transfer-dialog" wide>
      <form onSubmit={submit}>
        <p class="modal-hint">一票到底：号码不变，保留原取号时间排队 / Same number, keeps its place in time. ↑↓ 选择 choose, Enter 确认 confirm.</p>
        <div class="queue-choices" role="radiogroup" aria-label="转入队列 Target queue">
          {queues.map((q, i) => (
            <label key={q.id} class={target === q.id ? 'queue-choice chosen' : 'queue-choice'}>
              <input type="radio" name="queue" value={q.id} checked={target === q.id} autoFocus={i === 0}
                onChange={() => { setTarget(q.id); setProblem(null); }} />
              <span class="queue-prefix">{q.prefix}</span>
              <span class="queue-names"><b>{q.name}</b><small>{q.nameEn}</small></span>
              <span class="queue-waiting">{waiting.get(q.id) ?? 0} 人等候</span>
            </label>
          ))}
        </div>
        {problem && <p class="form-problem" role="alert">{problem}</p>}
        <div class="modal-actions">
          <button type="button" class="btn" onClick={close}>取消 Cancel <kbd>Esc</kbd></button>
          <button type="submit" class="btn btn-primary" disabled={s.busy.value !== null} data-testid="transfer-submit">确认转移 Transfer <kbd>Enter</kbd></button>
        </div>
      </form>
    </Modal>
  );
}
