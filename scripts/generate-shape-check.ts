/**
 * `npm run generate:shape-check`: writes the compiled plan shape check
 * (shared/domain/plan/plan-shape-check.generated.ts) from the plan schema.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { planShapeCheckSource } from '../shared/domain/plan/plan-shape-source';

const target = fileURLToPath(new URL('../shared/domain/plan/plan-shape-check.generated.ts', import.meta.url));
writeFileSync(target, planShapeCheckSource());
console.log(`wrote ${target}`);
