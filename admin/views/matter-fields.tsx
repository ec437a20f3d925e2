/** Labelled inputs of the catalogue editors; `off` disables them (supervisors read only). */
import type { ComponentChildren } from 'preact';

interface Base { label: ComponentChildren; off: boolean; name?: string; wide?: boolean }

export function TextIn({ label, value, set, off, name, wide, placeholder }: Base & { value: string; set: (v: string) => void; placeholder?: string }) {
  return (
    <label class={`field${wide ? ' wide' : ''}`}>{label}
      <input type="text" name={name} value={value} disabled={off} placeholder={placeholder} onInput={(e) => set(e.currentTarget.value)} />
    </label>
  );
}

export function AreaIn({ label, value, set, off, name, wide }: Base & { value: string; set: (v: string) => void }) {
  return (
    <label class={`field${wide ? ' wide' : ''}`}>{label}
      <textarea name={name} rows={2} value={value} disabled={off} onInput={(e) => set(e.currentTarget.value)} />
    </label>
  );
}

/** A whole number; with `optional` a cleared box is null ("none", "the hall's"). */
export function NumIn({ label, value, set, off, name, min = 0, optional = false, placeholder }: Base & {
  value: number | null; set: (v: number | null) => void; min?: number; optional?: boolean; placeholder?: string;
}) {
  return (
    <label class="field">{label}
      <input type="number" name={name} min={min} inputMode="numeric" value={value ?? ''} disabled={off} placeholder={placeholder}
        onInput={(e) => {
          if (e.currentTarget.value.trim() === '' && optional) { set(null); return; }
          const n = e.currentTarget.valueAsNumber;
          if (Number.isFinite(n)) set(n);
        }} />
    </label>
  );
}

export function ChoiceIn<T extends string>({ label, value, set, off, name, options }: Base & {
  value: T; set: (v: T) => void; options: readonly (readonly [T, string])[];
}) {
  return (
    <label class="field">{label}
      <select name={name} value={value} disabled={off}
        onChange={(e) => { const v = options.find(([k]) => k === e.currentTarget.value); if (v) set(v[0]); }}>
        {options.map(([k, text]) => <option key={k} value={k}>{text}</option>)}
      </select>
    </label>
  );
}

export function CheckIn({ label, value, set, off, name }: Base & { value: boolean; set: (v: boolean) => void }) {
  return (
    <label class="check">
      <input type="checkbox" name={name} checked={value} disabled={off} onChange={(e) => set(e.currentTarget.checked)} /> {label}
    </label>
  );
}

/** A refusal's lines as a list (a single line as a paragraph). */
export function Problems({ lines, testId }: { lines: readonly string[] | null; testId: string }) {
  if (!lines || lines.length === 0) return null;
  return (
    <div class="problem" role="alert" data-testid={testId}>
      {lines.length === 1 ? <p>{lines[0]}</p> : (
        <>
          <p><strong>未保存，有 {lines.length} 处问题 · Not saved: {lines.length} problem(s)</strong></p>
          <ul>{lines.map((l, i) => <li key={i}>{l}</li>)}</ul>
        </>
      )}
    </div>
  );
}
