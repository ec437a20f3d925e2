/** Builds one in-process request (app.inject): an API operation, a page or static path, or a path that should not exist. */
import { bodyCase } from './bodies.js';
import { HIDDEN_PATHS, type Operation } from './openapi.js';
import { asText, hostileString, NUMBER_LIKE, percentEncode, TRAVERSAL } from './hostile.js';
import type { Rng } from './prng.js';
import type { JsonSchema } from './schema-gen.js';
import type { InjectRequest, World } from './world.js';

export const ODD_METHODS = ['PUT', 'DELETE', 'PATCH', 'PROPFIND', 'OPTIONS', 'HEAD', 'TRACE', 'SEARCH', 'MKCOL', 'LOCK', 'COPY', 'MOVE', 'PURGE', 'GET', 'POST'];

/** A few client addresses: enough to spread the per-address rate limits, few enough to meet them too. */
const ADDRESSES = ['127.0.0.1', '127.0.0.1', '127.0.0.1', '10.0.0.7', '192.168.1.23', '::1', '::ffff:10.1.2.3'];

/** Mostly fully encoded; sometimes with `/`, `.` and `%` left as they are, as a sloppy client would. */
function encodeLoosely(rng: Rng, text: string): string {
  const encoded = percentEncode(text);
  return rng.chance(0.8) ? encoded : encoded.replace(/%2F/g, '/').replace(/%25/g, '%');
}

function pathParam(world: World, rng: Rng, name: string, schema: JsonSchema | undefined): string {
  const mode = rng.weighted({ real: 5, numberLike: 2, hostile: 3, long: 1, empty: 1 });
  switch (mode) {
    case 'real': {
      const ids = world.ticketIds();
      // Mostly the windows our clerks hold, so commands meet real state rather than "not your window".
      if (name === 'windowId' || name === 'number') return String(rng.weighted({ own: 6, other: 2, any: 2 }) === 'own' ? 1 : rng.chance(0.5) ? 2 : rng.pick(world.windowNumbers));
      if (schema?.type === 'integer' || schema?.type === 'number') return String(rng.int(1, 40));
      return ids.length > 0 ? rng.pick(ids) : 'none-yet';
    }
    case 'numberLike': return percentEncode(rng.pick(NUMBER_LIKE));
    case 'hostile': return encodeLoosely(rng, hostileString(rng));
    case 'long': return 'x'.repeat(rng.pick([65, 101, 2000, 20_000]));
    case 'empty': return '';
  }
}

function query(world: World, rng: Rng, op: Operation | undefined): string {
  const parts: string[] = [];
  for (const p of op?.params.filter((x) => x.in === 'query') ?? []) {
    if (rng.chance(0.7)) parts.push(`${p.name}=${percentEncode(asText(world.gen.value(p.schema, rng, rng.weighted({ valid: 2, near: 1, hostile: 1 }), p.name)))}`);
  }
  if (rng.chance(0.15)) {
    parts.push(rng.pick([
      '__proto__[admin]=1', 'constructor[prototype][admin]=1', 'a=1&a=2&a=3', `x=${'y'.repeat(10_000)}`, '%ff=%fe', 'a[b][c][d][e]=1',
      `q=${percentEncode(hostileString(rng))}`, 'admin=true', '&&&', '=', '%', 'a=%E0%A4%A',
    ]));
  }
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}

function cookie(world: World, rng: Rng): string | undefined {
  const { clerk, otherClerk, admin } = world.sessions;
  const choice = rng.weighted({ none: 4, clerk: 8, admin: 3, otherClerk: 2, garbage: 3 });
  switch (choice) {
    case 'none': return undefined;
    case 'clerk': return clerk;
    case 'admin': return admin;
    case 'otherClerk': return otherClerk;
    case 'garbage': return rng.pick([
      'hall_sid=garbage', 'hall_sid=', 'hall_sid=s%3A', `${clerk.slice(0, -3)}abc`, `${admin}x`, `hall_sid=${'a'.repeat(5000)}`,
      `hall_sid=x; ${admin}`, `${clerk}; hall_sid=x`, '__proto__=1; constructor=2', 'hall_sid=%ff%fe', `hall_sid="${hostileString(rng)}"`,
      'hall_sid=s:1.2', ';;;=;', `hall_sid=${percentEncode("' OR 1=1 --")}`,
    ]);
  }
}

function headers(world: World, rng: Rng, withCookie: boolean): Record<string, string> {
  const h: Record<string, string> = { host: world.origin.replace(/^http:\/\//, '') };
  const c = withCookie ? cookie(world, rng) : undefined;
  if (c !== undefined) h.cookie = c;
  // A signed-in browser sends its own origin; without one, a state-changing request only tests the Origin check.
  const signedIn = c !== undefined && [world.sessions.clerk, world.sessions.otherClerk, world.sessions.admin].includes(c);
  const origin = signedIn ? rng.weighted({ none: 1, same: 8, evil: 1, odd: 0.5 }) : rng.weighted({ none: 4, same: 4, evil: 2, odd: 1 });
  if (origin === 'same') h.origin = world.origin;
  if (origin === 'evil') h.origin = rng.pick(['http://evil.example', `${world.origin}.evil.example`, 'http://127.0.0.1:1']);
  if (origin === 'odd') h.origin = rng.pick(['null', '', 'file://', 'http://', hostileString(rng)]);
  if (rng.chance(0.15)) h['idempotency-key'] = rng.pick(['fuzz-key-1', 'fuzz-key-2', `k-${rng.int(0, 1e9)}-abcdef`, 'short', 'x'.repeat(200), hostileString(rng)]);
  if (rng.chance(0.05)) h['x-forwarded-for'] = rng.pick(['1.2.3.4', '127.0.0.1, 10.0.0.1', 'garbage', '::1', '']);
  if (rng.chance(0.05)) h.accept = rng.pick(['application/xml', '*/*;q=0', 'text/html', 'application/json;q=0', '']);
  if (rng.chance(0.04)) h.host = rng.pick(['evil.example', 'a'.repeat(300), 'localhost:99999', '[::1]', '127.0.0.1:80@evil.example']);
  if (rng.chance(0.04)) h[rng.pick(['x-http-method-override', 'x-original-url', 'x-rewrite-url'])] = rng.pick(['DELETE', '/api/devices', '../']);
  if (rng.chance(0.03)) h['accept-encoding'] = rng.pick(['gzip', 'br;q=1, *;q=0', 'identity;q=0', 'x'.repeat(1000)]);
  return h;
}

function fill(world: World, rng: Rng, template: string, op?: Operation): string {
  return template.replace(/\{(\w+)\}/g, (_m, name: string) => pathParam(world, rng, name, op?.params.find((p) => p.in === 'path' && p.name === name)?.schema));
}

function apiRequest(world: World, rng: Rng): InjectRequest {
  const op = rng.pick(world.ops);
  const method = rng.chance(0.82) ? op.method : rng.pick(ODD_METHODS);
  const body = method === 'GET' || method === 'HEAD' ? (rng.chance(0.05) ? bodyCase(world.gen, op.body, rng) : undefined) : bodyCase(world.gen, op.body, rng);
  const h = headers(world, rng, true);
  for (const p of op.params.filter((x) => x.in === 'header')) {
    if (rng.chance(0.1)) h[p.name] = asText(world.gen.value(p.schema, rng, rng.weighted({ valid: 2, near: 1, hostile: 1 }), p.name));
  }
  if (body?.contentType !== undefined) h['content-type'] = body.contentType;
  return {
    via: 'inject', label: `api ${op.method} ${op.path}${body ? ` · ${body.label}` : ''}`, method, url: fill(world, rng, op.path, op) + query(world, rng, op),
    headers: h, ...(body?.payload !== undefined ? { payload: body.payload } : {}),
    // Each password check costs a scrypt: from one address the sign-in rate limit keeps the run's time for other routes.
    remoteAddress: op.path.includes('/auth/') ? '127.0.0.1' : rng.pick(ADDRESSES),
  };
}

const STATIC_PATHS = [
  '/assets/..%2f..%2fpackage.json', '/assets/%2e%2e/', '/assets/%2e%2e/%2e%2e/package.json', '/assets/..%2fsecret.txt', '/assets/..%5c..%5cpackage.json',
  '/assets/', '/assets', '/assets/.', '/assets/%00', '/assets/x%00.js', '/assets/..', '/assets/...', '/assets//etc/passwd', '/assets/%252e%252e/package.json',
  '/assets/%c0%ae%c0%ae/package.json', '/secret.txt', '/../package.json', '/%2e%2e/package.json', '/kiosk/index.html', '/dist/secret.txt',
];

const STRANGE_PATHS = [
  '/api', '/api/', '/api/tickets/', '//api/health', '/api/health/..', '/api/../package.json', '/api/health?', '/api/health#x', '/API/HEALTH',
  '/api/windows/1/', '/api/windows//queue', '/t/', '/display/window/', '/display/window/1/extra', '/.env', '/.git/config', '/node_modules/fastify/package.json',
  '/server/app.ts', '/index.html', '/socket.io/', '/socket.io/?EIO=4&transport=polling', '/docs/static/../../package.json', '/docs/json/..', '/*', '/%',
  '/%zz', '/%ff', '/a%2fb', '/api/tickets/%2e%2e%2f%2e%2e%2fhealth', '/api/windows/1%2fopen', '/\u00e9', '/api/tickets/%ED%A0%80',
];

function pageOrStaticRequest(world: World, rng: Rng): InjectRequest {
  const kind = rng.weighted({ page: 4, asset: 3, traversal: 4, strange: 4, long: 1 });
  let url: string;
  switch (kind) {
    case 'page': url = fill(world, rng, rng.pick(HIDDEN_PATHS)); break;
    case 'asset': url = `/assets/${rng.pick(world.assets)}`; break;
    case 'traversal': url = rng.chance(0.6) ? rng.pick(STATIC_PATHS) : `/assets/${encodeLoosely(rng, rng.pick(TRAVERSAL))}`; break;
    case 'strange': url = rng.pick(STRANGE_PATHS); break;
    case 'long': url = `/${rng.pick(['assets', 't', 'api/tickets', 'kiosk'])}/${'a'.repeat(rng.pick([1000, 9000, 70_000]))}`; break;
  }
  const method = rng.chance(0.75) ? rng.pick(['GET', 'GET', 'HEAD']) : rng.pick(ODD_METHODS);
  const h = headers(world, rng, rng.chance(0.3));
  if (rng.chance(0.3)) h.range = rng.pick(['bytes=0-10', 'bytes=999999-', 'bytes=5-1', 'bytes=a-b', 'bytes=0-1,2-3,4-5', 'bytes=-0', 'items=0-1', 'bytes=' + '0-1,'.repeat(500)]);
  if (rng.chance(0.1)) h['if-none-match'] = rng.pick(['*', 'W/"x"', '"' + 'x'.repeat(500) + '"']);
  if (rng.chance(0.1)) h['if-modified-since'] = rng.pick(['yesterday', 'Thu, 01 Jan 1970 00:00:00 GMT', '9999999999999']);
  return { via: 'inject', label: `${kind} ${method}`, method, url, headers: h, remoteAddress: rng.pick(ADDRESSES) };
}

export function injectRequest(world: World, rng: Rng): InjectRequest {
  return rng.chance(0.75) ? apiRequest(world, rng) : pageOrStaticRequest(world, rng);
}
