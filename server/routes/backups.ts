import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { basename } from 'node:path';
import { fail } from '../domain/errors.js';
import { BackupsStoppedError } from '../ops/backup.js';
import { listBackups } from '../ops/backup-files.js';
import { route } from './route-table.js';

function hasCode(err: unknown, code: string): boolean {
  return typeof err === 'object' && err !== null && 'code' in err && err.code === code;
}

const routes: FastifyPluginAsyncTypebox = async (app) => {
  const backups = () => app.backups ?? fail('not-found', 'backups are off on this server (BACKUP_DIR=off)');

  app.route({ ...route('GET /api/admin/backups'), handler: async () => listBackups(backups().dir) });

  app.route({
    ...route('POST /api/admin/backups'),
    handler: async (request, reply) => {
      const { handle } = backups();
      try {
        const file = await handle.runNow();
        return await reply.status(201).send({ file: basename(file) });
      } catch (err) {
        if (err instanceof BackupsStoppedError) fail('shutting-down', 'the server is stopping: no backup was taken');
        request.log.error({ err }, 'backup failed');
        if (hasCode(err, 'ENOSPC') || hasCode(err, 'SQLITE_FULL')) fail('storage-full', 'the backup disk is full: no backup was taken');
        fail('storage-unavailable', 'the backup could not be written or did not verify: no backup was taken');
      }
    },
  });
};

export default routes;
