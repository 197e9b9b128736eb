import { describe, expect, it } from 'vitest';
import { analyzePlan } from '../../../shared/domain/analysis';
import { plannerFlagsOf } from '../../../shared/domain/analysis/flags-by-rotation';
import { planWith } from '../../../shared/domain/testing/plan-builder';
import { plannerLanes, type LaneOptions } from './planner-lanes';

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
