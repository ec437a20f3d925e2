import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { basename } from 'node:path';
import { ErrorResponse } from '../../contract/schemas.js';
import { fail } from '../domain/errors.js';
import { BackupsStoppedError } from '../ops/backup.js';
import { listBackups } from '../ops/backup-files.js';

const BackupFile = Type.Object({
  name: Type.String({ description: 'hall-YYYYMMDD-HHMMSS.db, in the hall’s local time' }),
  size: Type.Integer({ description: 'bytes' }),
  time: Type.String({ format: 'date-time', description: 'when it was finished' }),
});
const errors = { 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse };

function hasCode(err: unknown, code: string): boolean {
  return typeof err === 'object' && err !== null && 'code' in err && err.code === code;
}

const routes: FastifyPluginAsyncTypebox = async (app) => {
  const backups = () => app.backups ?? fail('not-found', 'backups are off on this server (BACKUP_DIR=off)');

  app.get('/api/admin/backups', {
    config: { access: 'admin' },
    schema: { tags: ['operations'], summary: 'The verified backups in the backup folder, newest first', response: { 200: Type.Array(BackupFile), ...errors } },
  }, async () => listBackups(backups().dir));

  app.post('/api/admin/backups', {
    config: { access: 'admin' },
    schema: {
      tags: ['operations'],
      summary: 'Take an online backup now; answers once it is written and has passed PRAGMA integrity_check',
      body: Type.Object({}, { additionalProperties: false }),
      response: { 201: Type.Object({ file: Type.String() }), ...errors, 503: ErrorResponse },
    },
  }, async (request, reply) => {
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
  });
};

export default routes;
