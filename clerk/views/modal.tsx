import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

interface Props {
  title: string;
  /** Esc or the cancel button. */
  onCancel: () => void;
  wide?: boolean;
  testId: string;
  children: ComponentChildren;
}

/**
 * A native modal <dialog>: the page behind is inert (no stray click or Tab reaches the pad),
 * Esc cancels, and focus lands on the element marked autofocus.
 */
export function Modal({ title, onCancel, wide, testId, children }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
    return () => { if (d?.open) d.close(); };
  }, []);
  return (
    <dialog ref={ref} class={wide ? 'modal modal-wide' : 'modal'} data-testid={testId} aria-label={title}
      onCancel={(e) => { e.preventDefault(); onCancel(); }}>
      <h2 class="modal-title">{title}</h2>
      {children}
    </dialog>
  );
}
