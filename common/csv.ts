/**
 * CSV as spreadsheets in Chinese offices read it: UTF-8 with a byte-order mark (so Excel does not
 * garble Chinese), CRLF line ends, fields quoted when they hold a comma, quote or line break.
 */
export const BOM = '\uFEFF';

function field(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | null)[])[]): string {
  return BOM + [header, ...rows].map((r) => r.map(field).join(',')).join('\r\n') + '\r\n';
}

/** Reads what toCsv writes (and the usual CSV of spreadsheets): quoted fields, doubled quotes, embedded line breaks. */
export function parseCsv(text: string): string[][] {
  const body = text.startsWith(BOM) ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') quoted = false; else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; } else if (c === '\n' || c === '\r') {
      if (c === '\r' && body[i + 1] === '\n') i++;
      row.push(cell); rows.push(row); row = []; cell = '';
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) { row.push(cell); rows.push(row); }
  return rows;
}

/**
 * The same CSV without the byte-order mark, for tools that compare the header byte for byte
 * (the day simulator's tickets.csv): a BOM there makes the first column name differ.
 */
export function toCsvNoBom(header: readonly string[], rows: readonly (readonly (string | number | null)[])[]): string {
  return toCsv(header, rows).slice(BOM.length);
}
