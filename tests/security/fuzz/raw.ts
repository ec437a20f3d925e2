/**
 * Requests app.inject cannot make, because they never get past (or only just get past) node's
 * HTTP parser: raw bytes in the URL, oversized headers, broken request lines and framing.
 */
import net from 'node:net';
import { hostileString } from './hostile.js';
import type { Rng } from './prng.js';
import type { RawRequest, World } from './world.js';

export interface RawResponse {
  /** Everything the server sent, pipelined answers included. */
  raw: Buffer;
  /** null: the server closed without answering (a parser refusal may do that). */
  status: number | null;
  headers: Record<string, string>;
  body: Buffer;
}

const CRLF = '\r\n';

function request(line: string, headers: string[], body: Buffer | string = ''): Buffer {
  return Buffer.concat([Buffer.from(`${line}${CRLF}${[...headers, 'Connection: close'].join(CRLF)}${CRLF}${CRLF}`, 'latin1'), Buffer.from(body)]);
}

function cookieFor(world: World, rng: Rng): string[] {
  return rng.chance(0.5) ? [`Cookie: ${rng.pick([world.sessions.clerk, world.sessions.admin, 'hall_sid=garbage'])}`] : [];
}

export function rawRequest(world: World, rng: Rng): RawRequest {
  const host = `Host: ${world.origin.replace(/^http:\/\//, '')}`;
  const kind = rng.weighted({ badUtf8Url: 4, bigHeader: 3, manyHeaders: 1, badLine: 4, badFraming: 4, bigBody: 2, pipelined: 1, socketIo: 2, badHeaderSyntax: 2 });
  const path = rng.pick(['/api/tickets/', '/t/', '/assets/', '/display/window/', '/api/windows/', '/kiosk?device=', '/']);
  switch (kind) {
    case 'badUtf8Url': {
      const bytes = Buffer.from(rng.pick([[0xff, 0xfe], [0xc3, 0x28], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0x80], [0xe2, 0x82]]));
      const line = Buffer.concat([Buffer.from(`GET ${path}`, 'latin1'), bytes, Buffer.from(rng.pick(['', '/cancel', '/queue', '..%2f']) + ' HTTP/1.1', 'latin1')]);
      return { via: 'raw', label: 'invalid UTF-8 in the URL', bytes: Buffer.concat([line, request('', [host, ...cookieFor(world, rng)])]) };
    }
    case 'bigHeader': {
      const size = rng.pick([17_000, 40_000, 70_000]);
      const name = rng.pick(['Cookie', 'X-Filler', 'User-Agent', 'Origin', 'Idempotency-Key']);
      return { via: 'raw', label: `${size} B ${name} header`, bytes: request(`GET ${rng.pick(['/api/health', '/api/snapshot', '/kiosk'])} HTTP/1.1`, [host, `${name}: ${'a'.repeat(size)}`]) };
    }
    case 'manyHeaders': {
      const count = rng.pick([2_000, 5_000]);
      return { via: 'raw', label: `${count} headers`, bytes: request('GET /api/health HTTP/1.1', [host, ...Array.from({ length: count }, (_x, i) => `X-H${i}: ${i}`)]) };
    }
    case 'badLine': {
      const line = rng.pick([
        'GET', 'GET / HTTP/9.9', 'GET  /  HTTP/1.1', 'GET /api/health HTTP/1.1 extra', '\u0000\u0001\u0002', 'get /api/health HTTP/1.1',
        'GET http://evil.example/api/health HTTP/1.1', 'CONNECT 127.0.0.1:22 HTTP/1.1', 'OPTIONS * HTTP/1.1', 'GET /api/health HTTP/0.9',
        `GET /${'a'.repeat(20_000)} HTTP/1.1`, 'GET /api/health?x=\u0007 HTTP/1.1', 'BREW /api/health HTTP/1.1', 'GET /api/health\tHTTP/1.1',
        `GET /t/${hostileString(rng).replace(/[\r\n]/g, '')} HTTP/1.1`, 'GET /../../package.json HTTP/1.1', 'GET /assets/../../package.json HTTP/1.1',
      ]);
      return { via: 'raw', label: `malformed request line ${JSON.stringify(line.slice(0, 40))}`, bytes: request(line, [host]) };
    }
    case 'badFraming': {
      const body = '{"queueId":"market"}';
      const framing = rng.pick([
        ['Content-Length: -1'], ['Content-Length: 5', 'Transfer-Encoding: chunked'], ['Transfer-Encoding: chunked'], ['Content-Length: abc'],
        ['Content-Length: 3', 'Content-Length: 20'], ['Transfer-Encoding: gzip, chunked'], ['Content-Length: 99999999999999999999'],
        ['Transfer-Encoding: chunked', 'Content-Encoding: gzip'], ['Content-Length: 20', 'Content-Encoding: br'], ['Content-Length: 20', 'Content-Encoding: gzip'],
      ]);
      const chunked = framing.some((h) => h.includes('chunked'));
      const payload = chunked ? rng.pick([`zz${CRLF}${body}${CRLF}0${CRLF}${CRLF}`, `${body.length.toString(16)}${CRLF}${body}${CRLF}0${CRLF}${CRLF}`, `-1${CRLF}x${CRLF}0${CRLF}${CRLF}`]) : body;
      return { via: 'raw', label: `framing ${framing.join(' + ')}`, bytes: request('POST /api/tickets HTTP/1.1', [host, 'Content-Type: application/json', ...framing], payload) };
    }
    case 'bigBody': {
      const size = rng.pick([65_537, 300_000]);
      const body = `{"queueId":"${'a'.repeat(size)}"}`;
      const url = rng.pick(['/api/tickets', '/api/auth/login', '/api/windows/1/finish', '/api/health']);
      return { via: 'raw', label: `${size} B body to ${url}`, bytes: request(`POST ${url} HTTP/1.1`, [host, 'Content-Type: application/json', `Content-Length: ${body.length}`, ...cookieFor(world, rng)], body) };
    }
    case 'pipelined': {
      const one = `GET /api/health HTTP/1.1${CRLF}${host}${CRLF}${CRLF}`;
      const bad = `POST /api/tickets/x/cancel HTTP/1.1${CRLF}${host}${CRLF}Content-Length: 2${CRLF}${CRLF}{}`;
      return { via: 'raw', label: 'pipelined requests', bytes: Buffer.from(one + bad + `GET /nope HTTP/1.1${CRLF}${host}${CRLF}Connection: close${CRLF}${CRLF}`, 'latin1') };
    }
    case 'socketIo': {
      const line = rng.pick([
        'GET /socket.io/?EIO=4&transport=polling&sid=garbage HTTP/1.1', 'GET /socket.io/?EIO=3&transport=polling HTTP/1.1',
        'GET /socket.io/?EIO=4&transport=websocket HTTP/1.1', 'POST /socket.io/?EIO=4&transport=polling&sid=x HTTP/1.1',
        'GET /socket.io/?EIO=4&transport=carrier-pigeon HTTP/1.1', `GET /socket.io/?EIO=4&transport=polling&t=${'x'.repeat(5000)} HTTP/1.1`,
      ]);
      const body = line.startsWith('POST') ? '40{"__proto__":{"admin":true}}\u001e42["snapshot:request"]' : '';
      return { via: 'raw', socketIoProtocol: true, label: `socket.io ${line.slice(0, 50)}`, bytes: request(line, [host, ...(body ? [`Content-Length: ${Buffer.byteLength(body)}`, 'Content-Type: text/plain'] : [])], body) };
    }
    case 'badHeaderSyntax': {
      const header = rng.pick(['NoColon', 'Bad Name: x', ' Leading: space', 'X-Fold: a\r\n  b', 'X-Null: a\u0000b', 'Host: a', 'X-LF: a\nb', ':: :', 'Cookie: \u00ff\u00fe']);
      return { via: 'raw', label: `header ${JSON.stringify(header)}`, bytes: request('GET /api/snapshot HTTP/1.1', [host, header]) };
    }
  }
}

/** Sends bytes, half-closes nothing, reads until the server closes (every request asks for `Connection: close`). */
export function sendRaw(port: number, bytes: Buffer, giveUpMs = 10_000): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    const chunks: Buffer[] = [];
    const timer = setTimeout(() => { socket.destroy(); reject(new Error(`no answer and no close within ${giveUpMs} ms`)); }, giveUpMs);
    socket.on('data', (c) => chunks.push(c));
    socket.on('error', () => { /* a reset after the answer is how some refusals end */ });
    socket.on('close', () => { clearTimeout(timer); resolve(parseResponse(Buffer.concat(chunks))); });
    socket.write(bytes);
  });
}

/** The first response in the bytes (pipelined ones after it are checked by their status line only). */
export function parseResponse(all: Buffer): RawResponse {
  const end = all.indexOf('\r\n\r\n');
  if (all.length === 0 || end < 0) return { raw: all, status: null, headers: {}, body: all };
  const [statusLine = '', ...lines] = all.subarray(0, end).toString('latin1').split('\r\n');
  const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1] ?? NaN);
  const headers: Record<string, string> = {};
  for (const l of lines) {
    const i = l.indexOf(':');
    if (i > 0) headers[l.slice(0, i).trim().toLowerCase()] = l.slice(i + 1).trim();
  }
  let body = all.subarray(end + 4);
  if (headers['content-length'] !== undefined) body = body.subarray(0, Number(headers['content-length']));
  else if (headers['transfer-encoding']?.includes('chunked')) body = dechunk(body);
  return { raw: all, status: Number.isNaN(status) ? null : status, headers, body };
}

function dechunk(data: Buffer): Buffer {
  const out: Buffer[] = [];
  let at = 0;
  for (;;) {
    const lineEnd = data.indexOf('\r\n', at);
    if (lineEnd < 0) break;
    const size = parseInt(data.subarray(at, lineEnd).toString('latin1'), 16);
    if (!Number.isFinite(size) || size <= 0) break;
    out.push(data.subarray(lineEnd + 2, lineEnd + 2 + size));
    at = lineEnd + 2 + size + 2;
  }
  return Buffer.concat(out);
}

/** Every status line in the bytes: pipelined answers after the first must not be 5xx either. */
export function allStatuses(all: Buffer): number[] {
  return [...all.toString('latin1').matchAll(/HTTP\/1\.[01] (\d{3}) /g)].map((m) => Number(m[1]));
}
