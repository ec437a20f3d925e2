/**
 * An INSERT of whole rows prepared once, for the hottest writes (a ticket per request at the 08:30
 * rush): drizzle's builder compiles and prepares its statement on every call. Booleans become 0/1
 * here and null stays null (a drizzle placeholder would turn a null boolean into 0).
 */
import { getTableColumns, getTableName } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Db } from './client.js';

export function preparedInsert<T extends SQLiteTable>(db: Db, table: T): (row: T['$inferSelect']) => void {
  const columns = Object.entries(getTableColumns(table));
  const names = columns.map(([, c]) => `"${c.name}"`).join(', ');
  const statement = db.$client.prepare(`INSERT INTO "${getTableName(table)}" (${names}) VALUES (${columns.map(() => '?').join(', ')})`);
  const read = columns.map(([key, c]) => ({ key, boolean: c.columnType === 'SQLiteBoolean' }));
  return (row) => {
    const record = row as Record<string, unknown>;
    statement.run(read.map(({ key, boolean }) => {
      const v = record[key];
      if (v === undefined) throw new Error(`insert: ${key} missing`);
      return boolean && v !== null ? (v ? 1 : 0) : v;
    }));
  };
}
