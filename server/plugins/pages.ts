import type { FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';
import fp from 'fastify-plugin';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** Page routes → the Vite-built HTML entry each one loads. */
const PAGES: [string, string][] = [
  ['/kiosk', 'kiosk/index.html'],
  ['/t/:id', 'kiosk/track.html'],
  ['/d/:id', 'kiosk/document.html'],
  ['/c/:token', 'kiosk/case-track.html'],
  ['/display', 'display/index.html'],
  ['/display/window/:number', 'display/index.html'],
  ['/clerk', 'clerk/index.html'],
  ['/admin', 'admin/index.html'],
  ['/backoffice', 'backoffice/index.html'],
  ['/rate/:number', 'rate/index.html'],
  ['/book', 'book/index.html'],
  ['/book/b/:token', 'book/index.html'],
];

/** Serves the built pages from dist/; a missing build says how to make it instead of failing obscurely. */
export default fp(async function pages(app: FastifyInstance, opts: { dir: string }) {
  if (existsSync(join(opts.dir, 'assets'))) {
    await app.register(fastifyStatic, { root: opts.dir, prefix: '/', index: false, wildcard: false, serve: false });
    await app.register(fastifyStatic, { root: join(opts.dir, 'assets'), prefix: '/assets/', decorateReply: false, immutable: true, maxAge: '365d' });
  }
  for (const [url, file] of PAGES) {
    const built = existsSync(join(opts.dir, file));
    app.get(url, { schema: { hide: true } }, async (_request, reply) => {
      if (!built) return reply.status(503).type('text/html; charset=utf-8').send('<p>页面尚未构建 Pages not built: run <code>npm run build</code>.</p>');
      return reply.header('cache-control', 'no-cache').sendFile(file);
    });
  }
  // Screens are kiosks and TVs: no icon to show, and a 404 in their logs would only be noise.
  app.get('/favicon.ico', { schema: { hide: true } }, async (_request, reply) => reply.status(204).send());
  app.get('/', { schema: { hide: true } }, async (_request, reply) => reply.redirect('/kiosk'));
});
