/**
 * Plain inline SVG for report.html: no script, no font or stylesheet from elsewhere, so the file
 * opens offline from a USB stick. Each function returns one <svg> element as a string.
 */
export const esc = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const PALETTE = ['#1f77b4', '#d62728', '#2ca02c', '#ff7f0e', '#9467bd', '#8c564b', '#e377c2', '#7f7f7f', '#bcbd22', '#17becf', '#393b79', '#637939', '#8c6d31', '#843c39', '#7b4173'];
export const colour = (i: number) => PALETTE[i % PALETTE.length] ?? '#333';

const LEFT = 16;

export interface TimeAxis { from: number; to: number; label: (at: number) => string; ticks: number[] }

/** Mean wait by hour of issue: one row per queue, one cell per hour, darker is longer. */
export function heatmap(rows: readonly { name: string; cells: (number | null)[] }[], hours: readonly number[]): string {
  const left = 230, cell = 44, h = 24, top = 22;
  const max = Math.max(1, ...rows.flatMap((r) => r.cells.map((c) => c ?? 0)));
  const width = left + cell * hours.length + 10;
  const parts = hours.map((hr, j) => `<text x="${left + j * cell + cell / 2}" y="15" text-anchor="middle" class="ax">${String(hr).padStart(2, '0')}:00</text>`);
  rows.forEach((r, i) => {
    const y = top + i * h;
    parts.push(`<text x="${left - 6}" y="${y + 16}" text-anchor="end" class="lb">${esc(r.name)}</text>`);
    r.cells.forEach((c, j) => {
      const x = left + j * cell;
      if (c === null) { parts.push(`<rect x="${x}" y="${y}" width="${cell - 2}" height="${h - 2}" fill="#f3f3f3"/>`); return; }
      const t = c / max;
      const fill = `rgb(${Math.round(255 - 40 * t)},${Math.round(240 - 190 * t)},${Math.round(220 - 200 * t)})`;
      parts.push(`<rect x="${x}" y="${y}" width="${cell - 2}" height="${h - 2}" fill="${fill}"/><text x="${x + cell / 2 - 1}" y="${y + 16}" text-anchor="middle" class="v${t > 0.6 ? ' inv' : ''}">${Math.round(c)}</text>`);
    });
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${top + rows.length * h + 4}" role="img">${parts.join('')}</svg>`;
}

/** Small multiples: one line per queue on its own scale, its peak written beside its name. */
export function smallMultiples(series: readonly { name: string; points: [number, number][] }[], axis: TimeAxis): string {
  const w = 330, h = 70, pad = 26, cols = 3;
  const span = Math.max(1, axis.to - axis.from);
  const panels = series.map((s, i) => {
    const x0 = (i % cols) * (w + 16), y0 = Math.floor(i / cols) * (h + pad + 14);
    const peak = Math.max(0, ...s.points.map(([, v]) => v));
    const sx = (at: number) => x0 + ((at - axis.from) / span) * w;
    const sy = (v: number) => y0 + pad + h - (peak === 0 ? 0 : (v / peak) * h);
    const line = s.points.map(([at, v]) => `${sx(at).toFixed(1)},${sy(v).toFixed(1)}`).join(' ');
    const ticks = axis.ticks.map((t) => `<line x1="${sx(t).toFixed(1)}" x2="${sx(t).toFixed(1)}" y1="${y0 + pad}" y2="${y0 + pad + h}" class="grid"/>`).join('');
    return `<g><text x="${x0}" y="${y0 + 16}" class="lb">${esc(s.name)} · 峰值 peak ${peak}</text>${ticks}`
      + `<line x1="${x0}" x2="${x0 + w}" y1="${y0 + pad + h}" y2="${y0 + pad + h}" class="axis"/>`
      + `<polyline fill="none" stroke="${colour(i)}" stroke-width="1.6" points="${line}"/></g>`;
  });
  const rowsN = Math.ceil(series.length / cols);
  // Hour labels under every column, inset so the first one is not cut at the left edge.
  const shown = Math.min(cols, series.length);
  const labels = Array.from({ length: shown }, (_, c) => axis.ticks.map((t, k) => {
    // A column's last hour would sit on the next column's first: only the last column shows it.
    if (k === axis.ticks.length - 1 && c < shown - 1) return '';
    const x = LEFT + c * (w + 16) + ((t - axis.from) / span) * w;
    return `<text x="${x.toFixed(1)}" y="${rowsN * (h + pad + 14) + 4}" text-anchor="middle" class="ax">${axis.label(t)}</text>`;
  }).join('')).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${LEFT + cols * (w + 16)}" height="${rowsN * (h + pad + 14) + 10}" role="img"><g transform="translate(${LEFT},0)">${panels.join('')}</g>${labels}</svg>`;
}

/** Windows' occupancy: a bar per window, pale while open, dark while serving a visitor. */
export function occupancy(windows: readonly { name: string; open: [number, number][]; serving: [number, number][] }[], axis: TimeAxis): string {
  const left = 80, w = 900, h = 14, top = 10;
  const span = Math.max(1, axis.to - axis.from);
  const sx = (at: number) => left + ((at - axis.from) / span) * w;
  const bar = (y: number, [a, b]: [number, number], cls: string) => `<rect x="${sx(a).toFixed(1)}" y="${y}" width="${Math.max(0.5, sx(b) - sx(a)).toFixed(1)}" height="${h - 3}" class="${cls}"/>`;
  const parts = axis.ticks.map((t) => `<line x1="${sx(t).toFixed(1)}" x2="${sx(t).toFixed(1)}" y1="${top}" y2="${top + windows.length * h}" class="grid"/><text x="${sx(t).toFixed(1)}" y="${top + windows.length * h + 14}" text-anchor="middle" class="ax">${axis.label(t)}</text>`);
  windows.forEach((win, i) => {
    const y = top + i * h;
    parts.push(`<text x="${left - 6}" y="${y + 10}" text-anchor="end" class="ax">${esc(win.name)}</text>`);
    for (const s of win.open) parts.push(bar(y, s, 'open'));
    for (const s of win.serving) parts.push(bar(y, s, 'busy'));
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${left + w + 20}" height="${top + windows.length * h + 22}" role="img">${parts.join('')}</svg>`;
}
