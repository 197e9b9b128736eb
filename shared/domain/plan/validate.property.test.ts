import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateDemoPlan } from '../demo';
import { MAX_PLAN_ERRORS, parsePlanText, validatePlan, type PlanValidation } from './validate';

/** What every answer of validatePlan must look like, whatever it was given. */
function expectWellFormed(result: PlanValidation): void {
  if (result.ok) return;
  expect(result.errors.length).toBeGreaterThan(0);
  expect(result.errors.length).toBeLessThanOrEqual(MAX_PLAN_ERRORS + 1); // the first ones, then "and N more"
  for (const error of result.errors) {
    expect(typeof error.path).toBe('string');
    expect(error.message.length).toBeGreaterThan(0);
  }
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

/** Every path to a value inside a JSON document. */
function pathsOf(value: Json, prefix: Path = [], into: Path[] = []): Path[] {
  into.push(prefix);
  if (Array.isArray(value)) value.forEach((item, i) => pathsOf(item, [...prefix, i], into));
  else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) pathsOf(item, [...prefix, key], into);
  return into;
}

function mutate(doc: Json, path: Path, replacement: Json | undefined): Json {
  if (path.length === 0) return replacement ?? null;
  const copy = structuredClone(doc) as Record<string | number, Json>;
  let parent = copy as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, Json>;
  const last = path[path.length - 1];
  if (replacement === undefined) {
    if (Array.isArray(parent)) parent.splice(last as number, 1);
    else delete parent[last];
  } else parent[last] = replacement;
  return copy;
}

const base = JSON.parse(JSON.stringify(generateDemoPlan({ people: 12, seed: 'property' }))) as Json;
const basePaths = pathsOf(base);

describe('validatePlan never throws', () => {
  it('on any value at all', () => {
    fc.assert(fc.property(fc.anything({ withNullPrototype: true, withObjectString: true, withBigInt: true }), (value) => expectWellFormed(validatePlan(value))), { numRuns: 500 });
  });

  it('on anything dressed as a Braid plan', () => {
    const envelope = fc.dictionary(fc.constantFrom('organization', 'framework', 'hosts', 'people', 'rotations', 'roles', 'extra'), fc.anything({ maxDepth: 4 }));
    fc.assert(fc.property(envelope, (parts) => expectWellFormed(validatePlan({ format: 'braid-plan', version: 1, ...parts }))), { numRuns: 500 });
  });

  it('on a valid plan with one value replaced or removed', () => {
    const replacement = fc.option(fc.jsonValue({ maxDepth: 2 }), { nil: undefined });
    fc.assert(
      fc.property(fc.constantFrom(...basePaths), replacement, (path, value) => {
        const doc = mutate(base, path, value as Json | undefined);
        const result = validatePlan(doc);
        expectWellFormed(result);
        // Whatever is accepted comes back exactly as given: nothing dropped, nothing defaulted.
        if (result.ok) expect(result.plan).toEqual(doc);
      }),
      { numRuns: 800 },
    );
  });

  it('on any text, or a valid plan file cut short anywhere', () => {
    const text = JSON.stringify(base, null, 2);
    fc.assert(fc.property(fc.string(), (junk) => expectWellFormed(parsePlanText(junk))), { numRuns: 300 });
    fc.assert(fc.property(fc.integer({ min: 0, max: text.length - 1 }), (end) => expectWellFormed(parsePlanText(text.slice(0, end), 'cut.braid.json'))), { numRuns: 300 });
  });
});
