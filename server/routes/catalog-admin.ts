import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply } from 'fastify';
import { FORM_MIMES } from '../../contract/constants.js';
import { DomainError } from '../domain/errors.js';
import { createMatter, changeMatter } from '../app/matter-editing.js';
import { deleteForm, EXTENSIONS, FORM_MAX_BYTES, readForm, uploadForm } from '../app/matter-forms.js';
import { changeQueue } from '../app/queue-editing.js';
import { adminOfRequest } from '../plugins/auth.js';
import { pathOf, route } from './route-table.js';

const UPLOAD_URL = pathOf('POST /api/matters/:id/forms');

/** RFC 5987: a UTF-8 file name in a header, every byte outside the attribute characters escaped. */
const headerFileName = (name: string): string => encodeURIComponent(name).replace(/['()*!]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** The tags an If-None-Match header names (a list, possibly weak), without quotes. */
const etagsOf = (header: string | undefined): string[] => (header ?? '').split(',').map((t) => t.trim().replace(/^W\//, '').replace(/^"|"$/g, ''));

/**
 * Editing matters, their forms and queues (admins), and serving forms (public). Encapsulated: the
 * raw-file parsers and the mapping of an oversized body to form-too-large apply to these routes only.
 */
const routes: FastifyPluginAsyncTypebox = async (app) => {
  const s = app.hall;
  // A form arrives as raw bytes under its own type; its content is checked against that type in app/matter-forms.ts.
  app.addContentTypeParser([...FORM_MIMES], { parseAs: 'buffer', bodyLimit: FORM_MAX_BYTES }, (_req, body, done) => done(null, body));
  // Fastify refuses a body over the limit (413) or of a type without a parser (415) before the
  // handler; on these routes say what the refusal is about. Everything else goes to the app's handler.
  app.setErrorHandler((error, request, _reply) => {
    const code = error instanceof Error && 'code' in error && request.routeOptions.url === UPLOAD_URL ? error.code : undefined;
    if (code === 'FST_ERR_CTP_BODY_TOO_LARGE') throw new DomainError('form-too-large', `a form may be at most ${FORM_MAX_BYTES} bytes (2 MB)`);
    if (code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') throw new DomainError('form-type-refused', 'a form must be a PDF, PNG or JPEG file');
    throw error;
  });

  app.route({ ...route('POST /api/matters'), handler: async (req, reply) => reply.code(201).send(createMatter(s, adminOfRequest(req), req.body)) });
  app.route({ ...route('POST /api/matters/:id'), handler: async (req) => changeMatter(s, adminOfRequest(req), req.params.id, req.body) });
  app.route({
    ...route('POST /api/matters/:id/forms'), bodyLimit: FORM_MAX_BYTES,
    handler: async (req, reply) => {
      const actor = adminOfRequest(req);
      const declared = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
      const bytes = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      const { kind, title, titleEn, materialSeq } = req.query;
      const form = uploadForm(s, actor, req.params.id, { kind, title, declared, bytes, ...(titleEn === undefined ? {} : { titleEn }), ...(materialSeq === undefined ? {} : { materialSeq }) });
      return reply.code(201).send(form);
    },
  });
  app.route({ ...route('POST /api/matters/:id/forms/:formId/delete'), handler: async (req) => deleteForm(s, adminOfRequest(req), req.params.id, req.params.formId) });
  app.route({
    ...route('GET /api/forms/:id'),
    handler: async (req, reply) => {
      const form = readForm(s, req.params.id);
      // Forms change only by upload under a new id: the content hash is a strong validator.
      reply.header('etag', `"${form.sha256}"`).header('cache-control', 'public, max-age=86400').header('x-content-type-options', 'nosniff');
      if (etagsOf(req.headers['if-none-match']).some((t) => t === form.sha256 || t === '*')) {
        // 304 has no body and no schema in the route table: answer it through the untyped reply.
        const untyped: FastifyReply = reply;
        return untyped.code(304).send();
      }
      return reply
        .type(form.mime)
        .header('content-disposition', `inline; filename*=UTF-8''${headerFileName(`${form.title}.${EXTENSIONS[form.mime]}`)}`)
        .send(form.data);
    },
  });
  app.route({ ...route('POST /api/queues/:id'), handler: async (req) => changeQueue(s, adminOfRequest(req), req.params.id, req.body) });
};

export default routes;
