/** Pieces every 管理 form shares: a titled group of fields, and the save bar under the form. */
import type { ComponentChildren } from 'preact';

export function SettingsGroup({ title, children, testId, className }: { title: ComponentChildren; children: ComponentChildren; testId?: string; className?: string }) {
  return <fieldset class={className ? `settings-group ${className}` : 'settings-group'} data-testid={testId}><legend>{title}</legend>{children}</fieldset>;
}

/**
 * Save with the number of changed fields, then 已保存 once the server took it. `name` prefixes the
 * test ids (`<name>-save`, `<name>-saved`). Without `onSave` the button submits its form; `label`
 * (e.g. 创建 · Create) replaces the count and lets the button send with nothing changed.
 */
export function SaveBar({ name, busy, changed, done, onSave, label, className }: {
  name: string; busy: boolean; changed: number; done: boolean; onSave?: () => void; label?: string; className?: string;
}) {
  return (
    <div class={className ? `settings-actions ${className}` : 'settings-actions'}>
      <button type={onSave ? 'button' : 'submit'} class="btn primary" data-testid={`${name}-save`} onClick={onSave} disabled={busy || (label === undefined && changed === 0)}>
        {label ?? `保存 · Save${changed > 0 ? `（${changed} 项 · ${changed} changed）` : ''}`}
      </button>
      {done && <span class="tag ok" role="status" data-testid={`${name}-saved`}>已保存 · Saved</span>}
    </div>
  );
}
