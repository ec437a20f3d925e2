/** Plain SVG bar charts (no chart library): one row per queue, labels in Chinese, values at the bar's end. */

export interface BarSeries {
  label: string;
  color: string;
  values: readonly (number | null)[];
}

const ROW = 26;
const LABEL_W = 190;
const CHART_W = 760;

/** Horizontal bars, one group per category, one bar per series; a legend above. */
export function BarChart({ title, categories, series, unit, testId }: {
  title: string; categories: readonly string[]; series: readonly BarSeries[]; unit: string; testId: string;
}) {
  const max = Math.max(1, ...series.flatMap((s) => s.values.map((v) => v ?? 0)));
  const group = ROW * series.length + 8;
  const height = 34 + group * categories.length;
  const scale = (CHART_W - LABEL_W - 70) / max;
  return (
    <figure class="chart" data-testid={testId}>
      <figcaption>{title}</figcaption>
      <svg viewBox={`0 0 ${CHART_W} ${height}`} width="100%" role="img" aria-label={title}>
        {series.map((s, i) => (
          <g key={s.label} transform={`translate(${LABEL_W + i * 150}, 8)`}>
            <rect width="14" height="14" fill={s.color} />
            <text x="20" y="12" font-size="13">{s.label}</text>
          </g>
        ))}
        {categories.map((c, ci) => (
          <g key={c} transform={`translate(0, ${34 + ci * group})`}>
            <text x={LABEL_W - 8} y={(ROW * series.length) / 2 + 5} text-anchor="end" font-size="14">{c}</text>
            {series.map((s, si) => {
              const v = s.values[ci] ?? null;
              const w = v === null ? 0 : Math.max(v > 0 ? 2 : 0, v * scale);
              return (
                <g key={s.label} transform={`translate(${LABEL_W}, ${si * ROW})`}>
                  <rect class="bar" width={w} height={ROW - 6} fill={s.color} rx="3" />
                  <text x={w + 6} y={ROW - 11} font-size="13">{v === null ? '—' : `${Math.round(v * 10) / 10}${unit}`}</text>
                </g>
              );
            })}
          </g>
        ))}
      </svg>
    </figure>
  );
}
