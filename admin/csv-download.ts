/** Every table on /admin exports what it shows as CSV (UTF-8 with BOM, common/csv.ts), built in the page from the rows it holds. */
import { toCsv } from '../common/csv.js';

export type CsvCell = string | number | null;
export interface CsvTable { header: readonly string[]; rows: readonly (readonly CsvCell[])[] }

/** Saves the table as `<name>.csv` through a temporary link (the browser's download). */
export function downloadCsv(name: string, table: CsvTable): void {
  const url = URL.createObjectURL(new Blob([toCsv(table.header, table.rows)], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = `${name}.csv`;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
