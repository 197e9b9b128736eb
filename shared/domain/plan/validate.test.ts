import { describe, expect, it } from 'vitest';
import { planWith, assessed, worked } from '../testing/plan-builder';
import { emptyPlan } from './defaults';
import { formatPlanError, MAX_PLAN_ERRORS, validatePlan, type PlanError } from './validate';
import { validateKnownShape } from './plan-reading';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a test reaches into any value of a JSON document to break it
type Doc = Record<string, any>;

/** A small valid plan as plain JSON, so a test can break one value of it. */
function validDoc(): Doc {
  const plan = planWith({
    people: [
      { id: 'ana', managerId: null, assessments: [assessed('innovation', 3, '2026-06-01')], experience: [worked('engineering', '2020-01-01', '2022-12-31'), worked('sales', '2023-01-01')] },
      { id: 'ben', managerId: 'ana' },
      { id: 'cleo', managerId: 'ana' },
    ],
    rotations: [{ personId: 'ben', hostId: 'sales-hub', start: '2027-02-01', end: '2027-07-31', mentorId: 'ana', objectives: ['customer-success'] }],
    roles: [{ id: 'cso', domains: ['delivery', 'engineering'], incumbentId: 'ana', requirements: { threads: { innovation: 3 } }, successors: [{ personId: 'ben' }, { personId: 'cleo' }] }],
  });
  return JSON.parse(JSON.stringify(plan));
}

function errorsOf(doc: unknown): string[] {
  const result = validatePlan(doc);
  if (result.ok) throw new Error('expected the plan to be refused');
  return result.errors.map(formatPlanError);
}

describe('validatePlan: valid plans', () => {
  it('accepts a small plan and an empty one', () => {
    expect(validatePlan(validDoc()).ok).toBe(true);
    expect(validatePlan(emptyPlan()).ok).toBe(true);
  });

  it('keeps unknown fields at every level, so a newer tool’s data survives a save', () => {
    const doc = validDoc();
    doc.customTop = { a: 1 };
    doc.people[0].hrisNumber = 'E-77';
    doc.people[0].assessments[0].evidenceUrl = 'x';
    doc.roles[0].requirements.certifications = ['ITIL'];
    const result = validatePlan(doc);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const plan = result.plan as Doc;
    expect(plan.customTop).toEqual({ a: 1 });
    expect(plan.people[0].hrisNumber).toBe('E-77');
    expect(plan.people[0].assessments[0].evidenceUrl).toBe('x');
    expect(plan.roles[0].requirements.certifications).toEqual(['ITIL']);
  });
});

describe('validatePlan: the file is not a Braid plan of this version', () => {
  it.each([
    [null, 'null is not a Braid plan'],
    [[1, 2], 'a list is not a Braid plan'],
    ['hello', '"hello" is not a Braid plan'],
    [{ version: 1 }, 'format: is missing: this is not a Braid plan file'],
    [{ format: 'excel', version: 1 }, 'format: "excel" is not "braid-plan": this is not a Braid plan file'],
    [{ format: 'braid-plan', version: '1' }, 'version: "1" is not a plan format version'],
    [{ format: 'braid-plan', version: 0 }, 'version: 0 is not a plan format version this Braid knows'],
  ])('refuses %j with one clear sentence', (input, expected) => {
    const errors = errorsOf(input);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(expected);
  });

  it('says when the plan comes from a newer Braid', () => {
    const doc = { ...validDoc(), version: 4 };
    expect(errorsOf(doc)).toEqual([expect.stringMatching(/^version: 4 is a newer plan format .*up to version 3.*update Braid/)]);
  });
});

describe('validatePlan: shape errors name the path and the value', () => {
  const cases: [string, (doc: Doc) => void, string][] = [
    ['a level above 5', (d) => (d.people[0].assessments[0].level = 7), 'people[0].assessments[0].level: 7 is above 5'],
    ['a level below 1', (d) => (d.people[0].assessments[0].level = 0), 'people[0].assessments[0].level: 0 is below 1'],
    ['a fractional level', (d) => (d.people[1].performance = 2.5), 'people[1].performance: 2.5 is not a whole number'],
    ['a level as text', (d) => (d.people[1].performance = 'high'), 'people[1].performance: "high" is not a number'],
    ['a malformed date', (d) => (d.rotations[0].start = '2027-2-1'), 'rotations[0].start: "2027-2-1" is not a date (expected YYYY-MM-DD)'],
    ['an impossible date', (d) => (d.rotations[0].end = '2027-02-30'), 'rotations[0].end: "2027-02-30" is not a real calendar date'],
    ['an unknown status', (d) => (d.rotations[0].status = 'paused'), 'rotations[0].status: "paused" is not one of "planned", "active", "completed", "cancelled"'],
    ['a missing field', (d) => delete d.people[2].track, 'people[2].track: is missing (expected "braided", "linear")'],
    ['a missing name', (d) => delete d.people[0].name, 'people[0].name: is missing (expected text)'],
    ['a negative cost', (d) => (d.rotations[0].cost = -5), 'rotations[0].cost: -5 is below 0'],
    ['a zero capacity', (d) => (d.hosts[1].capacity = 0), 'hosts[1].capacity: 0 is below 1'],
    ['a list where an object belongs', (d) => (d.organization = []), 'organization: a list is not an object'],
    ['a required thread level out of range', (d) => (d.roles[0].requirements.threads.innovation = 9), 'roles[0].requirements.threads.innovation: 9 is above 5'],
    ['a zero policy value that must be positive', (d) => (d.framework.policy.minRotationMonths = 0), 'framework.policy.minRotationMonths: 0 must be above 0'],
    ['a negative budget of one year', (d) => (d.framework.policy.budgetByYear = { '2027': -1 }), 'framework.policy.budgetByYear["2027"]: -1 is below 0'],
  ];
  it.each(cases)('%s', (_label, breakIt, expected) => {
    const doc = validDoc();
    breakIt(doc);
    expect(errorsOf(doc)).toContain(expected);
  });

  it('names a budget year that is not a year', () => {
    const doc = validDoc();
    doc.framework.policy.budgetByYear = { FY27: 100 };
    expect(errorsOf(doc)).toContain('framework.policy.budgetByYear.FY27: the key "FY27" is not a year (expected four digits, such as "2027")');
  });

  it('quotes keys that are not identifiers', () => {
    const doc = validDoc();
    doc.roles[0].requirements.threads['recovery-growth'] = 6;
    expect(errorsOf(doc)).toContain('roles[0].requirements.threads["recovery-growth"]: 6 is above 5');
  });
});

describe('validatePlan: what a schema cannot check', () => {
  const cases: [string, (doc: Doc) => void, string][] = [
    ['an empty id', (d) => (d.hosts[0].id = ''), 'hosts[0].id: "" is empty (an id must be a non-empty text)'],
    ['an empty reference', (d) => (d.rotations[0].personId = ''), 'rotations[0].personId: "" is empty (an id must be a non-empty text)'],
    ['an empty thread key in a requirement', (d) => (d.roles[0].requirements.threads[''] = 3), 'roles[0].requirements.threads: "" is empty (an id must be a non-empty text)'],
    ['a duplicate person id', (d) => (d.people[2].id = 'ana'), 'people[2].id: "ana" is used twice (also people[0].id)'],
    ['a duplicate host id', (d) => (d.hosts[3].id = d.hosts[0].id), 'hosts[3].id: "sales-hub" is used twice (also hosts[0].id)'],
    ['a duplicate domain id', (d) => (d.framework.domains[1].id = 'sales'), 'framework.domains[1].id: "sales" is used twice (also framework.domains[0].id)'],
    ['a duplicate thread id', (d) => (d.framework.threads[1].id = 'financial-acumen'), 'framework.threads[1].id: "financial-acumen" is used twice (also framework.threads[0].id)'],
    ['a duplicate rotation id', (d) => d.rotations.push({ ...d.rotations[0] }), 'rotations[1].id: "rot-1" is used twice (also rotations[0].id)'],
    ['a duplicate role id', (d) => d.roles.push({ ...d.roles[0], successors: [] }), 'roles[1].id: "cso" is used twice (also roles[0].id)'],
    ['an unknown home domain', (d) => (d.people[1].homeDomain = 'marketing'), 'people[1].homeDomain: "marketing" is not a domain'],
    ['an unknown manager', (d) => (d.people[1].managerId = 'zed'), 'people[1].managerId: "zed" is not a person'],
    ['a person managing themself', (d) => (d.people[1].managerId = 'ben'), 'people[1].managerId: "ben" is the person themself'],
    ['an experience in an unknown domain', (d) => (d.people[0].experience[0].domain = 'hr'), 'people[0].experience[0].domain: "hr" is not a domain'],
    ['an experience that ends before it starts', (d) => (d.people[0].experience[0].end = '2019-12-31'), 'people[0].experience[0].end: "2019-12-31" is before the start "2020-01-01"'],
    ['an assessment of an unknown thread', (d) => (d.people[0].assessments[0].thread = 'charisma'), 'people[0].assessments[0].thread: "charisma" is not a thread'],
    ['a host in an unknown domain', (d) => (d.hosts[0].domain = 'legal'), 'hosts[0].domain: "legal" is not a domain'],
    ['a domain developing an unknown thread', (d) => (d.framework.domains[0].develops[1] = 'luck'), 'framework.domains[0].develops[1]: "luck" is not a thread'],
    ['a rotation of an unknown person', (d) => (d.rotations[0].personId = 'zed'), 'rotations[0].personId: "zed" is not a person'],
    ['a rotation at an unknown host', (d) => (d.rotations[0].hostId = 'H9'), 'rotations[0].hostId: "H9" is not a host'],
    ['an unknown mentor', (d) => (d.rotations[0].mentorId = 'zed'), 'rotations[0].mentorId: "zed" is not a person'],
    ['a leader mentoring themself', (d) => (d.rotations[0].mentorId = 'ben'), 'rotations[0].mentorId: "ben" is the rotating person themself'],
    ['an unknown objective', (d) => (d.rotations[0].objectives = ['luck']), 'rotations[0].objectives[0]: "luck" is not a thread'],
    ['a rotation that ends before it starts', (d) => (d.rotations[0].end = '2027-01-31'), 'rotations[0].end: "2027-01-31" is before the start "2027-02-01"'],
    ['a role in an unknown domain', (d) => (d.roles[0].domains[1] = 'legal'), 'roles[0].domains[1]: "legal" is not a domain'],
    ['an unknown incumbent', (d) => (d.roles[0].incumbentId = 'zed'), 'roles[0].incumbentId: "zed" is not a person'],
    ['an unknown successor', (d) => (d.roles[0].successors[0].personId = 'zed'), 'roles[0].successors[0].personId: "zed" is not a person'],
    ['a successor twice on one slate', (d) => (d.roles[0].successors[1].personId = 'ben'), 'roles[0].successors[1].personId: "ben" is already on this slate (successors[0])'],
    ['the incumbent as their own successor', (d) => (d.roles[0].successors[0].personId = 'ana'), 'roles[0].successors[0].personId: "ana" is the role\'s incumbent'],
    ['a requirement on an unknown thread', (d) => (d.roles[0].requirements.threads.charisma = 3), 'roles[0].requirements.threads: "charisma" is not a thread'],
    ['a policy maximum below its minimum', (d) => (d.framework.policy.maxRotationMonths = 2), 'framework.policy.maxRotationMonths: 2 is below minRotationMonths (3)'],
  ];
  it.each(cases)('%s', (_label, breakIt, expected) => {
    const doc = validDoc();
    breakIt(doc);
    expect(errorsOf(doc)).toContain(expected);
  });

  it('finds a loop in the reporting lines, once', () => {
    const doc = validDoc();
    doc.people[0].managerId = 'cleo';
    doc.people[2].managerId = 'ana';
    const errors = errorsOf(doc);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^people\[\d\]\.managerId: "(ana|cleo)" closes a loop in the reporting lines$/);
  });

  it('accepts an end on the start day and an ongoing experience', () => {
    const doc = validDoc();
    doc.rotations[0].end = doc.rotations[0].start;
    doc.people[0].experience[0].end = null;
    expect(validatePlan(doc).ok).toBe(true);
  });
});

describe('validatePlan: long lists of errors', () => {
  it(`reports the first ${MAX_PLAN_ERRORS} schema errors in document order, then how many more`, () => {
    const doc = validDoc();
    doc.people = [...doc.people, ...Array.from({ length: 50 }, (_, i) => ({ ...doc.people[1], id: `p${i}`, performance: 9 }))];
    const errors = errorsOf(doc);
    expect(errors).toHaveLength(MAX_PLAN_ERRORS + 1);
    expect(errors[0]).toBe('people[3].performance: 9 is above 5');
    expect(errors[19]).toBe('people[22].performance: 9 is above 5');
    expect(errors[20]).toBe('and 30 more problems');
  });

  it(`reports the first ${MAX_PLAN_ERRORS} reference errors, then how many more`, () => {
    const doc = validDoc();
    doc.rotations = Array.from({ length: 50 }, (_, i) => ({ ...doc.rotations[0], id: `r${i}`, hostId: 'nowhere' }));
    const errors = errorsOf(doc);
    expect(errors).toHaveLength(MAX_PLAN_ERRORS + 1);
    expect(errors[20]).toBe('and 30 more problems');
  });

  it('says nothing more when there are exactly as many problems as it shows', () => {
    const doc = validDoc();
    doc.people = [...doc.people, ...Array.from({ length: MAX_PLAN_ERRORS }, (_, i) => ({ ...doc.people[1], id: `p${i}`, performance: 9 }))];
    expect(errorsOf(doc)).toHaveLength(MAX_PLAN_ERRORS);
  });
});

describe('validatePlan: one pass', () => {
  it('reports a shape problem and a reference problem together (a bad level and an unknown host)', () => {
    const doc = validDoc();
    doc.people[0].assessments[0].level = 7;
    doc.rotations[0].hostId = 'atlantis';
    expect(errorsOf(doc)).toEqual(['people[0].assessments[0].level: 7 is above 5', 'rotations[0].hostId: "atlantis" is not a host']);
  });

  it('counts shape and reference problems together past the first twenty', () => {
    const doc = validDoc();
    doc.people = [...doc.people, ...Array.from({ length: 15 }, (_, i) => ({ ...doc.people[1], id: `p${i}`, performance: 9 }))];
    doc.rotations = Array.from({ length: 15 }, (_, i) => ({ ...doc.rotations[0], id: `r${i}`, hostId: 'nowhere' }));
    const errors = errorsOf(doc);
    expect(errors).toHaveLength(MAX_PLAN_ERRORS + 1);
    expect(errors.filter((e) => e.includes('performance'))).toHaveLength(15);
    expect(errors.filter((e) => e.includes('hostId'))).toHaveLength(5);
    expect(errors[20]).toBe('and 10 more problems');
  });

  it('still finds reference problems when part of the document has the wrong shape, without repeating a field', () => {
    const doc = validDoc();
    doc.people[1].experience = 'ten years';
    doc.rotations[0].personId = 'nobody';
    doc.roles[0].incumbentId = 5;
    const errors = errorsOf(doc);
    expect(errors).toContain('people[1].experience: "ten years" is not a list');
    expect(errors).toContain('rotations[0].personId: "nobody" is not a person');
    expect(errors.filter((e) => e.startsWith('roles[0].incumbentId'))).toHaveLength(1);
  });
});

describe('formatPlanError', () => {
  it('joins path and message, and shows a document-level message alone', () => {
    const withPath: PlanError = { path: 'people[12].assessments[0].level', message: '7 is above 5' };
    expect(formatPlanError(withPath)).toBe('people[12].assessments[0].level: 7 is above 5');
    expect(formatPlanError({ path: '', message: 'plan.json is empty' })).toBe('plan.json is empty');
  });
});

describe('validatePlan: development actions (version 3)', () => {
  const withAction = (change: Doc = {}): Doc => {
    const doc = validDoc();
    doc.actions = [{ id: 'act-1', personId: 'ben', kind: 'course', title: 'Finance for leaders', threads: ['financial-acumen'], start: '2027-02-01', end: '2027-04-30', status: 'planned', cost: 1200, ownerId: 'ana', evidenceDue: '2027-05-31', ...change }];
    return doc;
  };

  it('accepts an action, an acting role naming its role, and a plan with none', () => {
    expect(validatePlan(withAction()).ok).toBe(true);
    expect(validatePlan(withAction({ kind: 'acting-role', roleId: 'cso', evidenceDue: null })).ok).toBe(true);
    const none = validDoc();
    delete none.actions;
    expect(validatePlan(none).ok).toBe(true);
  });

  it.each([
    ['an unknown kind', { kind: 'webinar' }, 'actions[0].kind: "webinar" is not one of'],
    ['no threads', { threads: [] }, 'actions[0].threads: a list is too short (at least 1)'],
    ['a title over 200 characters', { title: 'x'.repeat(201) }, 'is too long (at most 200)'],
    ['a note over 10 000 characters', { note: 'x'.repeat(10_001) }, 'is too long (at most 10000)'],
    ['a negative cost', { cost: -5 }, 'actions[0].cost: -5 is below 0'],
    ['an unreal evidence day', { evidenceDue: '2027-02-30' }, 'actions[0].evidenceDue: "2027-02-30" is not a real calendar date'],
  ])('refuses a misshapen action (%s), naming the path and the value', (_what, change, message) => {
    expect(errorsOf(withAction(change))[0]).toContain(message);
  });

  it.each([
    [{ personId: 'zed' }, 'actions[0].personId: "zed" is not a person'],
    [{ ownerId: 'ben' }, 'actions[0].ownerId: "ben" is the person themself (the owner is their mentor, coach or sponsor)'],
    [{ ownerId: 'zed' }, 'actions[0].ownerId: "zed" is not a person'],
    [{ threads: ['charisma'] }, 'actions[0].threads[0]: "charisma" is not a thread'],
    [{ threads: ['innovation', 'innovation'] }, 'actions[0].threads[1]: "innovation" is listed twice'],
    [{ kind: 'acting-role' }, 'actions[0].roleId: is missing (an acting role names the role it is acting in)'],
    [{ kind: 'acting-role', roleId: 'ceo' }, 'actions[0].roleId: "ceo" is not a role'],
    [{ end: '2027-01-31' }, 'actions[0].end: "2027-01-31" is before the start "2027-02-01"'],
    [{ evidenceDue: '2027-01-15' }, 'actions[0].evidenceDue: "2027-01-15" is before the start "2027-02-01"'],
  ])('refuses an action that breaks a rule %j, naming the path and the value', (change, message) => {
    expect(errorsOf(withAction(change))).toEqual([message]);
  });

  it('refuses two actions with one id', () => {
    const doc = withAction();
    doc.actions.push({ ...doc.actions[0] });
    expect(errorsOf(doc)).toEqual(['actions[1].id: "act-1" is used twice (also actions[0].id)']);
  });
});

describe('validatePlan: a talent review move needs a reason (§8.6)', () => {
  const withMove = (reason: string): Doc => {
    const doc = validDoc();
    doc.reviews = [{ id: 'RV1', date: '2026-11-01', title: 'Q4 calibration', scope: { kind: 'all' }, participants: ['Ana'], status: 'draft', moves: [{ personId: 'ben', field: 'potential', from: null, to: 'high', reason }] }];
    return doc;
  };

  it.each([[''], ['   ']])('refuses the reason %j, naming its path, on the fast reading too', (reason) => {
    expect(errorsOf(withMove(reason))).toContain(`reviews[0].moves[0].reason: ${JSON.stringify(reason)} is empty (a move needs a reason)`);
    expect(validateKnownShape(withMove(reason))?.ok ?? false).toBe(false);
  });

  it('accepts a move with a reason', () => {
    expect(validatePlan(withMove('Led the Q3 recovery')).ok).toBe(true);
  });
});
