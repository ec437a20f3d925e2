import type { WaitingRow } from './hall-view.js';

/** Waiting count per queue, keyed by the prefix printed on the slip (A, B, …). */
export function WaitingBoard({ rows }: { rows: readonly WaitingRow[] }) {
  const total = rows.reduce((n, r) => n + r.waiting, 0);
  return (
    <section class="waiting">
      <h2 class="section-label">
        等候人数 <span class="en">Waiting</span>
        <span class="waiting__total">共 {total} 人</span>
      </h2>
      <ul class="waiting__list">
        {rows.map((r) => (
          <li key={r.queueId} class="waiting__row" data-queue={r.queueId}>
            <span class="waiting__prefix">{r.prefix}</span>
            <span class="waiting__name" title={r.nameEn}>{r.name}</span>
            <span class={`waiting__count${r.waiting === 0 ? ' is-zero' : ''}`} data-waiting={r.waiting}>{r.waiting}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
