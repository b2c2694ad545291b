import { stringify } from 'csv-stringify/sync';
import { PARK_CSV_COLUMNS } from '@alliance/contracts';
import { resolve, type OpenApiDocument, type Schema } from './openapi';

/** A hostile value and what it must produce: `named` values must come back as a 400 naming the field. */
export interface Attack {
  label: string;
  value: unknown;
  named?: boolean;
}

/** Characters no field may hold: each must be refused with the field named. */
export const TEXT_ATTACKS: Attack[] = [
  { label: 'NUL', value: 'a\u0000b', named: true },
  { label: 'lone surrogate', value: 'a\ud800b', named: true },
  { label: 'lone low surrogate', value: '\udc00', named: true },
  { label: 'control character', value: 'bell\u0007', named: true },
  { label: 'terminal escape', value: '\u001b[31mred', named: true },
];

/** Values of the wrong type for most fields: where the type is wrong, the 400 must name the field. */
export const WRONG_TYPES: Attack[] = [
  { label: 'number', value: 12345 },
  { label: 'boolean', value: true },
  { label: 'object', value: { a: 1 } },
  { label: 'array', value: ['a'] },
  { label: 'null', value: null },
  { label: 'nested object', value: nest(40) },
];
/** Sent to every body field of every operation, not sampled. */
export const NULL_ATTACK: Attack = { label: 'null (every field)', value: null };
const STRING_ATTACKS: Attack[] = [
  { label: '100,000 characters', value: 'x'.repeat(100_000) },
  { label: 'SQL and LIKE characters', value: "' OR 1=1 -- %_\\" },
  { label: 'only spaces', value: '   ' },
  { label: 'zero-width and RTL marks', value: '\u200b\u202ex' },
  { label: 'emoji', value: '园区😀' },
];
const NUMBER_ATTACKS: Attack[] = [
  { label: '-1', value: -1 },
  { label: '1e20', value: 1e20 },
  { label: '2^31', value: 2 ** 31 },
  { label: 'beyond safe integers', value: 2 ** 53 + 2 },
  { label: 'fraction', value: 1.5 },
  { label: '-1e308', value: -1e308 },
  { label: 'numeric string', value: '12' },
  { label: 'NaN string', value: 'NaN' },
];
const ARRAY_ATTACKS: Attack[] = [
  { label: 'string for a list', value: 'KH' },
  { label: 'NUL in a list', value: ['a\u0000b'], named: true },
  { label: '1,000 items', value: Array.from({ length: 1000 }, () => 'KH') },
  { label: 'null items', value: [null] },
  { label: 'nested lists', value: [[[]]] },
  { label: 'object items', value: [{}] },
];

export function nest(depth: number): unknown {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
}

const typeOfValue = (v: unknown) => (Array.isArray(v) ? 'array' : v === null ? 'null' : typeof v);
const typeOfSchema = (s: Schema) => {
  const type = s.type ?? (s.properties ? 'object' : 'string');
  return type === 'integer' ? 'number' : type;
};

/** Whether an attack sends a value of another type than the field's (null aside: optional fields take it). */
export function isWrongType(attack: Attack, schema: Schema): boolean {
  const type = typeOfValue(attack.value);
  return WRONG_TYPES.includes(attack) && type !== 'null' && type !== typeOfSchema(schema);
}

/** Attacks for a field of this schema, every class represented. */
export function attacksFor(schema: Schema): Attack[][] {
  const type = schema.type ?? (schema.properties ? 'object' : undefined);
  if (type === 'array') return [TEXT_ATTACKS.map((a) => ({ ...a, value: [a.value] })), ARRAY_ATTACKS, WRONG_TYPES];
  if (type === 'integer' || type === 'number') return [TEXT_ATTACKS, NUMBER_ATTACKS, WRONG_TYPES];
  if (type === 'object') return [TEXT_ATTACKS, WRONG_TYPES, [{ label: 'unknown field', value: { unknownField: 'x' } }]];
  return [TEXT_ATTACKS, STRING_ATTACKS, WRONG_TYPES, NUMBER_ATTACKS];
}

/** Query values as they are written in a URL (already encoded). */
export const QUERY_ATTACKS: Attack[] = [
  { label: 'NUL', value: 'a%00b', named: true },
  { label: 'control character', value: '%07', named: true },
  { label: 'encoded lone surrogate', value: '%ED%A0%80' },
  { label: 'invalid UTF-8', value: '%C3%28' },
  { label: '5,000 characters', value: 'x'.repeat(5000) },
  { label: 'huge number', value: '99999999999999999999' },
  { label: '-1', value: '-1' },
  { label: '1e400', value: '1e400' },
  { label: 'NaN', value: 'NaN' },
  { label: 'brackets', value: '%5B%5D' },
  { label: 'empty', value: '' },
  { label: 'LIKE wildcards', value: '%25_%5C' },
];

/** Path segments (already encoded) in place of an id. */
export const PATH_ATTACKS: Attack[] = [
  { label: 'NUL', value: '%00' },
  { label: 'encoded lone surrogate', value: '%ED%A0%80' },
  { label: 'huge number', value: '99999999999999999999' },
  { label: 'dot segments', value: '..%2F..%2Fetc' },
  { label: '300 characters', value: 'x'.repeat(300) },
  { label: 'nil uuid', value: '00000000-0000-0000-0000-000000000000' },
  { label: 'unknown uuid', value: '7d4ec3a8-2f1c-4b7e-9a55-0c8e1d2f3a4b' },
];

/** Whole bodies: `status` is what the answer must be whoever sends it. */
export interface BodyAttack {
  label: string;
  raw: string;
  contentType: string;
  status?: number;
}

/** Sent to every operation that takes a body, whatever else is sampled. */
export const DEEPEST_BODY: BodyAttack = {
  label: 'array nested 100,000 deep',
  raw: '['.repeat(100_000) + ']'.repeat(100_000),
  contentType: 'application/json',
  status: 400,
};
export const LARGEST_BODY: BodyAttack = {
  label: '2 MB body',
  raw: JSON.stringify({ a: 'x'.repeat(2 * 1024 * 1024) }),
  contentType: 'application/json',
  status: 413,
};

export const BODY_ATTACKS: BodyAttack[] = [
  DEEPEST_BODY,
  LARGEST_BODY,
  { label: 'malformed JSON', raw: '{"a":', contentType: 'application/json', status: 400 },
  {
    label: 'array nested 2,000 deep',
    raw: '['.repeat(2000) + ']'.repeat(2000),
    contentType: 'application/json',
    status: 400,
  },
  {
    label: 'object nested 2,000 deep',
    raw: '{"a":'.repeat(2000) + '1' + '}'.repeat(2000),
    contentType: 'application/json',
    status: 400,
  },
  { label: 'bare array', raw: '[]', contentType: 'application/json' },
  { label: 'null', raw: 'null', contentType: 'application/json' },
  { label: 'bare string', raw: '"a\\u0000"', contentType: 'application/json' },
  { label: 'text/plain', raw: 'hello', contentType: 'text/plain' },
  { label: 'empty JSON', raw: '', contentType: 'application/json' },
  { label: '__proto__ key', raw: '{"__proto__":{"polluted":true}}', contentType: 'application/json' },
  { label: 'JSON in Latin-1', raw: '{"a":"caf\u00e9"}', contentType: 'application/json; charset=latin1', status: 415 },
  { label: 'JSON in UTF-16', raw: '{"a":1}', contentType: 'application/json; charset=utf-16le', status: 415 },
  {
    label: 'driver words in a field name',
    raw: '{"Client was closed and is not queryable":"\u0007"}',
    contentType: 'application/json',
    status: 400,
  },
  {
    label: 'driver words in malformed JSON',
    raw: '[Connection terminated',
    contentType: 'application/json',
    status: 400,
  },
];

/** Ids for fields and path parameters, from the rows of the seeded database. */
export type IdSource = (name: string, context: string) => string;

/** Cells of a CSV upload (the parks import is the portal's one): each refused with a report, never a crash. */
export const CSV_CELL_ATTACKS: Attack[] = [
  { label: 'NUL', value: 'a\u0000b' },
  { label: 'control character', value: 'bell\u0007' },
  { label: '100,000 characters', value: 'x'.repeat(100_000) },
  { label: 'huge number', value: '99999999999999999999' },
  { label: '1e400', value: '1e400' },
  { label: '-1', value: '-1' },
  { label: 'formula', value: '=HYPERLINK("http://x")' },
  { label: 'unknown id', value: '7d4ec3a8-2f1c-4b7e-9a55-0c8e1d2f3a4b' },
];

/** A parks CSV with one plausible row, some cells replaced. */
export function parksCsv(ids: IdSource, cells: Record<string, string>): Buffer {
  const row: Record<string, string> = {
    organizationId: ids('organizationId', 'field'),
    nameEn: 'Probe Park',
    country: 'KH',
    city: 'Phnom Penh',
    latitude: '11.5',
    longitude: '104.9',
    establishedYear: '2010',
    areaKm2: '1.5',
    sectors: 'trade',
    status: 'operating',
    ...cells,
  };
  return Buffer.from(
    stringify([PARK_CSV_COLUMNS.map((c) => row[c] ?? '')], { header: true, columns: [...PARK_CSV_COLUMNS] }),
  );
}

/**
 * A plausible value for a field, so a probe gets past the rules it does not aim at:
 * the schema's example, default or first enum value, else one guessed from the format and name.
 */
export function plausible(
  doc: OpenApiDocument,
  raw: Schema | undefined,
  name: string,
  ids: IdSource,
  rich: boolean,
  depth = 0,
): unknown {
  const schema = resolve(doc, raw);
  if (schema.example !== undefined) return schema.example;
  if (schema.default !== undefined) return schema.default;
  if (schema.enum?.length) return schema.enum[0];
  const type = typeOfSchema(schema);
  if (type === 'object') {
    if (depth > 4) return {};
    const out: Record<string, unknown> = {};
    // Rich: every field but optional nested objects (which often belong to one kind of record only).
    for (const [key, child] of Object.entries(schema.properties ?? {})) {
      const required = schema.required?.includes(key);
      if (required || (rich && typeOfSchema(resolve(doc, child)) !== 'object'))
        out[key] = plausible(doc, child, key, ids, rich, depth + 1);
    }
    return out;
  }
  if (type === 'array') return schema.minItems ? [plausible(doc, schema.items, name, ids, rich, depth + 1)] : [];
  if (type === 'boolean') return false;
  if (type === 'number') return Math.min(Math.max(schema.minimum ?? 1, 1), schema.maximum ?? Number.MAX_SAFE_INTEGER);
  return plausibleText(schema, name, ids);
}

function plausibleText(schema: Schema, name: string, ids: IdSource): string {
  if (schema.format === 'uuid' || /Id$/.test(name)) return ids(name, 'field');
  if (schema.format === 'email' || /email/i.test(name)) return 'probe@example.org';
  if (schema.format === 'date-time') return new Date(Date.now() + 86_400_000).toISOString();
  if (schema.format === 'date' || /(On|Date|From|To|Until)$/.test(name)) return new Date().toISOString().slice(0, 10);
  if (/countr/i.test(name)) return 'KH';
  if (/currenc/i.test(name)) return 'USD';
  if (/locale|lang/i.test(name)) return 'en';
  if (/amount/i.test(name)) return '1000.00';
  if (/password/i.test(name)) return 'Probe-passphrase-2026';
  if (/url|website|homepage|link/i.test(name)) return 'https://example.org';
  if (/phone/i.test(name)) return '+855 12 345 678';
  const text = 'Probe text';
  return schema.minLength && schema.minLength > text.length ? text.padEnd(schema.minLength, 'x') : text;
}

/** A small seeded generator, so a run can be repeated (HOSTILE_SEED) and still vary across seeds. */
export function randomFrom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    pick<T>(items: readonly T[]): T {
      return items[Math.floor(next() * items.length)];
    },
    chance: (p: number) => next() < p,
  };
}
