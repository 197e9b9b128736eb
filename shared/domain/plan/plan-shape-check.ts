import Ajv2020 from 'ajv/dist/2020.js';
import { z } from 'zod';
import { isRealDate, Plan } from './schema';

/**
 * A compiled shape check of the plan, derived from the zod schema (its JSON Schema, with
 * our real-date rule as a format). It answers only "valid or not", without copying the
 * document, which makes it several times faster than zod on large plans; zod stays the
 * single definition of the format and the source of the friendly error messages, and
 * runs whenever this check says no.
 *
 * Returns null where code generation is not allowed (a page with a strict CSP): callers
 * then use zod alone.
 */
type ShapeCheck = (input: unknown) => boolean;

const DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$';
let compiled: ShapeCheck | null | undefined;

function markDates(node: unknown): void {
  if (Array.isArray(node)) return node.forEach(markDates);
  if (typeof node !== 'object' || node === null) return;
  const record = node as Record<string, unknown>;
  if (record.pattern === DATE_PATTERN) record.format = 'braid-date';
  Object.values(record).forEach(markDates);
}

function compile(): ShapeCheck | null {
  try {
    const schema = z.toJSONSchema(Plan, { unrepresentable: 'throw', io: 'input' }) as Record<string, unknown>;
    markDates(schema);
    const ajv = new Ajv2020({ allErrors: false, strict: false, validateFormats: true });
    ajv.addFormat('braid-date', { type: 'string', validate: isRealDate });
    return ajv.compile(schema) as ShapeCheck;
  } catch {
    return null;
  }
}

export function planShapeCheck(): ShapeCheck | null {
  if (compiled === undefined) compiled = compile();
  return compiled;
}
