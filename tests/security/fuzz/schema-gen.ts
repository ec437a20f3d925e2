/**
 * Values for a JSON schema as @fastify/swagger publishes it: valid ones (so commands reach the
 * use cases and real state), near-valid ones (one step past a bound) and hostile ones.
 */
import { hostileString, hostileValue, NUMBERS, setOwn } from './hostile.js';
import type { Rng } from './prng.js';

export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  enum?: unknown[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  nullable?: boolean;
  format?: string;
  $ref?: string;
}

export type Mode = 'valid' | 'near' | 'hostile';

/** Real values by property name, so a valid body names a real queue, ticket or window. */
export type Hints = Record<string, () => readonly (string | number)[]>;

export class SchemaGen {
  constructor(private readonly resolveRef: (ref: string) => JsonSchema, private readonly hints: Hints) {}

  resolve(schema: JsonSchema): JsonSchema {
    let s = schema;
    for (let guard = 0; s.$ref !== undefined && guard < 10; guard++) s = this.resolveRef(s.$ref);
    return s;
  }

  value(schema: JsonSchema, rng: Rng, mode: Mode, name?: string, depth = 0): unknown {
    const s = this.resolve(schema);
    if (mode === 'hostile') return hostileValue(rng);
    const hinted = name === undefined ? undefined : this.hints[name]?.();
    if (mode === 'valid' && hinted && hinted.length > 0 && rng.chance(0.85)) return rng.pick(hinted);
    const options = s.anyOf ?? s.oneOf;
    if (options && options.length > 0) return this.value(rng.pick(options), rng, mode, name, depth);
    if (s.allOf && s.allOf.length > 0) return this.value(rng.pick(s.allOf), rng, mode, name, depth);
    if (s.enum && s.enum.length > 0) return mode === 'valid' ? rng.pick(s.enum) : this.nearEnum(s.enum, rng);
    if (s.nullable && rng.chance(0.1)) return null;
    const type = Array.isArray(s.type) ? rng.pick(s.type) : s.type;
    switch (type) {
      case 'string': return mode === 'valid' ? this.validString(s, rng) : this.nearString(s, rng);
      case 'integer': case 'number': return mode === 'valid' ? this.validNumber(s, rng, type) : this.nearNumber(s, rng, type);
      case 'boolean': return mode === 'valid' ? rng.chance(0.5) : rng.pick(['true', 1, 0, 'false', null]);
      case 'array': return this.array(s, rng, mode, depth);
      case 'object': return this.object(s, rng, mode, depth);
      case 'null': return mode === 'valid' ? null : rng.pick([0, '', 'null']);
      default: return mode === 'valid' ? hostileString(rng) : hostileValue(rng);
    }
  }

  /** A valid object, then each property given a fair chance of being near-valid or hostile. */
  object(s: JsonSchema, rng: Rng, mode: Mode, depth = 0): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    const required = new Set(s.required ?? []);
    for (const [key, prop] of Object.entries(s.properties ?? {})) {
      if (!required.has(key) && rng.chance(0.4)) continue;
      const propMode: Mode = mode === 'valid' ? 'valid' : rng.weighted({ valid: 2, near: 2, hostile: 1 });
      setOwn(out, key, depth > 6 ? null : this.value(prop, rng, propMode, key, depth + 1));
    }
    return out;
  }

  private array(s: JsonSchema, rng: Rng, mode: Mode, depth: number): unknown[] {
    const max = s.maxItems ?? 5;
    const length = mode === 'valid' ? rng.int(s.minItems ?? 0, Math.min(max, 5)) : rng.pick([max + 1, 0, 1, 200]);
    const items = s.items ?? {};
    return Array.from({ length }, () => (depth > 6 ? null : this.value(items, rng, mode === 'valid' ? 'valid' : rng.weighted({ valid: 3, near: 1 }), undefined, depth + 1)));
  }

  private validString(s: JsonSchema, rng: Rng): string {
    if (s.format === 'date-time') return new Date(rng.int(0, 4102444800) * 1000).toISOString();
    const min = s.minLength ?? 0;
    const max = Math.min(s.maxLength ?? 40, min + 40);
    const length = rng.int(min, Math.max(min, max));
    const alphabet = rng.pick(['abcdefghijklmnopqrstuvwxyz0123456789-', '取号窗口办理材料', 'ABC xyz_.']);
    return Array.from({ length }, () => alphabet[rng.int(0, alphabet.length - 1)] ?? 'a').join('');
  }

  private nearString(s: JsonSchema, rng: Rng): unknown {
    const choice = rng.weighted({ tooLong: 3, tooShort: s.minLength ? 2 : 0, wrongType: 2, hostile: 3, format: s.format ? 1 : 0 });
    switch (choice) {
      case 'tooLong': return 'x'.repeat((s.maxLength ?? 1000) + rng.pick([1, 2, 100]));
      case 'tooShort': return 'x'.repeat(Math.max(0, (s.minLength ?? 1) - 1));
      case 'wrongType': return rng.pick<unknown>([1, -1, true, null, [], {}, ['a'], { toString: 'x' }]);
      case 'hostile': return hostileString(rng);
      case 'format': return rng.pick(['2026-13-45T99:99:99Z', 'yesterday', '']);
    }
  }

  private validNumber(s: JsonSchema, rng: Rng, type: string): number {
    const lo = s.minimum ?? -5;
    const hi = s.maximum ?? Math.max(lo + 40, 40);
    const n = rng.int(lo, hi);
    return type === 'integer' ? n : n + (rng.chance(0.5) ? 0.5 : 0);
  }

  private nearNumber(s: JsonSchema, rng: Rng, type: string): unknown {
    const choice = rng.weighted({ below: s.minimum === undefined ? 0 : 2, above: s.maximum === undefined ? 0 : 2, fraction: type === 'integer' ? 2 : 0, extreme: 2, asString: 2 });
    switch (choice) {
      case 'below': return (s.minimum ?? 0) - rng.pick([1, 0.5, 1e6]);
      case 'above': return (s.maximum ?? 0) + rng.pick([1, 0.5, 1e6]);
      case 'fraction': return rng.pick([1.5, 0.0001, -0.5]);
      case 'extreme': return rng.pick(NUMBERS);
      case 'asString': return rng.pick(['1', '1e3', 'NaN', '']);
    }
  }

  private nearEnum(values: unknown[], rng: Rng): unknown {
    const v = rng.pick(values);
    if (typeof v !== 'string') return hostileValue(rng);
    return rng.pick([v.toUpperCase(), ` ${v}`, `${v}\u0000`, v.slice(1), [v], { [v]: v }]);
  }
}
