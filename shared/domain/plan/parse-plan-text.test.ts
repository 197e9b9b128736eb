import { describe, expect, it } from 'vitest';
import { emptyPlan } from './defaults';
import { lineAndColumn } from './json-text';
import { formatPlanError, parsePlanText } from './validate';
import { parsePlanTextLazily } from './parse-plan-lazily';
import { generateDemoPlan } from '../demo';

const messagesOf = (text: string, fileName?: string): string[] => {
  const result = parsePlanText(text, fileName);
  return result.ok ? [] : result.errors.map(formatPlanError);
};

describe('parsePlanText', () => {
  it('reads a valid plan, with or without a byte-order mark', () => {
    const text = JSON.stringify(emptyPlan('Acme'), null, 2);
    for (const variant of [text, `\uFEFF${text}`]) {
      const result = parsePlanText(variant, 'acme.braid.json');
      expect(result.ok).toBe(true);
      if (result.ok) expect(result.plan.organization.name).toBe('Acme');
    }
  });

  it('names the line and column of a JSON syntax error', () => {
    const text = '{\n  "format": "braid-plan",\n  "version": 1\n  "people": []\n}';
    expect(messagesOf(text, 'plan.braid.json')).toEqual([
      "plan.braid.json is not valid JSON: expected ',' or '}' after property value at line 4, column 3",
    ]);
  });

  it('says when the file stops early, as a cut-short copy would', () => {
    expect(messagesOf('{\n  "format": "braid-plan",\n  "people": [', 'cut.json')).toEqual([
      'cut.json is not valid JSON: the text stops in the middle of the plan at line 3, column 14 (was the file cut short?)',
    ]);
  });

  it('says when the file is empty, and names "The file" without a file name', () => {
    expect(messagesOf('  \n')).toEqual(['The file is empty']);
  });

  it('refuses a plan from a newer Braid at the version, before any other check', () => {
    const text = JSON.stringify({ format: 'braid-plan', version: 4, people: 'whatever' });
    expect(messagesOf(text)).toEqual([expect.stringMatching(/^version: 4 is a newer plan format than this version of Braid reads \(up to version 3\)/)]);
  });

  it('validates what it parsed', () => {
    const plan = emptyPlan();
    plan.hosts.push({ id: 'H1', name: 'Cloud Ops', domain: 'nowhere', capacity: 2 });
    expect(messagesOf(JSON.stringify(plan))).toEqual(['hosts[0].domain: "nowhere" is not a domain']);
  });
});

describe('parsePlanTextLazily (the command line: zod only for a misshapen plan)', () => {
  it('reads every kind of file exactly as parsePlanText does', async () => {
    const plan = generateDemoPlan({ people: 40, seed: 3 });
    const badReference = structuredClone(plan);
    badReference.rotations[0].hostId = 'nowhere';
    const misshapen = structuredClone(plan) as unknown as { people: { performance: unknown; name: unknown }[] };
    misshapen.people[2].performance = 9;
    misshapen.people[5].name = null;
    const v1 = { format: 'braid-plan', version: 1, organization: { name: 'Old', asOf: null }, framework: emptyPlan().framework, hosts: [], people: [], rotations: [], roles: [] };
    const texts = [plan, badReference, misshapen, v1, { format: 'braid-plan', version: 4 }, []].map((doc) => JSON.stringify(doc));
    for (const text of [...texts, '{ "format": ', '']) {
      expect(await parsePlanTextLazily(text, 'plan.braid.json')).toEqual(parsePlanText(text, 'plan.braid.json'));
    }
    const misshapenResult = await parsePlanTextLazily(texts[2]);
    expect(misshapenResult.ok ? [] : misshapenResult.errors.map(formatPlanError)).toEqual(['people[2].performance: 9 is above 5', 'people[5].name: null is not text']);
    expect(await parsePlanTextLazily(texts[3])).toMatchObject({ ok: true, fromVersion: 1 });
  });
});

describe('lineAndColumn', () => {
  it('counts lines and columns from 1', () => {
    expect(lineAndColumn('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
    expect(lineAndColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
    expect(lineAndColumn('ab\n', 3)).toEqual({ line: 2, column: 1 });
  });
});
