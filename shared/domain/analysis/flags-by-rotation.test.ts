import { describe, expect, it } from 'vitest';
import { analyzePlan } from './analyze-plan';
import { generateDemoPlan } from '../demo';
import { applyEdit } from '../edits';
import type { Plan } from '../plan/schema';
import { planWith } from '../testing/plan-builder';
import { plannerFlagsOf, previewPlannerFlags, type PlannerFlags } from './flags-by-rotation';
import { shiftRange, resizeRangeEnd } from '../time/date-range';

/** Every flag the planner would draw, as comparable text. */
function drawn(plan: Plan, flags: PlannerFlags): string[] {
  const lines: string[] = [];
  for (const r of plan.rotations) for (const f of flags.ofRotation(r.id)) lines.push(`${r.id} ${f.id} ${f.severity} ${f.message}`);
  for (const h of plan.hosts) for (const f of flags.overCapacityOf(h.id)) lines.push(`${h.id} ${f.id} ${f.from}..${f.to} ${f.message}`);
  return lines.sort();
}

function expectPreviewExact(before: Plan, after: Plan) {
  const preview = previewPlannerFlags(after, before, analyzePlan(before));
  expect(preview).not.toBeNull();
  expect(preview!.provisional).toBe(true);
  expect(drawn(after, preview!)).toEqual(drawn(after, plannerFlagsOf(analyzePlan(after))));
}

describe('the flag preview after a rotation change', () => {
  it('shows the overlap a move creates on both rotations, before the full analysis', () => {
    const before = planWith({
      people: [{ id: 'ana' }, { id: 'ben' }],
      rotations: [
        { personId: 'ana', hostId: 'sales-hub', start: '2027-01-01', end: '2027-06-30' },
        { personId: 'ana', hostId: 'data-hub', start: '2027-09-01', end: '2028-02-29' },
        { personId: 'ben', hostId: 'sales-hub', start: '2027-01-01', end: '2027-12-31' },
      ],
    });
    const after = applyEdit(before, 'rotation:move', { rotationId: 'rot-2', start: '2027-05-01', end: '2027-10-31' });
    const preview = previewPlannerFlags(after, before, analyzePlan(before))!;
    expect(preview.ofRotation('rot-1').map((f) => f.code)).toContain('rotation-overlap');
    expect(preview.ofRotation('rot-2').map((f) => f.code)).toContain('rotation-overlap');
    expect(preview.ofRotation('rot-3')).toEqual([]);
    expectPreviewExact(before, after);
  });

  it('agrees with the full analysis for moves, resizes, cancellations and host changes across the demo plan', () => {
    const plan = generateDemoPlan({ people: 150, seed: 1 });
    const live = plan.rotations.filter((r) => r.status === 'planned' || r.status === 'active');
    const sample = live.filter((_, i) => i % Math.max(1, Math.floor(live.length / 25)) === 0);
    expect(sample.length).toBeGreaterThan(10);
    sample.forEach((rotation, i) => {
      const range = { start: rotation.start, end: rotation.end };
      const moved = shiftRange(range, 'month', i % 2 ? 3 : -2);
      expectPreviewExact(plan, applyEdit(plan, 'rotation:move', { rotationId: rotation.id, ...moved }));
      const short = resizeRangeEnd(range, 'month', -4);
      expectPreviewExact(plan, applyEdit(plan, 'rotation:move', { rotationId: rotation.id, ...short }));
      expectPreviewExact(plan, applyEdit(plan, 'rotation:setStatus', { rotationId: rotation.id, status: 'cancelled' }));
      const otherHost = plan.hosts[(plan.hosts.findIndex((h) => h.id === rotation.hostId) + 1) % plan.hosts.length];
      expectPreviewExact(plan, applyEdit(plan, 'rotation:save', { rotation: { ...rotation, hostId: otherHost.id } }));
    });
  });

  it('gives up (null) when more than the rotations changed, so the planner waits for the full analysis', () => {
    const before = planWith({ people: [{ id: 'ana' }] });
    const after = applyEdit(before, 'person:save', { person: { ...before.people[0], track: 'linear' } });
    expect(previewPlannerFlags(after, before, analyzePlan(before))).toBeNull();
  });
});
