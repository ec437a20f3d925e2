import { useConsole } from '../console-context.js';
import { levelCounts, satisfactionLine } from '../my-ratings.js';

/** Today's ratings of this clerk: how many of each level and the satisfaction rate; never who rated. */
export function MyRatings() {
  const r = useConsole().state.ratings.value;
  return (
    <section class="stats my-ratings" data-testid="my-ratings">
      <h3>今日评价 <small>Today's ratings</small> {r && <span class="rating-rate" data-testid="rating-rate">{satisfactionLine(r)}</span>}</h3>
      <dl class="rating-counts">
        {r
          ? levelCounts(r).map((c) => (
            <div key={c.level} data-level={c.level}><dt>{c.zh}<small>{c.en}</small></dt><dd data-testid={`rating-count-${c.level}`}>{c.count}</dd></div>
          ))
          : <div><dt>—</dt></div>}
      </dl>
    </section>
  );
}
