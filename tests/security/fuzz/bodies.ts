/** Request bodies: valid ones, mutated ones, and bytes that are not JSON (or not UTF-8) at all. */
import { PROTO_KEYS, RAW_NUMBERS, hostileString, hostileValue, setOwn } from './hostile.js';
import type { Rng } from './prng.js';
import type { JsonSchema, SchemaGen } from './schema-gen.js';

export interface BodyCase {
  label: string;
  payload?: string | Buffer;
  contentType?: string;
}

const JSON_TYPE = 'application/json';

const WRONG_CONTENT_TYPES = [
  'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/xml',
  'application/json; charset=latin1', 'application/json; charset=utf-16', 'application/jsonx', 'APPLICATION/JSON',
  '', ';;;', 'application/json, text/plain', 'application/vnd.api+json', 'application/json; charset="utf-8"; boundary=a',
  'application/octet-stream', '*/*', 'application/json\u0000', 'text/html; charset=utf-8', 'application/csp-report',
];

const INVALID_JSON = [
  '', ' ', '{', '}', '{"a":1', '{"a":1,}', "{'a':1}", '{"a":NaN}', '{"a":undefined}', '{"a":1}{"b":2}', '{"a":1} //x',
  '/* x */{}', '[1,2', 'nul', 'tru', '"unterminated', '{"a":"\\x41"}', '{"a":"\\ud800"}', '\ufeff{}', '{"a" 1}', '{,}',
  '{"a":01}', '{"a":.5}', '{"a":+1}', '{"a":0x10}', '{"\u0000":1}', 'Infinity', '{"a":1}\u0000',
];

/** Bytes that are not UTF-8, wrapped in otherwise valid JSON. */
const BAD_UTF8: Buffer[] = [
  Buffer.from([0xc3, 0x28]), Buffer.from([0xff, 0xfe]), Buffer.from([0xc0, 0xaf]), Buffer.from([0xed, 0xa0, 0x80]),
  Buffer.from([0xf8, 0x88, 0x80, 0x80, 0x80]), Buffer.from([0xe2, 0x82]), Buffer.from([0x80]),
];

function deepArray(depth: number): string {
  return `${'['.repeat(depth)}${']'.repeat(depth)}`;
}
function deepObject(depth: number, key: string): string {
  return `${`{"${key}":`.repeat(depth)}1${'}'.repeat(depth)}`;
}

/** Serialises with one raw JSON fragment spliced in as a property (numbers JSON.stringify cannot write, duplicate keys, prototype keys). */
function withRawProperty(base: Record<string, unknown>, key: string, rawValue: string): string {
  const json = JSON.stringify(base);
  const prop = `${JSON.stringify(key)}:${rawValue}`;
  return json === '{}' ? `{${prop}}` : `{${prop},${json.slice(1)}`;
}

export function bodyCase(gen: SchemaGen, schema: JsonSchema | undefined, rng: Rng): BodyCase {
  const s = schema ? gen.resolve(schema) : { type: 'object', properties: {}, additionalProperties: false };
  const valid = (): Record<string, unknown> => gen.object(s, rng, 'valid');
  const props = Object.keys(s.properties ?? {});
  const kind = rng.weighted({
    valid: 30, none: 4, near: 14, dropRequired: (s.required?.length ?? 0) > 0 ? 5 : 0, extraField: 6, wrongTop: 4, protoKeys: 6,
    hugeString: 3, justUnderLimit: 2, deep: 3, invalidJson: 6, badUtf8: 5, contentType: 7, rawNumber: 3, duplicateKey: 3, hostileValues: 5,
  });
  switch (kind) {
    case 'valid': return json('valid', valid());
    case 'none': return { label: 'no body', ...(rng.chance(0.5) ? { contentType: JSON_TYPE } : {}) };
    case 'near': return json('near-valid', gen.object(s, rng, 'near'));
    case 'dropRequired': {
      const body = valid();
      delete body[rng.pick(s.required ?? [])];
      return json('missing required field', body);
    }
    case 'extraField': {
      const body = valid();
      setOwn(body, rng.chance(0.5) ? hostileString(rng) : rng.pick(['admin', 'role', 'status', 'hallId', 'id', 'windowId', 'priority', 'source', 'printed']), hostileValue(rng));
      return json('extra field', body);
    }
    case 'wrongTop': return { label: 'wrong top-level type', payload: rng.pick(['[]', '[{}]', '"x"', '1', 'null', 'true', '-1e999', '""']), contentType: JSON_TYPE };
    case 'protoKeys': {
      const key = rng.pick(PROTO_KEYS);
      const raw = rng.pick(['{"admin":true}', '{"prototype":{"admin":true}}', '1', 'null', '"x"', '[]', '{"toString":1,"valueOf":2}']);
      return { label: `prototype key ${key}`, payload: withRawProperty(valid(), key, raw), contentType: JSON_TYPE };
    }
    case 'hugeString': {
      const body = valid();
      setOwn(body, props.length > 0 && rng.chance(0.8) ? rng.pick(props) : 'x', rng.pick(['a', '号']).repeat(rng.pick([70_000, 200_000])));
      return json('huge string (past the body limit)', body);
    }
    case 'justUnderLimit': {
      const body = valid();
      setOwn(body, props.length > 0 ? rng.pick(props) : 'x', 'a'.repeat(60_000));
      return json('60 KB string (under the body limit)', body);
    }
    case 'deep': {
      const depth = rng.pick([10_000, 5_000, 1_000]);
      const inner = rng.chance(0.5) ? deepArray(depth) : deepObject(depth, rng.chance(0.5) ? 'a' : '__proto__');
      const where = props.length > 0 && rng.chance(0.7) ? rng.pick(props) : 'nested';
      return { label: `${depth}-deep nesting`, payload: rng.chance(0.3) ? inner : withRawProperty(valid(), where, inner), contentType: JSON_TYPE };
    }
    case 'invalidJson': return { label: 'invalid JSON', payload: rng.pick(INVALID_JSON), contentType: JSON_TYPE };
    case 'badUtf8': {
      const text = JSON.stringify(valid());
      const cut = text.length > 2 ? text.lastIndexOf('"') : 1;
      const bytes = Buffer.concat([Buffer.from(text.slice(0, Math.max(1, cut))), rng.pick(BAD_UTF8), Buffer.from(text.slice(Math.max(1, cut)))]);
      return { label: 'invalid UTF-8 inside JSON', payload: rng.chance(0.2) ? rng.pick(BAD_UTF8) : bytes, contentType: rng.pick([JSON_TYPE, 'application/json; charset=utf-8']) };
    }
    case 'contentType': {
      const payload = rng.pick([JSON.stringify(valid()), 'a=1&b=2', '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--x--', '<a/>']);
      return { label: 'wrong content type', payload, contentType: rng.pick(WRONG_CONTENT_TYPES) };
    }
    case 'rawNumber': {
      const key = props.length > 0 ? rng.pick(props) : 'n';
      return { label: 'number JSON.stringify cannot write', payload: withRawProperty(valid(), key, rng.pick(RAW_NUMBERS)), contentType: JSON_TYPE };
    }
    case 'duplicateKey': {
      const body = valid();
      const key = props.length > 0 ? rng.pick(props) : 'a';
      return { label: 'duplicate key', payload: withRawProperty(body, key, JSON.stringify(hostileValue(rng))), contentType: JSON_TYPE };
    }
    case 'hostileValues': return json('hostile values', gen.object(s, rng, 'hostile'));
  }
}

function json(label: string, body: unknown): BodyCase {
  return { label, payload: JSON.stringify(body), contentType: JSON_TYPE };
}
