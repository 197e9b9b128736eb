import { describe, expect, it } from 'vitest';
import { analyzePlan, FLAG_CODES } from '../domain/analysis';
import { generateDemoPlan, DEMO_PEOPLE, DEMO_SEED } from '../domain/demo';
import { buildReport } from './index';

/** What a reader of the printed page sees: the text between the tags, not the attributes. */
const visibleText = (html: string): string =>
  html
    .replace(/<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

describe("the organisation report's flags", () => {
  const plan = generateDemoPlan({ people: DEMO_PEOPLE, seed: DEMO_SEED });
  const analysis = analyzePlan(plan);
  const { html } = buildReport(plan, analysis, { report: 'org' }, { generatedOn: '2027-01-05' });
  const calendar = html.slice(html.indexOf('id="rotation-calendar"'));

  it('are named in words in the rotation calendar, the backfill flags too', () => {
    const raised = new Set(analysis.flags.filter((f) => f.rotationIds).map((f) => f.code));
    expect(raised).toContain('backfill-conflict');
    expect(raised).toContain('rotation-no-backfill');
    const text = visibleText(calendar);
    expect(text).toContain('Backfill conflict');
    expect(text).toContain('No backfill');
    expect(FLAG_CODES.filter((code) => text.includes(code))).toEqual([]);
  });

  it('never show a flag code to the reader', () => {
    const text = visibleText(html);
    expect(FLAG_CODES.filter((code) => text.includes(code))).toEqual([]);
  });
});
