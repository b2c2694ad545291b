import type { ErrorDetail, InputConstraint } from '@alliance/contracts';

/** Deepest nesting a request value may have; the deepest body the API takes (a park import row in an application) is 4. */
export const MAX_INPUT_DEPTH = 32;

/** Problems reported for one request at most, so a hostile body cannot make a huge error. */
const MAX_PROBLEMS = 20;

/** C0 control characters other than tab, line feed and carriage return, and DEL: no text field holds them (PostgreSQL refuses NUL outright). */
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
/** Half of a UTF-16 surrogate pair without its other half: not Unicode text, and refused by jsonb. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** Keys that would reach an object's prototype when a DTO is built from the body. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const codePoint = (text: string, pattern: RegExp) => {
  const char = pattern.exec(text)?.[0] ?? '';
  return `U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
};

/** What is wrong with one string, as the message of a detail, or null. */
function textProblem(text: string, field: string): { constraint: InputConstraint; message: string } | null {
  if (CONTROL_CHARACTER.test(text)) {
    return {
      constraint: 'noControlCharacters',
      message: `${field} contains a control character (${codePoint(text, CONTROL_CHARACTER)})`,
    };
  }
  if (LONE_SURROGATE.test(text)) {
    return {
      constraint: 'wellFormedUnicode',
      message: `${field} contains an unpaired surrogate (${codePoint(text, LONE_SURROGATE)}), which is not Unicode text`,
    };
  }
  return null;
}

/** A key as it can be shown in a dotted path: its bad characters escaped. */
const printable = (key: string) => JSON.stringify(key).slice(1, -1);

/**
 * The values of a request that no field of any endpoint may hold, found before anything reads
 * them: control characters and unpaired surrogates in strings and keys, prototype keys,
 * nesting deeper than MAX_INPUT_DEPTH, numbers outside the range JSON carries exactly.
 * `root` names the value itself when it is not an object (a body that is a bare string).
 */
export function inputProblems(value: unknown, root: string): ErrorDetail[] {
  const problems: ErrorDetail[] = [];
  const visit = (node: unknown, field: string, depth: number): void => {
    if (problems.length >= MAX_PROBLEMS) return;
    const name = field || root;
    if (typeof node === 'string') {
      const problem = textProblem(node, name);
      if (problem) problems.push({ field: name, ...problem });
      return;
    }
    if (typeof node === 'number') {
      if (!Number.isFinite(node) || Math.abs(node) > Number.MAX_SAFE_INTEGER) {
        problems.push({
          field: name,
          constraint: 'isSafeNumber',
          message: `${name} must be a number between -${Number.MAX_SAFE_INTEGER} and ${Number.MAX_SAFE_INTEGER}`,
        });
      }
      return;
    }
    if (node === null || typeof node !== 'object') return;
    if (depth >= MAX_INPUT_DEPTH) {
      problems.push({
        field: name,
        constraint: 'maxDepth',
        message: `${name} is nested more than ${MAX_INPUT_DEPTH} levels deep`,
      });
      return;
    }
    for (const [key, child] of Object.entries(node)) {
      const path = field ? `${field}.${printable(key)}` : printable(key);
      if (FORBIDDEN_KEYS.has(key)) {
        problems.push({ field: path, constraint: 'whitelistValidation', message: `${path} is not an accepted field` });
        continue;
      }
      const problem = textProblem(key, path);
      if (problem) {
        problems.push({ field: path, ...problem });
        continue;
      }
      visit(child, path, depth + 1);
    }
  };
  visit(value, '', 0);
  return problems;
}

const OPEN = new Set([0x5b, 0x7b]); // [ {
const CLOSE = new Set([0x5d, 0x7d]); // ] }
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/**
 * Whether raw JSON nests deeper than `max`, read from the bytes before it is parsed: a body of a
 * few hundred kilobytes of brackets costs the parser tens of milliseconds, and this a fraction.
 */
export function jsonNestsDeeperThan(raw: Uint8Array, max = MAX_INPUT_DEPTH): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < raw.length; i++) {
    const byte = raw[i];
    if (inString) {
      if (byte === BACKSLASH) i++;
      else if (byte === QUOTE) inString = false;
    } else if (byte === QUOTE) {
      inString = true;
    } else if (OPEN.has(byte)) {
      if (++depth > max) return true;
    } else if (CLOSE.has(byte)) {
      depth--;
    }
  }
  return false;
}
