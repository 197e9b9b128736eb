import { describe, expect, it } from 'vitest';
import { braid, fixture } from './testing/fake-io';

const SMALL = fixture('small.braid.json');

describe('braid suggest FILE --person ID', () => {
  it('proposes a development path into the missing side first, each step with what it closes and the fit after it', async () => {
    const run = await braid(['suggest', SMALL, '--person', 'P2']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Development paths for Анна Петрова \(P2\), Head of Platform Engineering\n\nToward Head of Delivery \(CR1\)/);
    expect(run.stdout).toMatch(/\n {2}1\. 2027-\d\d-01 to \d{4}-\d\d-\d\d: .* — fit after \d+ %\n/);
    expect(run.stdout).toContain('Closes: Front-side exposure reaches 12 months');
  });

  it('--json prints the contract object for the role given', async () => {
    const run = await braid(['suggest', SMALL, '--person', 'P2', '--role', 'CR1', '--json']);
    expect(run.code).toBe(0);
    const answer = JSON.parse(run.stdout);
    expect(Object.keys(answer)).toEqual(['personId', 'roleId', 'readyBy', 'inTime', 'reason', 'path', 'alternatives']);
    expect(answer).toMatchObject({ personId: 'P2', roleId: 'CR1' });
    expect(answer.readyBy).toMatch(/^\d{4}-\d\d-\d\d$/);
    expect(answer.path.length).toBeGreaterThan(0);
    const first = answer.path[0];
    expect(Object.keys(first).slice(0, 7)).toEqual(['hostId', 'start', 'end', 'closes', 'narrows', 'fitAfter', 'endsAfterVacancy']);
    expect(first.start >= '2027-01-01' && first.start.endsWith('-01')).toBe(true);
    expect(typeof first.fitAfter).toBe('number');
    expect(answer.path.at(-1).end).toBe(answer.readyBy);
  });

  it('explains an empty answer for a linear-track leader', async () => {
    const run = await braid(['suggest', SMALL, '--person', 'P4']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('王芳 is on the linear track and does not rotate');
    expect(JSON.parse((await braid(['suggest', SMALL, '--person', 'P4', '--json'])).stdout).path).toEqual([]);
  });

  it('asks for a role when the person is on no slate', async () => {
    const run = await braid(['suggest', SMALL, '--person', 'P3']);
    expect(run.stdout).toContain('is on no successor slate: name a role with --role ID');
  });

  it('refuses an unknown person or role, and a missing --person, with exit 2', async () => {
    const unknownPerson = await braid(['suggest', SMALL, '--person', 'P99']);
    expect(unknownPerson.code).toBe(2);
    expect(unknownPerson.stderr).toContain('there is no person with id "P99"');
    const unknownRole = await braid(['suggest', SMALL, '--person', 'P2', '--role', 'CR9']);
    expect(unknownRole.code).toBe(2);
    expect(unknownRole.stderr).toContain('there is no role with id "CR9"');
    const missing = await braid(['suggest', SMALL]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('braid suggest: missing --person ID');
  });

  it('refuses an invalid plan with exit 2', async () => {
    const run = await braid(['suggest', fixture('invalid-level.braid.json'), '--person', 'P2']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('people[1].assessments[0].level: 7 is above 5');
  });
});
