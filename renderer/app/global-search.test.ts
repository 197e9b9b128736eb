import { describe, expect, it } from 'vitest';
import { generateDemoPlan } from '../../shared/domain/demo';
import { emptyPlan } from '../../shared/domain/plan/defaults';
import type { Person, Plan, Role } from '../../shared/domain/plan/schema';
import { searchIndexOf, searchPlan } from './global-search';

function person(id: string, name: string, extra: Partial<Person> = {}): Person {
  return {
    id, name, title: 'Engineer', homeDomain: 'd1', managerId: null, track: 'braided', performance: null, potential: null,
    flightRisk: null, experience: [], assessments: [], ...extra,
  };
}

function role(id: string, title: string, extra: Partial<Role> = {}): Role {
  return {
    id, title, domains: [], incumbentId: null, vacancyRisk: 'low', expectedVacancy: null,
    requirements: { threads: {}, frontMonths: 0, backMonths: 0 }, successors: [], ...extra,
  };
}

function planWith(people: Person[], roles: Role[] = []): Plan {
  return { ...emptyPlan(), people, roles };
}

const search = (plan: Plan, query: string, limit?: number) => searchPlan(searchIndexOf(plan), query, limit);
const names = (plan: Plan, query: string, limit?: number) => search(plan, query, limit).people.map((p) => p.name);

describe('searchPlan', () => {
  const plan = planWith(
    [
      person('P1', 'Zoë Łukasiewicz', { title: 'Head of Delivery' }),
      person('P2', 'Lukas Zoellner'),
      person('P3', 'Anna Kowalska', { title: 'Zookeeper' }),
      person('P4', 'Zoe Archer', { archived: true }),
      person('P5', 'Mazoe Smith'),
    ],
    [role('R1', 'Head of Delivery'), role('R2', 'Head of Sales', { retired: true }), role('R3', 'Delivery Lead')],
  );

  it('finds "Zoë" by typing "zoe" and "ZOË", and "Łukasiewicz" by "luk"', () => {
    expect(names(plan, 'zoe')).toContain('Zoë Łukasiewicz');
    expect(names(plan, 'ZOË')).toContain('Zoë Łukasiewicz');
    expect(names(plan, 'łuk')).toEqual(['Lukas Zoellner', 'Zoë Łukasiewicz']);
  });

  it('ranks word-prefix matches on the name before matches inside a word or in the title, archived people last', () => {
    expect(names(plan, 'zoe')).toEqual(['Zoë Łukasiewicz', 'Lukas Zoellner', 'Mazoe Smith', 'Zoe Archer']);
    expect(names(plan, 'zoo')).toEqual(['Anna Kowalska']);
  });

  it('marks archived people so the list can say so', () => {
    expect(search(plan, 'archer').people).toEqual([{ kind: 'person', id: 'P4', name: 'Zoe Archer', title: 'Engineer', archived: true }]);
  });

  it('needs every word of the query, and prefers the whole query at the start of the name', () => {
    expect(names(plan, 'zoe luk')).toEqual(['Zoë Łukasiewicz', 'Lukas Zoellner']);
    expect(names(plan, 'zoe nobody')).toEqual([]);
  });

  it('finds people by id and roles by title, leaving retired roles out', () => {
    expect(names(plan, 'p3')).toEqual(['Anna Kowalska']);
    expect(search(plan, 'head').roles.map((r) => r.id)).toEqual(['R1']);
    expect(search(plan, 'deliv').roles.map((r) => r.id)).toEqual(['R3', 'R1']);
    expect(search(plan, 'sales').roles).toEqual([]);
  });

  it('puts roles first when the query names a role better than it names anyone', () => {
    expect(search(plan, 'head of deliv')).toMatchObject({ rolesFirst: true, people: [{ id: 'P1' }], roles: [{ id: 'R1' }] });
    expect(search(plan, 'zoe').rolesFirst).toBe(false);
  });

  it('returns nothing for an empty query', () => {
    expect(search(plan, '   ')).toEqual({ people: [], roles: [], rolesFirst: false });
  });

  it('caps the list, keeping room for roles when names would fill it', () => {
    const many = planWith(
      Array.from({ length: 40 }, (_, i) => person(`P${i}`, `Delia ${String(i).padStart(2, '0')}`)),
      Array.from({ length: 6 }, (_, i) => role(`R${i}`, `Delivery role ${i}`)),
    );
    const results = search(many, 'del', 12);
    expect(results.people).toHaveLength(8);
    expect(results.roles).toHaveLength(4);
    expect(results.people.map((p) => p.name)).toEqual(Array.from({ length: 8 }, (_, i) => `Delia 0${i}`));
    expect(search(many, 'delia', 12).people).toHaveLength(12);
  });

  it('keeps only the best matches of a 10 000-person plan', () => {
    const big = generateDemoPlan({ people: 10_000, seed: 7 });
    const index = searchIndexOf(big);
    // How fast is for the benchmarks (about 2 ms a keystroke at 10 000 people), not for a test.
    expect(searchPlan(index, 'a').people).toHaveLength(12 - searchPlan(index, 'a').roles.length);
    expect(searchPlan(index, 'xyzzy')).toMatchObject({ people: [], roles: [] });
  });
});
