import { describe, expect, it } from 'vitest';
import { analyzePlan } from '../../../shared/domain/analysis';
import { plannerFlagsOf } from '../../../shared/domain/analysis/flags-by-rotation';
import { planWith } from '../../../shared/domain/testing/plan-builder';
import { plannerLanes, type LaneOptions } from './planner-lanes';
import { ACTION_ROW_HEIGHT, actionsTop, laneHeight } from './lane-geometry';

const plan = planWith({
  people: [
    { id: 'zoe', name: 'Zoë Łukasiewicz' },
    { id: 'ana', name: 'Ana Petrova' },
  ],
  moreHosts: [{ id: 'zurich', name: 'Zürich Søndergård office', domain: 'sales' }],
  rotations: [
    { personId: 'zoe', hostId: 'zurich', start: '2027-01-01', end: '2027-06-30' },
    { personId: 'ana', hostId: 'sales-hub', start: '2027-01-01', end: '2027-06-30' },
  ],
});
const flags = plannerFlagsOf(analyzePlan(plan));
const titles = (options: Partial<LaneOptions>) =>
  plannerLanes(plan, flags, '2026-01-01', { view: 'person', showCancelled: false, query: '', everyone: false, ...options }).map((lane) => lane.title);

describe('the planner filter', () => {
  it('finds a person typed without accents or capitals, as the roster and Ctrl+K do', () => {
    expect(titles({ query: 'lukasiewicz' })).toEqual(['Zoë Łukasiewicz']);
    expect(titles({ query: ' ZOE ŁUK ' })).toEqual(['Zoë Łukasiewicz']);
    expect(titles({ query: 'petrova' })).toEqual(['Ana Petrova']);
  });

  it('finds a host by its name or its domain the same way', () => {
    expect(titles({ view: 'host', query: 'zurich sonder' })).toEqual(['Zürich Søndergård office']);
    expect(titles({ view: 'host', query: 'zurich' })).toEqual(['Zürich Søndergård office']);
  });

  it('shows every lane when nothing is typed, and none when nothing matches', () => {
    expect(titles({})).toEqual(['Ana Petrova', 'Zoë Łukasiewicz']);
    expect(titles({ query: 'nobody' })).toEqual([]);
  });

  it('narrows the lanes it built instead of building new ones, so nothing is redrawn while typing', () => {
    const options: LaneOptions = { view: 'person', showCancelled: false, query: '', everyone: false };
    const all = plannerLanes(plan, flags, '2026-01-01', options);
    const [zoe] = plannerLanes(plan, flags, '2026-01-01', { ...options, query: 'luk' });
    expect(zoe).toBe(all.find((lane) => lane.id === 'zoe'));
    expect(plannerLanes(plan, flags, '2026-01-01', options)).toEqual(all);
  });

  it('follows a renamed person (a new object) instead of the name it folded before', () => {
    expect(titles({ query: 'lukasiewicz' })).toEqual(['Zoë Łukasiewicz']);
    const renamed = { ...plan, people: plan.people.map((p) => (p.id === 'zoe' ? { ...p, name: 'Zoë Nowak' } : p)) };
    const lanes = plannerLanes(renamed, flags, '2026-01-01', { view: 'person', showCancelled: false, query: 'nowak', everyone: false });
    expect(lanes.map((lane) => lane.title)).toEqual(['Zoë Nowak']);
  });
});

describe('development actions in the person lanes', () => {
  const withActions = planWith({
    people: [{ id: 'ana', name: 'Ana Petrova' }, { id: 'li', name: 'Li Wei' }, { id: 'bo', name: 'Bo Berg' }],
    rotations: [{ personId: 'ana', hostId: 'sales-hub', start: '2027-01-01', end: '2027-06-30' }],
    actions: [
      { personId: 'li', title: 'Finance for leaders', threads: ['financial-acumen'], start: '2027-02-01', end: '2027-04-30' },
      { personId: 'li', kind: 'mentoring', title: 'Monthly with the CFO', threads: ['financial-acumen'], start: '2027-03-01', end: '2027-08-31' },
      { personId: 'li', kind: 'project', title: 'Later project', threads: ['innovation'], start: '2027-05-01', end: '2027-07-31' },
      { personId: 'ana', kind: 'coaching', title: 'Dropped', threads: ['innovation'], start: '2027-02-01', end: '2027-03-31', status: 'cancelled' },
    ],
  });
  const lanesOf = (plan: typeof withActions, showCancelled = false) =>
    plannerLanes(plan, plannerFlagsOf(analyzePlan(plan)), '2026-01-01', { view: 'person', showCancelled, query: '', everyone: false });

  it('gives a person with actions and no rotation a lane, stacking actions that run at once', () => {
    const lanes = lanesOf(withActions);
    expect(lanes.map((l) => l.title)).toEqual(['Ana Petrova', 'Li Wei']);
    const li = lanes[1];
    expect(li.actions.map((a) => `${a.action.title}:${a.row}`)).toEqual(['Finance for leaders:0', 'Monthly with the CFO:1', 'Later project:0']);
    // The lane grows to hold its two action rows under its rotation row.
    expect(laneHeight(li)).toBeGreaterThanOrEqual(actionsTop(li) + 2 * ACTION_ROW_HEIGHT);
    expect(laneHeight(li)).toBeGreaterThan(laneHeight({ ...li, actions: [] }));
  });

  it('shows cancelled actions only with Cancelled on', () => {
    expect(lanesOf(withActions)[0].actions).toEqual([]);
    expect(lanesOf(withActions, true)[0].actions.map((a) => a.action.title)).toEqual(['Dropped']);
  });

  it('keeps a lane whose actions did not change when another person’s action is edited', () => {
    const before = lanesOf(withActions);
    const edited = { ...withActions, actions: withActions.actions!.map((a) => (a.title === 'Later project' ? { ...a, title: 'Renamed' } : a)) };
    const after = lanesOf(edited);
    expect(after[0]).toBe(before[0]);
    expect(after[1]).not.toBe(before[1]);
  });
});
