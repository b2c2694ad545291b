import {
  AUDIT_ACTIONS,
  AUDIT_ENTITY_TYPES,
  DOMAIN_ERROR_CODES,
  domainErrorKey,
  ERROR_CODES,
  IMPORT_CONSTRAINTS,
  INPUT_CONSTRAINTS,
  MEMBERSHIP_APPLICATION_STATUSES,
  MEMBERSHIP_STATUSES,
  ORG_ROLES,
  ORGANIZATION_TYPES,
  PARK_CSV_COLUMNS,
  PARK_STATUSES,
  USER_STATUSES,
} from '@alliance/contracts';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { RESOURCES, type ResourceTree as Tree } from './resources';

const LANGUAGES: Record<string, Tree> = RESOURCES;

/**
 * The validator constraints the API names in `details[].constraint` (class-validator's names and
 * the API's own rules); import problems use IMPORT_CONSTRAINTS besides.
 */
const API_CONSTRAINTS = [
  'isNotEmpty',
  'isEmail',
  'isUrl',
  'maxLength',
  'minLength',
  'isIn',
  'isUUID',
  'whitelistValidation',
  'matches',
  'isCountryCode',
  'min',
  'max',
  'isInt',
  'isNumber',
  'isYearUpToNow',
  'equals',
  'isBoolean',
  'isArray',
  'arrayUnique',
  'arrayMaxSize',
  'arrayMinSize',
  'isDefined',
  'pendingApplication',
  'parkOperatorOnly',
  'conflict',
  'unique',
  'isCurrencyCode',
  'isPositiveDecimalString',
  'isIso8601',
  'current',
  'transition',
  'required',
  ...INPUT_CONSTRAINTS,
] as const;
const en = RESOURCES.en;

/** Every leaf of a resource tree as a dotted key, with its text. */
function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else if (value && typeof value === 'object' && !Array.isArray(value)) {
      for (const [k, v] of flatten(value, path)) out.set(k, v);
    } else throw new Error(`${path} is neither a string nor an object`);
  }
  return out;
}

const flat = Object.fromEntries(Object.entries(LANGUAGES).map(([lng, tree]) => [lng, flatten(tree)]));

function missing(from: Map<string, string>, to: Map<string, string>): string[] {
  return [...from.keys()].filter((key) => !to.has(key)).sort();
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();
}

/** Every source file of the app, spec files aside. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.spec\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('i18n resources', () => {
  it('has the same keys in English and Chinese', () => {
    expect({ missingInZh: missing(flat.en, flat.zh), missingInEn: missing(flat.zh, flat.en) }).toEqual({
      missingInZh: [],
      missingInEn: [],
    });
  });

  it('has no empty translation', () => {
    for (const [lng, keys] of Object.entries(flat)) {
      const empty = [...keys].filter(([, text]) => text.trim() === '').map(([key]) => `${lng}:${key}`);
      expect(empty).toEqual([]);
    }
  });

  it('uses the same {{placeholders}} in both languages', () => {
    const differing = [...flat.en]
      .filter(
        ([key, text]) => flat.zh.has(key) && placeholders(text).join() !== placeholders(flat.zh.get(key) ?? '').join(),
      )
      .map(([key]) => key);
    expect(differing).toEqual([]);
  });

  it.each(Object.keys(LANGUAGES))('translates every API error code in %s', (lng) => {
    const untranslated = ERROR_CODES.filter((code) => !flat[lng].has(`errors.${code}`));
    expect(untranslated).toEqual([]);
  });

  it.each(Object.keys(LANGUAGES))("translates every domain's refusal reason in %s", (lng) => {
    const untranslated = DOMAIN_ERROR_CODES.map(domainErrorKey).filter((key) => !flat[lng].has(key));
    expect(untranslated).toEqual([]);
  });

  it.each(Object.keys(LANGUAGES))('translates every enum value of the contracts in %s', (lng) => {
    const enums: Record<string, readonly string[]> = {
      organizationType: ORGANIZATION_TYPES,
      membershipStatus: MEMBERSHIP_STATUSES,
      orgRole: ORG_ROLES,
      userStatus: USER_STATUSES,
      parkStatus: PARK_STATUSES,
      applicationStatus: MEMBERSHIP_APPLICATION_STATUSES,
    };
    const untranslated = Object.entries(enums).flatMap(([kind, values]) =>
      values.map((value) => `enums.${kind}.${value}`).filter((key) => !flat[lng].has(key)),
    );
    expect(untranslated).toEqual([]);
  });

  it.each(Object.keys(LANGUAGES))('translates every audited action and record type in %s', (lng) => {
    expect(AUDIT_ACTIONS.filter((action) => !flat[lng].has(`audit.actions.${action}`))).toEqual([]);
    expect(AUDIT_ENTITY_TYPES.filter((type) => !flat[lng].has(`audit.entityTypes.${type}`))).toEqual([]);
  });

  it.each(Object.keys(LANGUAGES))('translates every validation constraint the API sends in %s', (lng) => {
    expect(API_CONSTRAINTS.filter((c) => !flat[lng].has(`validation.${c}`))).toEqual([]);
  });

  it.each(Object.keys(LANGUAGES))('translates every import problem constraint in %s', (lng) => {
    expect(IMPORT_CONSTRAINTS.length).toBeGreaterThan(0);
    expect(IMPORT_CONSTRAINTS.filter((c) => !flat[lng].has(`validation.${c}`))).toEqual([]);
  });

  it.each(Object.keys(LANGUAGES))('labels every column of the parks CSV in %s', (lng) => {
    expect(PARK_CSV_COLUMNS.filter((column) => !flat[lng].has(`parks.fields.${column}`))).toEqual([]);
  });

  it('has every literal key the source code uses', () => {
    const namespaces = Object.keys(en).join('|');
    const literal = new RegExp(`['"\`]((?:${namespaces})\\.[A-Za-z0-9_.]+)['"\`]`, 'g');
    const used = new Set<string>();
    for (const file of sourceFiles(join(__dirname, '..'))) {
      for (const match of readFileSync(file, 'utf8').matchAll(literal)) used.add(match[1]);
    }
    expect(used.size).toBeGreaterThan(50);
    // A key used with a count may exist only in its plural forms (key_one, key_other).
    const known = (key: string) => flat.en.has(key) || flat.en.has(`${key}_other`);
    expect([...used].filter((key) => !known(key)).sort()).toEqual([]);
  });
});
