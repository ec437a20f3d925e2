import { stats } from '../store.js';

/** The clerk's own figures for today. */
export function TodayStats() {
  const s = stats.value;
  const avg = s?.averageServiceMinutes;
  return (
    <section class="stats" data-testid="stats">
      <h3>今日 <small>Today</small></h3>
      <dl>
        <div><dt>办结 Served</dt><dd data-testid="stat-served">{s?.served ?? '—'}</dd></div>
        <div><dt>过号 No-shows</dt><dd data-testid="stat-no-shows">{s?.noShows ?? '—'}</dd></div>
        <div><dt>转出 Transferred</dt><dd data-testid="stat-transferred">{s?.transferred ?? '—'}</dd></div>
        <div><dt>平均办理 Avg.</dt><dd>{avg === null || avg === undefined ? '—' : `${avg} 分钟`}</dd></div>
      </dl>
    </section>
  );
}
