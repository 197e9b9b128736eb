// Child process for the crash-safety test: saves ever-changing large plans through the
// real PlanStore until it is killed. Prints "saving" once the first save has landed.
import { PlanStore } from '../../electron/services/plan-store';
import { planWith } from '../../shared/domain/testing/plan-builder';

const dir = process.argv[2];
const people = Array.from({ length: 3000 }, (_, i) => ({ id: `p${i}`, title: 'Lead '.repeat(20) }));
const store = new PlanStore(dir, 0);
await store.open();
await store.replace(planWith({ people }), 'Start');
process.stdout.write('saving\n');
for (let i = 0; ; i++) await store.edit('organization:update', { name: `Revision ${i}` });
