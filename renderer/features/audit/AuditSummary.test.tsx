// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import type { AuditEntry } from '../../../shared/domain/audit/types';
import { planWith } from '../../../shared/domain/testing/plan-builder';
import { useBraid } from '../../store';
import { fakeApi } from '../../testing/fake-api';
import { AuditTrail } from './AuditTrail';

const entry = (seq: number, personId: string, summary: string): AuditEntry => ({
  seq,
  at: '2026-11-03T09:30:00.000Z',
  who: 'hr.partner',
  area: 'nomination',
  action: 'Nominate successor',
  summary,
  personIds: [personId],
  roleIds: ['cso'],
  rotationIds: [],
  names: ['Omar Haddad', 'Chief Service Officer'],
  before: null,
  after: 'Ready now',
});

afterEach(() => {
  cleanup();
  fakeApi.reset();
});

describe('audit entries about people of the same name', () => {
  it('say after each name what tells the two apart, as the chips and pickers do; a name of one’s own stays bare', async () => {
    useBraid.setState({
      plan: planWith({
        people: [
          { id: 'o1', name: 'Omar Haddad', title: 'Engineering Manager' },
          { id: 'o2', name: 'Omar Haddad', title: 'Head of Sales', homeDomain: 'sales' },
          { id: 'ana', name: 'Ana Silva', title: 'Analyst' },
        ],
      }),
      loaded: true,
    });
    fakeApi.respond('audit:list', {
      entries: [
        entry(3, 'o2', 'Omar Haddad nominated as a successor for Chief Service Officer'),
        entry(2, 'o1', 'Omar Haddad nominated as a successor for Chief Service Officer'),
        { ...entry(1, 'ana', 'Ana Silva nominated as a successor for Chief Service Officer'), names: ['Ana Silva', 'Chief Service Officer'] },
      ],
      damaged: 0,
    });
    render(<AuditTrail roleId="cso" />);
    await screen.findAllByText(/nominated as a successor/);
    const changes = screen.getAllByRole('row').slice(1).map((row) => within(row).getAllByRole('cell')[2].textContent);
    expect(changes).toEqual([
      'Omar Haddad (Head of Sales) nominated as a successor for Chief Service Officer · Nominate successor',
      'Omar Haddad (Engineering Manager) nominated as a successor for Chief Service Officer · Nominate successor',
      'Ana Silva nominated as a successor for Chief Service Officer · Nominate successor',
    ]);
  });
});
