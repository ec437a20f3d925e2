import Database from 'better-sqlite3';

export class BadDatabaseFileError extends Error {
  override name = 'BadDatabaseFileError';
}

/**
 * Opens a copied database file on its own, makes it one self-contained file (rollback journal,
 * so no -wal beside it has to travel with it), and proves it sound: `PRAGMA integrity_check`
 * reads every page and index, and a hall database has its tables and migration record.
 * Throws BadDatabaseFileError with SQLite's own words when it is not.
 */
export function verifyDatabaseFile(file: string): void {
  let sqlite: Database.Database;
  try {
    sqlite = new Database(file, { fileMustExist: true });
  } catch (err) {
    throw new BadDatabaseFileError(`cannot open ${file}: ${err instanceof Error ? err.message : String(err)}`);
  }
  try {
    sqlite.pragma('journal_mode = DELETE');
    const problems = sqlite.prepare('PRAGMA integrity_check').pluck().all().map(String);
    if (problems.length !== 1 || problems[0] !== 'ok') {
      throw new BadDatabaseFileError(`integrity_check failed: ${problems.slice(0, 5).join('; ')}`);
    }
    const tables = new Set(sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all());
    for (const needed of ['halls', 'tickets', 'counters', '__drizzle_migrations']) {
      if (!tables.has(needed)) throw new BadDatabaseFileError(`not a hall database: no table ${needed}`);
    }
  } catch (err) {
    if (err instanceof BadDatabaseFileError) throw err;
    // "file is not a database", "database disk image is malformed": the copy is unusable.
    throw new BadDatabaseFileError(`${file}: ${err instanceof Error ? err.message : String(err)}`);
  } finally {
    sqlite.close();
  }
}
