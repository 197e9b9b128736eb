import { readFileSync } from 'node:fs';
import type { Plan } from '../../shared/domain/plan/schema';
import { parsePlanText } from '../../shared/domain/plan/validate';

/**
 * tests/fixtures/whatif.braid.json, the hand-built plan of the what-if tests: Анна Петрова (P1)
 * holds Chief Technology Officer (R1), Zoë Łukasiewicz (P2) Head of Delivery (R2); प्रिया शर्मा (P3)
 * is the only ready-now successor of both, mentor and backfill of Zoë's rotation T1, and on an
 * active rotation T4 herself (backfilled by Oskar Berg, P5, her direct report). 王芳 (P4) has two
 * rotations, T2 across the year end and T3 four weeks after it. For tests only (it reads a file).
 */
export function whatIfPlan(): Plan {
  const text = readFileSync(new URL('../fixtures/whatif.braid.json', import.meta.url), 'utf8');
  const result = parsePlanText(text, 'whatif.braid.json');
  if (!result.ok) throw new Error(`whatif.braid.json is not valid: ${JSON.stringify(result.errors.slice(0, 3))}`);
  return result.plan;
}
