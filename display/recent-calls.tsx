import type { CallDto } from '../contract/dto.js';

/** The calls before the newest one: ticket → window, newest first. */
export function RecentCalls({ calls }: { calls: readonly CallDto[] }) {
  return (
    <section class="recent">
      <h2 class="section-label">最近呼叫 <span class="en">Recent calls</span></h2>
      <ol class="recent__list">
        {calls.map((c) => (
          <li key={c.number} class="recent__item" data-ticket={c.number}>
            <span class="recent__ticket">{c.number}</span>
            <span class="recent__arrow" aria-hidden="true">→</span>
            <span class="recent__window"><b>{c.windowNumber}</b> 号窗口</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
