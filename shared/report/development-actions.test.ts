import { describe, expect, it } from 'vitest';
import { analyzePlan } from '../domain/analysis';
import { planWith, successor, worked } from '../domain/testing/plan-builder';
import { buildReport } from './index';

const plan = planWith({
  people: [
    { id: 'ana', name: 'Анна Петрова', experience: [worked('engineering', '2019-01-01')] },
    { id: 'wang', name: '王芳', homeDomain: 'sales' },
  ],
  roles: [{ id: 'cso', title: 'Chief Service Officer', requirements: { threads: { 'financial-acumen': 4 } }, successors: [successor('ana')] }],
  actions: [
    { personId: 'ana', title: 'Finance for leaders', threads: ['financial-acumen'], start: '2027-02-01', end: '2027-04-30', evidenceDue: '2027-05-31', ownerId: 'wang' },
    { personId: 'ana', kind: 'acting-role', roleId: 'cso', title: 'Acting CSO', threads: ['customer-success'], start: '2026-07-01', end: '2026-09-30', status: 'completed' },
    { personId: 'ana', kind: 'project', title: 'Dropped project', threads: ['innovation'], start: '2027-03-01', end: '2027-05-31', status: 'cancelled' },
  ],
});
const build = (request: Parameters<typeof buildReport>[2]) => buildReport(plan, analyzePlan(plan), request, { generatedOn: '2027-01-05' }).html;

/** The rows of the development-actions table as text, tags dropped. */
const actionRows = (html: string) =>
  [...html.matchAll(/<table class="actions">[\s\S]*?<tbody>([\s\S]*?)<\/tbody>/g)].flatMap((m) => [...m[1].matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((r) => r[1].replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim()));

describe('development actions in the reports', () => {
  it('lists the person’s actions on their profile, live first, with kind, owner, threads, dates and evidence day; not the cancelled one', () => {
    const html = build({ report: 'person', personId: 'ana' });
    expect(html).toContain('<h3>Development actions</h3>');
    expect(actionRows(html)).toEqual([
      'Course Finance for leaders with 王芳 Financial Acumen 1 Feb 2027 – 30 Apr 2027 31 May 2027 planned',
      'Acting role Acting CSO acting as Chief Service Officer Customer Success for Value Delivery 1 Jul 2026 – 30 Sep 2026 30 Sep 2026 completed',
    ]);
    // Each kind carries its mark beside its word.
    expect(html.match(/<span class="action-kind"><svg/g)).toHaveLength(2);
    expect(html).not.toContain('Dropped project');
  });

  it('lists them under each successor of the role report', () => {
    const html = build({ report: 'role', roleId: 'cso' });
    expect(actionRows(html)).toHaveLength(2);
    expect(html).toContain('Finance for leaders');
  });
});
