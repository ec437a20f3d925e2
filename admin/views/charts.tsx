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
export function BarChart({ title, categories, series, unit, testId, scaleMax }: {
  title: string; categories: readonly string[]; series: readonly BarSeries[]; unit: string; testId: string;
  /** A fixed full scale (100 for percentages), so 7% does not look full. */
  scaleMax?: number;
}) {
  const max = scaleMax ?? Math.max(1, ...series.flatMap((s) => s.values.map((v) => v ?? 0)));
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

const COL_W = 46;
const COL_H = 180;

/** Vertical columns over time (hours, days): one column per category and series, the value on top; an optional line series on the same categories. */
export function ColumnChart({ title, categories, series, unit, testId }: {
  title: string; categories: readonly string[]; series: readonly BarSeries[]; unit: string; testId: string;
}) {
  const max = Math.max(1, ...series.flatMap((s) => s.values.map((v) => v ?? 0)));
  const group = COL_W * series.length + 14;
  const width = Math.max(360, 50 + group * categories.length);
  const top = 48;
  const scale = COL_H / max;
  return (
    <figure class="chart" data-testid={testId}>
      <figcaption>{title}</figcaption>
      {/* Never drawn larger than life: a few columns stay at their size instead of swelling to the card's width. */}
      <svg viewBox={`0 0 ${width} ${top + COL_H + 40}`} width="100%" style={{ maxWidth: `${width}px` }} role="img" aria-label={title}>
        {series.map((s, i) => (
          <g key={s.label} transform={`translate(${20 + i * 170}, 8)`}>
            <rect width="14" height="14" fill={s.color} />
            <text x="20" y="12" font-size="13">{s.label}</text>
          </g>
        ))}
        <line x1="20" x2={width - 10} y1={top + COL_H} y2={top + COL_H} stroke="#9e9e9e" />
        {categories.map((c, ci) => (
          <g key={c} transform={`translate(${30 + ci * group}, 0)`}>
            {series.map((s, si) => {
              const v = s.values[ci] ?? null;
              const h = v === null ? 0 : Math.max(v > 0 ? 2 : 0, v * scale);
              return (
                <g key={s.label} transform={`translate(${si * COL_W}, 0)`}>
                  <rect class="bar" x="2" y={top + COL_H - h} width={COL_W - 6} height={h} fill={s.color} rx="3" />
                  <text x={COL_W / 2} y={top + COL_H - h - 5} text-anchor="middle" font-size="12">{v === null ? '—' : `${Math.round(v * 10) / 10}${unit}`}</text>
                </g>
              );
            })}
            <text x={(group - 14) / 2} y={top + COL_H + 20} text-anchor="middle" font-size="13">{c}</text>
          </g>
        ))}
      </svg>
    </figure>
  );
}
