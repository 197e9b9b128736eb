import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Plan } from './schema';
import { planShapeCheck } from './plan-shape-check';
import { planShapeCheckSource } from './plan-shape-source';
import { characterCount } from './limits';
import ucs2length from 'ajv/dist/runtime/ucs2length.js';
import { generateDemoPlan } from '../demo';

const check = planShapeCheck;
const base = generateDemoPlan({ people: 30, seed: 7 });

/** Every JSON path of a document, so a property can replace the value at any of them. */
function paths(node: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (typeof node !== 'object' || node === null) return [prefix];
  const keys = Array.isArray(node) ? node.map((_, i) => i) : Object.keys(node);
  return [prefix, ...keys.flatMap((key) => paths((node as Record<string | number, unknown>)[key], [...prefix, key]))];
}
const allPaths = paths(base).filter((p) => p.length > 0);

function replaced(path: (string | number)[], value: unknown): unknown {
  const copy = structuredClone(base) as unknown as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path.at(-1)!] = value;
  return copy;
}

describe('the compiled plan shape check', () => {
  it('is the check the current schema compiles to (else run `npm run generate:shape-check`)', () => {
    const committed = readFileSync(fileURLToPath(new URL('./plan-shape-check.generated.ts', import.meta.url)), 'utf8');
    expect(committed === planShapeCheckSource()).toBe(true);
  });

  it("counts a text's length in characters as zod does: a name of 200 emoji is within the limit, 201 are not", () => {
    for (const [name, fits] of [['😀'.repeat(200), true], ['😀'.repeat(201), false], ['a'.repeat(201), false]] as const) {
      const doc = replaced(['people', 0, 'name'], name);
      expect(Plan.safeParse(doc).success).toBe(fits);
      expect(check(doc)).toBe(fits);
    }
  });

  it('counts characters as ajv does, lone surrogates included', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.oneof(fc.constantFrom('\ud83d', '\ude00', 'a'), fc.string({ unit: 'grapheme', maxLength: 1 })) }), (text) => {
        expect(characterCount(text)).toBe(ucs2length(text));
      }),
    );
  });

  it('takes null where the schema allows it, and only there', () => {
    expect(check(replaced(['roles', 0, 'expectedVacancy'], null))).toBe(true);
    expect(check(replaced(['people', 0, 'potential'], null))).toBe(true);
    expect(check(replaced(['people', 0, 'potential'], 'huge'))).toBe(false);
    expect(check(replaced(['people', 0, 'name'], null))).toBe(false);
    expect(check(replaced(['roles', 0, 'expectedVacancy'], '2026-02-30'))).toBe(false);
  });

  it('accepts a valid plan and refuses impossible dates, levels and kinds', () => {
    expect(check(base)).toBe(true);
    expect(check(replaced(['people', 0, 'assessments', 0, 'date'], '2026-02-29'))).toBe(false);
    expect(check(replaced(['people', 0, 'assessments', 0, 'date'], '2024-02-29'))).toBe(true);
    expect(check(replaced(['people', 0, 'performance'], 6))).toBe(false);
    expect(check(replaced(['people', 0, 'performance'], 2.5))).toBe(false);
    expect(check(replaced(['rotations', 0, 'status'], 'paused'))).toBe(false);
  });

  it('agrees with the zod schema on any one value replaced anywhere', () => {
    const values = fc.oneof(
      fc.constantFrom(null, '', 'x', '2026-13-01', '2026-02-29', '2028-02-29', 0, 1, 5, 6, -1, 2.5, true, [], {}, 'planned', 'front', 'high'),
      fc.jsonValue(),
    );
    fc.assert(
      fc.property(fc.constantFrom(...allPaths), values, (path, value) => {
        const doc = replaced(path, value);
        expect(check(doc)).toBe(Plan.safeParse(doc).success);
      }),
      { numRuns: 600 },
    );
  });
});
