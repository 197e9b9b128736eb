import { validate } from './plan-shape-check.generated';

/**
 * The compiled shape check of the plan, generated from the zod schema at build time
 * (plan-shape-source.ts). It answers only "valid or not", without copying the document,
 * which makes it several times faster than zod on large plans; zod stays the single
 * definition of the format and the source of the friendly error messages, and runs whenever
 * this check says no. It needs neither zod, ajv nor `eval`, so it serves the renderer too.
 */
export type ShapeCheck = (input: unknown) => boolean;

export const planShapeCheck: ShapeCheck = (input) => validate(input) === true;
