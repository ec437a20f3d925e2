import { useConsole } from '../console-context.js';

/** The clerk's own figures for today. */
export function TodayStats() {
  const s = useConsole().state.stats.value;
  const avg = s?.averageServiceMinutes;
  return (
    <section class="stats" data-testid="stats">
      <h3>今日 <small>Today</small></h3>
      <dl>
        <div><dt>办结<small>Served</small></dt><dd data-testid="stat-served">{s?.served ?? '—'}</dd></div>
        <div><dt>过号<small>No-shows</small></dt><dd data-testid="stat-no-shows">{s?.noShows ?? '—'}</dd></div>
        <div><dt>转出<small>Transferred</small></dt><dd data-testid="stat-transferred">{s?.transferred ?? '—'}</dd></div>
        <div><dt>平均办理<small>Avg. minutes</small></dt><dd data-testid="stat-average">{avg === null || avg === undefined ? '—' : avg}</dd></div>
      </dl>
    </section>
  );
}
