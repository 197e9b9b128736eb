import Ajv2020, { _ } from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { z } from 'zod';
import { ISO_DATE_PATTERN } from './real-date';
import { Plan } from './schema';

/**
 * The source of plan-shape-check.generated.ts: the plan's zod schema as JSON Schema, compiled by
 * ajv into a stand-alone module. Compiled at build time rather than when a plan is first read,
 * because compiling it took a quarter of a second — as long as a `braid check` of a large plan
 * otherwise spends validating it — and needed zod and ajv loaded (and `eval`, which the
 * renderer's CSP forbids). `npm run generate:shape-check` writes the file; a test fails when the
 * committed file is no longer what the schema gives.
 */

/** Keywords that constrain only one type of value: a null is never refused by them. */
const ONE_TYPE_KEYWORDS = new Set([
  'type', 'pattern', 'format', 'minLength', 'maxLength', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf',
  'properties', 'required', 'additionalProperties', 'patternProperties', 'propertyNames', 'items', 'prefixItems', 'minItems', 'maxItems',
]);

/**
 * Rewrites the JSON Schema in place into the same constraints ajv checks faster:
 * - the plan's dates (the YYYY-MM-DD pattern) get the "braid-date" format, our real-day rule,
 *   which zod's refine carries but JSON Schema cannot say;
 * - zod's nullable, `anyOf: [X, {type: "null"}]`, becomes X with `type: [t, "null"]` (and null
 *   among its enum values) where X's other keywords bind only its own type: the same set of
 *   values, without ajv recording a failed branch (an error object) for every null of the plan.
 */
function tighten(node: unknown): void {
  if (Array.isArray(node)) return node.forEach(tighten);
  if (typeof node !== 'object' || node === null) return;
  const record = node as Record<string, unknown>;
  if (record.pattern === ISO_DATE_PATTERN) record.format = 'braid-date';
  Object.values(record).forEach(tighten);
  const anyOf = record.anyOf;
  if (!Array.isArray(anyOf) || anyOf.length !== 2 || Object.keys(record).length !== 1) return;
  const [value, nothing] = anyOf as Record<string, unknown>[];
  const onlyNull = Object.keys(nothing).length === 1 && nothing.type === 'null';
  if (!onlyNull || typeof value.type !== 'string' || !Object.keys(value).every((key) => ONE_TYPE_KEYWORDS.has(key) || key === 'enum')) return;
  delete record.anyOf;
  // An enum binds every type, so null joins its values.
  Object.assign(record, value, { type: [value.type, 'null'] }, Array.isArray(value.enum) ? { enum: [...value.enum, null] } : {});
}

const UCS2LENGTH = /const (func\d+) = require\("ajv\/dist\/runtime\/ucs2length"\)\.default/;

/**
 * ajv's ES module output still `require`s its character counter; ours (limits.ts) takes its place,
 * and is called only for a text longer in UTF-16 units than the limit: a text is never more
 * characters long than units, so a shorter one is within the limit either way.
 */
function withCharacterCount(code: string): string {
  const found = UCS2LENGTH.exec(code);
  if (!found) return code;
  const func = found[1];
  return code
    .replace(found[0], `const ${func} = characterCount`)
    .replace(new RegExp(`${func}\\((data\\d+)\\) > (\\d+)`, 'g'), `($1.length > $2 && ${func}($1) > $2)`);
}

const HEADER = `/* eslint-disable */
// @ts-nocheck
// Generated from the plan schema (shared/domain/plan/schema.ts) by plan-shape-source.ts: do not edit.
// Run \`npm run generate:shape-check\` after changing the schema; plan-shape-check.test.ts says when to.
import { isRealDate } from './real-date';
import { characterCount } from './limits';

const planFormats = { 'braid-date': { validate: isRealDate } };
`;

/** The text of plan-shape-check.generated.ts for the current schema. */
export function planShapeCheckSource(): string {
  const schema = z.toJSONSchema(Plan, { unrepresentable: 'throw', io: 'input' }) as Record<string, unknown>;
  tighten(schema);
  const ajv = new Ajv2020({
    allErrors: false,
    strict: false,
    validateFormats: true,
    messages: false,
    code: { source: true, esm: true, formats: _`planFormats` },
  });
  ajv.addFormat('braid-date', { type: 'string', validate: () => true });
  return `${HEADER}${withCharacterCount(standaloneCode(ajv, ajv.compile(schema)).replace(/^"use strict";/, ''))}\n`;
}
