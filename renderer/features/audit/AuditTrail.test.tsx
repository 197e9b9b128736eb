// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { AuditEntry } from '../../../shared/domain/audit/types';
import { fakeApi } from '../../testing/fake-api';
import { chooseOption } from '../../testing/choose-option';
import { AuditTrail } from './AuditTrail';

const entry = (seq: number, over: Partial<AuditEntry>): AuditEntry => ({
  seq,
  at: '2026-11-03T09:30:00.000Z',
  who: 'hr.partner',
  area: 'nomination',
  action: 'Nominate successor',
  summary: '',
  personIds: ['ana'],
  roleIds: ['cso'],
  rotationIds: [],
  names: ['Ana Silva', 'Chief Service Officer'],
  before: null,
  after: null,
  ...over,
});

const entries = [
  entry(3, { area: 'readiness', action: 'Change successor', summary: 'Readiness of Ana Silva for Chief Service Officer changed', before: 'Ready in 1–2 years', after: 'Ready now', who: 'j.doe' }),
  entry(2, { area: 'assessment', action: 'Record assessment', summary: 'Ana Silva assessed on Financial Acumen: 4 (Advanced)', after: '4 (Advanced), manager assessment of 2026-11-01' }),
  entry(1, { summary: 'Ana Silva nominated as a successor for Chief Service Officer', after: 'Ready in 1–2 years' }),
];

const server = { damaged: 0 };

beforeEach(() => {
  server.damaged = 0;
  fakeApi
    .respond('audit:list', () => ({ entries, damaged: server.damaged }))
    .respond('audit:exportCsv', { fileName: 'Acme-audit-trail.csv', text: 'When,Who\r\n' });
});
afterEach(cleanup);

const rowTexts = () => screen.getAllByRole('row').slice(1).map((row) => within(row).getAllByRole('cell')[2].textContent);

describe('AuditTrail', () => {
  it('asks for the entries about its subject and shows who, what, before and after, newest first', async () => {
    render(<AuditTrail personId="ana" />);
    await screen.findByText(/Readiness of Ana Silva/);
    expect(fakeApi.calls[0]).toEqual({ name: 'audit:list', input: { personId: 'ana', roleId: undefined, rotationId: undefined } });
    const first = screen.getAllByRole('row')[1];
    expect(within(first).getAllByRole('cell').map((c) => c.textContent)).toEqual([
      expect.any(String),
      'j.doe',
      'Readiness of Ana Silva for Chief Service Officer changed · Change successor',
      'Ready in 1–2 years',
      'Ready now',
    ]);
  });

  it('filters by kind of change and by words', async () => {
    const user = userEvent.setup();
    render(<AuditTrail roleId="cso" />);
    await screen.findByText(/Readiness of Ana Silva/);
    await chooseOption('Show', 'Assessment', { user });
    expect(rowTexts()).toEqual(['Ana Silva assessed on Financial Acumen: 4 (Advanced) · Record assessment']);
    await chooseOption('Show', 'All changes', { user });
    await user.type(screen.getByLabelText('Search'), 'j.doe ready');
    expect(rowTexts()).toHaveLength(1);
    await user.clear(screen.getByLabelText('Search'));
    await user.type(screen.getByLabelText('Search'), 'nobody');
    expect(screen.getByText('No change matches these filters.')).toBeTruthy();
  });

  it('exports what is shown to CSV, and says when entries could not be read', async () => {
    server.damaged = 2;
    const user = userEvent.setup();
    render(<AuditTrail rotationId="rot-1" />);
    expect((await screen.findByRole('status')).textContent).toMatch(/2 entries of the audit log could not be read/);
    await chooseOption('Show', 'Readiness', { user });
    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect(fakeApi.calls.at(-1)).toEqual({ name: 'audit:exportCsv', input: { personId: undefined, roleId: undefined, rotationId: 'rot-1', area: 'readiness' } });
    expect(fakeApi.saved).toMatchObject([{ fileName: 'Acme-audit-trail.csv', text: 'When,Who\r\n', mime: 'text/csv;charset=utf-8' }]);
  });
});
