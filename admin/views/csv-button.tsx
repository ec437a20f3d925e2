import { downloadCsv, type CsvTable } from '../csv-download.js';

/** 导出 CSV beside a table; the table is built only when clicked. */
export function CsvButton({ name, table, testId }: { name: string; table: () => CsvTable; testId: string }) {
  return <button type="button" class="btn csv" data-testid={testId} onClick={() => downloadCsv(name, table())}>导出 CSV <small>Export CSV</small></button>;
}
