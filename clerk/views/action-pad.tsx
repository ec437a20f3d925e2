import { ACTIONS, type ActionId } from '../actions.js';
import { useConsole } from '../console-context.js';
import { actionLabel } from '../labels.js';
import { shortcutOf } from '../shortcuts.js';

const TONE: Record<ActionId, string> = {
  'call-next': 'primary', recall: 'plain', start: 'go', finish: 'go', 'no-show': 'warn', transfer: 'plain', 'pause-resume': 'plain', 'sign-off': 'quiet',
};

/** The caller pad: eight big buttons, each with its key, and the reason when it is off. */
export function ActionPad() {
  const { state: s, actions } = useConsole();
  const a = s.pad.value;
  const paused = s.win.value?.state === 'paused';
  const t = s.current.value;
  return (
    <nav class="pad" aria-label="操作 Actions">
      {ACTIONS.map((id) => {
        const label = actionLabel(id, paused);
        const key = shortcutOf(id);
        const extra = id === 'recall' && t ? `${t.callCount}/${t.recallLimit}` : null;
        return (
          <button key={id} type="button" class={`pad-btn pad-${TONE[id]}`} disabled={!a[id].enabled} title={a[id].why ?? undefined}
            data-action={id} aria-busy={s.busy.value === id}
            onClick={(e) => {
              // A mouse click leaves no focus behind, so Enter or Space later cannot repeat it.
              if (e.detail > 0) e.currentTarget.blur();
              actions.trigger(id);
            }}>
            <kbd class="pad-key">{key?.label}</kbd>
            <span class="pad-zh">{s.busy.value === id ? '处理中…' : label.zh}{extra && <span class="pad-count" data-testid="recall-count"> {extra}</span>}</span>
            <span class="pad-en">{label.en}</span>
          </button>
        );
      })}
    </nav>
  );
}
