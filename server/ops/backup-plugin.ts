import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { hallOf } from '../app/views.js';
import { startBackups, type Backups } from './backup.js';

export interface BackupConfig {
  /** Folder for `hall-YYYYMMDD-HHMMSS.db` files; created if missing. */
  dir: string;
  intervalMs: number;
  keepDays: number;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Scheduled online backups; null when the hall runs without them (tests, BACKUP_DIR=off). */
    backups: { dir: string; handle: Backups } | null;
  }
}

/** Starts the backup schedule with the server and stops it (cutting a running backup short) before the database closes. */
export default fp(async function backupsPlugin(app: FastifyInstance, opts: { backup: BackupConfig | null }) {
  if (!opts.backup) {
    app.decorate('backups', null);
    return;
  }
  const handle = startBackups({
    sqlite: app.hall.database.sqlite,
    ...opts.backup,
    clock: app.hall.clock,
    log: app.log,
    timeZone: hallOf(app.hall).timeZone,
  });
  app.decorate('backups', { dir: opts.backup.dir, handle });
  app.addHook('onClose', async () => handle.stop());
}, { name: 'backups', dependencies: ['hall'] });
