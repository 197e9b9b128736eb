import { describe, expect, it } from 'vitest';
import type { Flag } from '../../../shared/domain/model';
import { planWith } from '../../../shared/domain/testing/plan-builder';
import { flagSubjectLinks, subjectNamesOf } from '../../navigation/flag-subject';
import { upcomingRotationEvents } from './upcoming-rotations';

const plan = planWith({
  people: [{ id: 'ana', name: 'Ana' }, { id: 'bo', name: 'Bo' }],
  roles: [{ id: 'cso', title: 'Chief Service Officer' }],
  rotations: [
    { personId: 'ana', hostId: 'sales-hub', start: '2027-02-01', end: '2027-07-31' },
    { personId: 'bo', hostId: 'data-hub', start: '2026-09-01', end: '2027-01-31', status: 'active' },
    { personId: 'bo', hostId: 'data-hub', start: '2027-01-15', end: '2027-03-01', status: 'cancelled' },
    { personId: 'ana', hostId: 'data-hub', start: '2027-03-03', end: '2027-09-01' },
  ],
});
const names = subjectNamesOf(plan);
const flag = (f: Partial<Flag>): Flag => ({ id: 'x', code: 'role-thin-bench', severity: 'warning', message: '', ...f });

describe('flagSubjectLinks', () => {
  it('sends a role flag to the role’s succession slate', () => {
    expect(flagSubjectLinks(flag({ roleId: 'cso' }), names)).toEqual([{ label: 'Chief Service Officer', route: { screen: 'succession', roleId: 'cso' } }]);
  });

  it('offers the role first and the person second for a successor flag', () => {
    const links = flagSubjectLinks(flag({ code: 'successor-not-ready', roleId: 'cso', personId: 'ana' }), names);
    expect(links.map((l) => l.route)).toEqual([
      { screen: 'succession', roleId: 'cso' },
      { screen: 'profile', personId: 'ana' },
    ]);
  });

  it('sends rotation flags to the rotation, host flags to the host, person flags to the profile', () => {
    expect(flagSubjectLinks(flag({ code: 'rotation-overlap', rotationIds: ['rot-1', 'rot-4'], personId: 'ana' }), names)[0].route).toEqual({ screen: 'rotations', rotationId: 'rot-1', withRotationIds: ['rot-4'], personId: 'ana' });
    expect(flagSubjectLinks(flag({ code: 'rotation-over-capacity', hostId: 'data-hub', rotationIds: ['rot-2'] }), names)[0]).toEqual({ label: 'Data & Analytics hub', route: { screen: 'rotations', hostId: 'data-hub' } });
    expect(flagSubjectLinks(flag({ code: 'assessment-stale', personId: 'bo' }), names)).toEqual([{ label: 'Bo', route: { screen: 'profile', personId: 'bo' } }]);
  });
});

describe('flag links to a person', () => {
  it('tell two people of the same name apart, so the right profile is opened', () => {
    const twins = planWith({
      people: [
        { id: 'o1', name: 'Omar Haddad', title: 'Engineering Manager' },
        { id: 'o2', name: 'Omar Haddad', title: 'Head of Sales' },
      ],
    });
    const labels = ['o1', 'o2'].map((personId) => flagSubjectLinks(flag({ code: 'assessment-stale', personId }), subjectNamesOf(twins))[0].label);
    expect(labels).toEqual(['Omar Haddad (Engineering Manager)', 'Omar Haddad (Head of Sales)']);
  });
});

describe('upcomingRotationEvents', () => {
  it('lists starts and ends within 60 days of asOf, soonest first, without cancelled rotations', () => {
    const events = upcomingRotationEvents(plan, '2027-01-01', 60);
    expect(events.map((e) => `${e.date} ${e.kind} ${e.rotation.id}`)).toEqual(['2027-01-31 ends rot-2', '2027-02-01 starts rot-1']);
  });

  it('counts both ends of the window', () => {
    expect(upcomingRotationEvents(plan, '2027-01-31', 1).map((e) => e.date)).toEqual(['2027-01-31', '2027-02-01']);
  });
});
