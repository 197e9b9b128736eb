import { describe, expect, it } from 'vitest';
import { LIMITS } from '../domain/plan/limits';
import { planWith } from '../domain/testing/plan-builder';
import { checkRequest } from './dispatch';

const plan = planWith({
  people: [{ id: 'ana' }],
  rotations: [{ personId: 'ana', hostId: 'sales-hub', start: '2027-01-01', end: '2027-06-30' }],
  roles: [{ id: 'cso', successors: [{ personId: 'ana' }] }],
});
const person = plan.people[0];
const rotation = plan.rotations[0];
const role = plan.roles[0];
const long = (n: number) => 'x'.repeat(n);
const TWENTY_MB = 20 * 1024 * 1024;

/** The request's refusal lines, or [] when it was accepted. */
function refusal(name: string, input: unknown): string[] {
  const checked = checkRequest(name, input);
  return checked.ok ? [] : (checked.error.details ?? [checked.error.message]);
}

describe('every operation refuses input over the limits of DOMAIN.md §4, naming the field', () => {
  it.each<[string, string, unknown]>([
    ['organization:update', 'name', { name: long(LIMITS.name + 1) }],
    ['person:save', 'person.id', { person: { ...person, id: long(LIMITS.id + 1) } }],
    ['person:save', 'person.homeDomain', { person: { ...person, homeDomain: long(LIMITS.id + 1) } }],
    ['person:save', 'person.hrisNote', { person: { ...person, hrisNote: long(TWENTY_MB) } }],
    ['person:archive', 'personId', { personId: long(LIMITS.id + 1), archived: true }],
    ['rotation:save', 'rotation.objectives.0', { rotation: { ...rotation, objectives: [long(LIMITS.id + 1)] } }],
    ['rotation:addFeedback', 'feedback.author', { rotationId: rotation.id, feedback: { date: '2027-02-01', author: long(LIMITS.name + 1), text: 'Good.' } }],
    ['role:save', 'role.requirements.threads', { role: { ...role, requirements: { ...role.requirements, threads: { [long(LIMITS.id + 1)]: 3 } } } }],
    ['successor:nominate', 'personId', { roleId: role.id, personId: long(LIMITS.id + 1), readiness: 'ready-now' }],
    ['person:erase', 'personId', { personId: long(LIMITS.id + 1) }],
    ['person:erasePreview', 'personId', { personId: long(LIMITS.id + 1) }],
    ['report:pdf', 'personId', { report: 'person', personId: long(LIMITS.id + 1), paper: 'a4' }],
    ['audit:list', 'roleId', { roleId: long(LIMITS.id + 1) }],
    ['backups:restore', 'id', { id: long(1000) }],
    ['file:save', 'mime', { suggestedName: 'a.pdf', base64: '', mime: long(1000) }],
  ])('%s refuses an over-long %s', (name, field, input) => {
    const lines = refusal(name, input);
    expect(lines.some((line) => line.startsWith(`${field}:`) && /longer than|too long|at most/.test(line)), lines.join('\n')).toBe(true);
  });

  it('accepts inputs at the limits', () => {
    expect(refusal('organization:update', { name: long(LIMITS.name) })).toEqual([]);
    expect(refusal('person:save', { person: { ...person, id: long(LIMITS.id), name: long(LIMITS.name) } })).toEqual([]);
    expect(refusal('rotation:addFeedback', { rotationId: rotation.id, feedback: { date: '2027-02-01', author: 'Ben', text: long(LIMITS.text) } })).toEqual([]);
  });

  it('lets whole files through up to the size of the largest plan, and no further', () => {
    expect(refusal('plan:open', { fileName: 'big.braid.json', text: long(1000) })).toEqual([]);
    expect(refusal('plan:open', { fileName: 'big.braid.json', text: long(201 * 1024 * 1024) }).some((l) => l.startsWith('text:'))).toBe(true);
  });
});
