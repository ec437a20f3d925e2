/** The range at a glance: arrivals and waits by hour, ratings over days, windows' occupancy — plain SVG (charts.tsx). */
import type { Overview } from '../reports-store.js';
import { BarChart, ColumnChart } from './charts.js';
import { CsvButton } from './csv-button.js';

const hourLabel = (p: string | null) => (p === null ? '' : `${p}时`);
const pct = (x: number | null) => (x === null ? null : Math.round(x * 100));

export function OverviewCharts({ overview }: { overview: Overview }) {
  const { hours, days, occupancy } = overview;
  const staffed = occupancy.filter((w) => w.occupancy !== null);
  const rated = days.filter((d) => d.rated > 0);
  return (
    <section class="overview" data-testid="overview">
      <h2>概览 <span>At a glance</span></h2>
      {hours.length === 0 ? <p class="muted">所选日期没有取号 · No tickets in this range</p> : (
        <div class="charts">
          <ColumnChart testId="chart-arrivals" title="各时段取号量（到达）Arrivals per hour" unit=""
            categories={hours.map((h) => hourLabel(h.period))} series={[{ label: '取号 Issued', color: '#0d47a1', values: hours.map((h) => h.issued) }]} />
          <ColumnChart testId="chart-hour-waits" title="各时段等候（分钟，按取号时段）Waits per hour of arrival (min)" unit=""
            categories={hours.map((h) => hourLabel(h.period))} series={[
              { label: '平均 Mean', color: '#42a5f5', values: hours.map((h) => h.waitMeanMin) },
              { label: 'P90', color: '#ef6c00', values: hours.map((h) => h.waitP90Min) },
            ]} />
        </div>
      )}
      <div class="charts">
        {rated.length === 0 ? <p class="muted" data-testid="chart-ratings-empty">所选日期没有评价 · No ratings in this range</p> : (
          <ColumnChart testId="chart-ratings" title="每日满意率（%）与评价数 Satisfaction per day (%) and ratings" unit=""
            categories={rated.map((d) => (d.period ?? '').slice(5))} series={[
              { label: '满意率 % Satisfied', color: '#2e7d32', values: rated.map((d) => pct(d.satisfactionRate)) },
              { label: '评价数 Rated', color: '#9e9e9e', values: rated.map((d) => d.rated) },
            ]} />
        )}
        {staffed.length === 0 ? <p class="muted">所选日期没有窗口上岗 · No window was staffed in this range</p> : (
          <BarChart testId="chart-occupancy" scaleMax={100} title="窗口占用率（%，办理时长 ÷ 在岗未暂停时长）Window occupancy (%)" unit="%"
            categories={staffed.map((w) => w.name)} series={[{ label: '占用率 Occupancy', color: '#6a1b9a', values: staffed.map((w) => pct(w.occupancy)) }]} />
        )}
      </div>
      {staffed.length > 0 && (
        <CsvButton name="window-occupancy" testId="occupancy-csv" table={() => ({
          header: ['窗口 Window', '名称 Name', '在岗分钟 Staffed min', '暂停分钟 Paused min', '办理分钟 Serving min', '占用率 Occupancy'],
          rows: occupancy.map((w) => [w.number, w.name, w.signedInMin, w.pausedMin, w.servingMin, w.occupancy]),
        })} />
      )}
    </section>
  );
}
