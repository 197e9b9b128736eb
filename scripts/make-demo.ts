/**
 * Writes resources/demo.braid.json: the 150-person demo plan (seed 1) the app offers on first
 * start and the PDF and e2e tests use. Run `npx tsx scripts/make-demo.ts` after changing the
 * generator; a unit test fails while the committed file differs from a fresh generation.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { serializePlan } from '../electron/services/plan-document';
import { DEMO_PEOPLE, DEMO_SEED, generateDemoPlan } from '../shared/domain/demo';

const target = fileURLToPath(new URL('../resources/demo.braid.json', import.meta.url));
const plan = generateDemoPlan({ people: DEMO_PEOPLE, seed: DEMO_SEED });
writeFileSync(target, serializePlan(plan));
console.log(`Wrote ${target}: ${plan.people.length} people, ${plan.rotations.length} rotations, ${plan.roles.length} critical roles.`);
