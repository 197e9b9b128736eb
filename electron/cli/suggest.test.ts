import { describe, expect, it } from 'vitest';
import { braid, fixture } from './testing/fake-io';

const SMALL = fixture('small.braid.json');

describe('braid suggest FILE --person ID', () => {
  it('proposes rotations into the missing side first, each with the gaps it closes', async () => {
    const run = await braid(['suggest', SMALL, '--person', 'P2']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Suggested rotations for Анна Петрова \(P2\), Head of Platform Engineering\n\n1\. 2027-\d\d-01 to /);
    expect(run.stdout).toContain('For: Head of Delivery (CR1)');
    expect(run.stdout).toContain('Closes: Front-side exposure: 6 of 12 months');
  });

  it('--json prints one object with the suggestions for the role given', async () => {
    const run = await braid(['suggest', SMALL, '--person', 'P2', '--role', 'CR1', '--json']);
    expect(run.code).toBe(0);
    const answer = JSON.parse(run.stdout);
    expect(answer.person).toEqual({ id: 'P2', name: 'Анна Петрова' });
    expect(answer.roleId).toBe('CR1');
    expect(answer.suggestions.length).toBeGreaterThan(0);
    const first = answer.suggestions[0];
    expect(Object.keys(first)).toEqual(['hostId', 'hostName', 'domain', 'start', 'end', 'objectives', 'closes', 'roleId']);
    expect(['H2']).toContain(first.hostId);
    expect(first.start >= '2027-01-01').toBe(true);
    expect(first.closes.join(' ')).toContain('Front-side exposure');
  });

  it('explains an empty answer for a linear-track leader', async () => {
    const run = await braid(['suggest', SMALL, '--person', 'P4']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('王芳 is on the linear track and does not rotate');
    expect(JSON.parse((await braid(['suggest', SMALL, '--person', 'P4', '--json'])).stdout).suggestions).toEqual([]);
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
