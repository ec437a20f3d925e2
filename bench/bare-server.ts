/**
 * The baseline: the same stack with no hall in it. A bare Fastify JSON route and a bare
 * Socket.IO broadcast, so hall figures read as "x times the cost of the framework itself".
 */
import Fastify from 'fastify';
import { Server } from 'socket.io';

const app = Fastify();
const io = new Server(app.server, { serveClient: false });
let seq = 0;

app.post('/baseline/ticket', async (_request, reply) => {
  seq += 1;
  return reply.status(201).send({ id: `b${seq}`, number: `A${String(seq).padStart(3, '0')}`, status: 'waiting' });
});

// The payload a hall call sends, captured by bench/call-latency.ts, so the baseline broadcasts
// the same bytes; until one is given, a small stand-in.
let sample: Record<string, unknown> | null = null;
app.post('/baseline/payload', async (request) => {
  sample = request.body as Record<string, unknown>;
  return { ok: true };
});

app.post('/baseline/call', async () => {
  seq += 1;
  io.emit('ticket:called', sample ? { ...sample, version: seq } : { version: seq, call: { ticketId: `b${seq}`, number: `A${String(seq).padStart(3, '0')}`, windowNumber: 5 } });
  return { ok: true };
});

app.get('/api/health', async () => ({ ok: true }));

await app.listen({ port: Number(process.env.PORT ?? 3100), host: '127.0.0.1' });
