import { describe, expect, it } from 'vitest';
import { analyzePlan } from '../analysis';
import { generateDemoPlan } from '../demo';
import { person, planWith, role } from '../testing/plan-builder';
import { bandOf, boxDescription, boxFactsOf, chartRows, chartTops, expandedToReach, initiallyExpanded, lineAbove, reportingTree } from './index';

const people = [
  person({ id: 'ceo', name: 'Dana Reyes', title: 'Chief Executive' }),
  person({ id: 'cto', name: 'Bo Chen', title: 'CTO', managerId: 'ceo' }),
  person({ id: 'cso', name: 'Ana Lima', title: 'Chief Service Officer', managerId: 'ceo', homeDomain: 'sales', flightRisk: 'high' }),
  person({ id: 'eng1', name: 'Zoë Łukasiewicz', title: 'Engineering Manager', managerId: 'cto' }),
  person({ id: 'eng2', name: 'Omar Haddad', title: 'Engineer', managerId: 'eng1' }),
  person({ id: 'gone', name: 'Old Boss', title: 'Former VP', archived: true }),
  person({ id: 'orphan', name: 'Ida Berg', title: 'Analyst', managerId: 'gone' }),
];

describe('the reporting tree', () => {
  const tree = reportingTree(people);

  it('starts at the people nobody in the organisation manages, ordered by name, and leaves the archived out', () => {
    expect(tree.roots).toEqual(['ceo', 'orphan']);
    expect(tree.children.get('ceo')).toEqual(['cso', 'cto']);
    expect(tree.has('gone')).toBe(false);
  });

  it('counts everyone below a person and names the line above them', () => {
    expect(tree.descendantCount('ceo')).toBe(4);
    expect(tree.descendantCount('eng2')).toBe(0);
    expect(lineAbove(tree, 'eng2')).toEqual(['ceo', 'cto', 'eng1']);
  });

  it('shows a reporting loop from a hand-made file at the top rather than losing it', () => {
    const loop = reportingTree([person({ id: 'a', managerId: 'b' }), person({ id: 'b', managerId: 'a' }), person({ id: 'c', managerId: 'c' })]);
    expect(loop.roots.sort()).toEqual(['a', 'c']);
    expect(loop.children.get('a')).toEqual(['b']);
  });
});

describe('the boxes shown', () => {
  const tree = reportingTree(people);

  it('opens with two levels: the top and their direct reports, everyone further down collapsed', () => {
    const expanded = initiallyExpanded(tree, tree.roots);
    const rows = chartRows(tree, tree.roots, expanded);
    expect(rows.map((r) => [r.personId, r.depth])).toEqual([
      ['ceo', 0],
      ['cso', 1],
      ['cto', 1],
      ['orphan', 0],
    ]);
    expect(rows.find((r) => r.personId === 'cto')).toMatchObject({ expanded: false, reports: 1, position: 2, siblings: 2, parentId: 'ceo' });
  });

  it('opens the way down to a person found by search, and shows a chart from any person', () => {
    const expanded = expandedToReach(tree, tree.roots, initiallyExpanded(tree, tree.roots), 'eng2')!;
    const rows = chartRows(tree, tree.roots, expanded);
    expect(rows.map((r) => r.personId)).toEqual(['ceo', 'cso', 'cto', 'eng1', 'eng2', 'orphan']);
    // cto is the last of ceo's reports: no line continues down beside eng2.
    expect(rows[4].guides).toEqual([false, false]);
    const fromCto = chartTops(tree, 'cto');
    expect(chartRows(tree, fromCto, initiallyExpanded(tree, fromCto)).map((r) => [r.personId, r.depth])).toEqual([
      ['cto', 0],
      ['eng1', 1],
    ]);
    expect(expandedToReach(tree, fromCto, new Set(), 'cso')).toBeNull();
  });

  it('walks only what is expanded: a 10 000-person plan opens with a handful of boxes, fast', () => {
    const plan = generateDemoPlan({ people: 10_000, seed: 1 });
    const big = reportingTree(plan.people);
    // The walk on each expand or collapse: the tree is built once per plan (its time is in bench:ui).
    const started = performance.now();
    const rows = chartRows(big, big.roots, initiallyExpanded(big, big.roots));
    expect(performance.now() - started).toBeLessThan(50);
    expect(rows.length).toBeLessThan(200);
    expect(big.roots.reduce((n, id) => n + 1 + big.descendantCount(id), 0)).toBe(plan.people.filter((p) => !p.archived).length);
  });
});

describe('what a box says', () => {
  const plan = planWith({
    people,
    roles: [
      role({ id: 'csor', title: 'Chief Service Officer', incumbentId: 'cso', domains: ['sales', 'engineering'], successors: [{ personId: 'eng1', readiness: 'ready-1-2-years' }, { personId: 'eng2', readiness: 'ready-3-5-years' }] }),
      role({ id: 'old', title: 'Retired role', incumbentId: 'cto', retired: true }),
    ],
  });
  const facts = boxFactsOf(plan, analyzePlan(plan));

  it('gives a critical role holder the role, its bench by readiness and its cover', () => {
    const cso = facts.get('cso')!;
    expect(cso.roles).toHaveLength(1);
    expect(cso.roles[0]).toMatchObject({ title: 'Chief Service Officer', bench: { 'ready-now': 0, 'ready-1-2-years': 1, 'ready-3-5-years': 1 }, singleSided: true, cover: 'ready-soon' });
    expect(cso.roles[0].worst).toBe('warning');
    expect(facts.get('cto')!.roles).toEqual([]);
  });

  it('says name, title, role and cover to a screen reader, telling namesakes apart', () => {
    const words = boxDescription(facts.get('cso')!, 0, 'Chief Service Officer');
    expect(words).toMatch(/^Ana Lima, Chief Service Officer\. holds Chief Service Officer: 0 ready now, 1 in 1–2 years, 1 in 3–5 years; single-sided bench; \d+ warning flags?/);
    expect(boxDescription(facts.get('cto')!, 1, 'CTO · Software Engineering')).toBe('Bo Chen (CTO · Software Engineering), CTO. 1 direct report');
  });

  it('puts each box in one band of each colouring', () => {
    const cso = facts.get('cso')!;
    expect(bandOf(cso, 'cover').label).toBe('Covered in 1–2 years');
    expect(bandOf(cso, 'flight-risk').label).toBe('High flight risk');
    expect(bandOf(cso, 'side').id).toBe('front');
    expect(bandOf(facts.get('cto')!, 'cover').id).toBe('none');
    expect(bandOf(facts.get('cto')!, 'braid-index').id).toBe('single');
  });
});
