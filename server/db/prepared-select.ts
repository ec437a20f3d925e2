/**
 * A SELECT prepared once on the connection, answering rows typed as drizzle's would be, for the
 * reads every ticket, call and finish make. drizzle maps each row from an array through its
 * column objects; here SQLite names the columns by their keys (`hall_id AS "hallId"`) and only
 * booleans are converted, which is all the hot tables need (other column modes are refused).
 */
import { getTableColumns, getTableName } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Db } from './client.js';

const PLAIN = new Set(['SQLiteText', 'SQLiteInteger', 'SQLiteReal']);

export interface PreparedSelect<R, P> {
  get(params: P): R | undefined;
  all(params: P): R[];
}

/**
 * `where` (and anything after it: ORDER BY, LIMIT) is SQL with `@name` parameters; `keys` narrows
 * the row to those columns (all of them when left out).
 */
export function preparedSelect<T extends SQLiteTable, K extends keyof T['$inferSelect'] & string = keyof T['$inferSelect'] & string, P extends object = Record<string, unknown>>(
  db: Db, table: T, where: string, keys?: readonly K[],
): PreparedSelect<Pick<T['$inferSelect'], K>, P> {
  const all = getTableColumns(table);
  const chosen = (keys ?? (Object.keys(all) as K[])).map((key) => {
    const column = all[key];
    if (!column) throw new Error(`preparedSelect: no column ${key}`);
    if (column.columnType !== 'SQLiteBoolean' && !PLAIN.has(column.columnType)) throw new Error(`preparedSelect: ${key} is ${column.columnType}`);
    return { key, name: column.name, boolean: column.columnType === 'SQLiteBoolean' };
  });
  const list = chosen.map((c) => `"${c.name}" AS "${c.key}"`).join(', ');
  const statement = db.$client.prepare<[P], Pick<T['$inferSelect'], K>>(`SELECT ${list} FROM "${getTableName(table)}" WHERE ${where}`);
  const booleans = chosen.filter((c) => c.boolean).map((c) => c.key);
  const fix = (row: Pick<T['$inferSelect'], K>) => {
    const record = row as Record<string, unknown>;
    for (const key of booleans) if (record[key] !== null) record[key] = record[key] === 1;
    return row;
  };
  return {
    get: (params) => { const row = statement.get(params); return row === undefined ? undefined : fix(row); },
    all: (params) => booleans.length === 0 ? statement.all(params) : statement.all(params).map(fix),
  };
}
