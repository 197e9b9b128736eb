// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { planWith } from '../../../shared/domain/testing/plan-builder';
import { useBraid } from '../../store';
import { fakeApi } from '../../testing/fake-api';
import { ExportMenu } from './ExportMenu';

beforeEach(() => {
  useBraid.setState({ plan: planWith({ people: [{ id: 'p1' }] }), loaded: true, notify: vi.fn() });
});
afterEach(cleanup);

describe('ExportMenu', () => {
  it('exports a table as CSV and saves the bytes under the service’s file name', async () => {
    fakeApi.respond('export:table', { fileName: 'Acme-people.csv', base64: btoa('Employee id'), mime: 'text/csv' });
    const user = userEvent.setup();
    render(<ExportMenu />);
    const toggle = screen.getByRole('button', { name: 'Export…' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    await user.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    await user.click(screen.getByRole('button', { name: 'People as CSV' }));
    expect(fakeApi.inputsOf('export:table')).toEqual([{ table: 'people', format: 'csv' }]);
    expect(fakeApi.saved).toMatchObject([{ fileName: 'Acme-people.csv', text: 'Employee id', mime: 'text/csv' }]);
    expect(useBraid.getState().notify).toHaveBeenCalledWith({ tone: 'success', message: 'Exported people (CSV) to Acme-people.csv.' });
    expect(screen.queryByRole('group', { name: 'Export' })).toBeNull();
  });

  it('offers every table as one workbook and the whole plan', async () => {
    fakeApi.respond('export:table', { fileName: 'Acme.xlsx', base64: '', mime: 'application/x' });
    const user = userEvent.setup();
    render(<ExportMenu />);
    await user.click(screen.getByRole('button', { name: 'Export…' }));
    await user.click(screen.getByRole('button', { name: 'Every table as one Excel workbook' }));
    expect(fakeApi.inputsOf('export:table')).toEqual([{ table: 'all', format: 'xlsx' }]);
  });

  it('closes on Escape and gives the focus back to its button', async () => {
    const user = userEvent.setup();
    render(<ExportMenu />);
    const toggle = screen.getByRole('button', { name: 'Export…' });
    await user.click(toggle);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('group', { name: 'Export' })).toBeNull();
    expect(document.activeElement).toBe(toggle);
  });

  it('shows an export that failed as an error notice', async () => {
    fakeApi.refuse('export:table', 'There is no plan to export yet.');
    const user = userEvent.setup();
    render(<ExportMenu />);
    await user.click(screen.getByRole('button', { name: 'Export…' }));
    await user.click(screen.getByRole('button', { name: 'Flags as Excel' }));
    expect(useBraid.getState().notify).toHaveBeenCalledWith({ tone: 'error', message: 'There is no plan to export yet.' });
  });
});
