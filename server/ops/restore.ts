import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DatabaseInUseError } from './db-lock.js';
import { restoreDatabase } from './restore-database.js';
import { BadDatabaseFileError } from './verify.js';

/**
 * `npm run restore -- <backup file> [--db data/hall.db]`
 * Exit codes: 0 restored; 1 the backup is missing or unsound (nothing changed);
 * 2 usage; 3 a hall server (or another restore) holds the database (nothing changed).
 */
const USAGE = 'usage: npm run restore -- <backup file> [--db data/hall.db]   (stop the hall server first)';

function args() {
  try {
    return parseArgs({ options: { db: { type: 'string' }, help: { type: 'boolean' } }, allowPositionals: true });
  } catch (err) {
    console.error(`${err instanceof Error ? err.message : String(err)}\n${USAGE}`);
    return process.exit(2);
  }
}
const parsed = args();
const [backupFile, ...extra] = parsed.positionals;
if (parsed.values.help || backupFile === undefined || extra.length > 0) {
  console.error(USAGE);
  process.exit(parsed.values.help ? 0 : 2);
}
// npm runs scripts in the project folder; paths typed by the operator are relative to where they typed them.
const typedIn = process.env.INIT_CWD ?? process.cwd();
const dbFile = parsed.values.db === undefined ? process.env.DB_FILE ?? 'data/hall.db' : resolve(typedIn, parsed.values.db);
const backupPath = resolve(typedIn, backupFile);

try {
  const { dbFile: restored, movedAside } = restoreDatabase(backupPath, dbFile, Date.now());
  console.log(`restored ${backupPath} → ${restored} (integrity_check ok)`);
  console.log(movedAside ? `the database that was there is kept as ${movedAside} (with its -wal/-shm if any)` : 'there was no database before');
  console.log('tickets issued after the backup are not in it: start the server, then check the day\'s last numbers before reopening the kiosks');
} catch (err) {
  if (err instanceof DatabaseInUseError) {
    console.error(`refused: ${err.message}. Stop the hall server first.`);
    process.exit(3);
  }
  if (err instanceof BadDatabaseFileError) {
    console.error(`refused: the backup is not a sound hall database (${err.message}). Nothing was changed.`);
    process.exit(1);
  }
  console.error(`restore failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}
