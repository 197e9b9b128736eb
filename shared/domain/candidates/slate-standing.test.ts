import { describe, expect, it } from 'vitest';
import { planWith } from '../testing/plan-builder';
import { slateStanding, slateStandingText } from './slate-standing';

const plan = planWith({
  people: [{ id: 'ana' }, { id: 'ben', archived: true }, { id: 'cai' }, { id: 'dee' }],
  roles: [
    { id: 'cso', title: 'Chief Service Officer', successors: [{ personId: 'ana' }, { personId: 'ben' }, { personId: 'cai' }] },
    { id: 'hod', title: 'Head of Delivery', incumbentId: 'cai' },
    { id: 'old', title: 'Old role', incumbentId: 'dee', retired: true },
  ],
});

describe('slateStanding', () => {
  it('says nothing of a successor who is neither archived nor an incumbent', () => {
    expect(slateStanding(plan, 'cso', 'ana')).toBeNull();
  });

  it('names an archived successor', () => {
    expect(slateStanding(plan, 'cso', 'ben')).toEqual({ kind: 'archived' });
    expect(slateStandingText({ kind: 'archived' }, 'Ben')).toBe('Ben is archived (no longer in the organisation\'s roster).');
  });

  it('names the roles a successor now holds, leaving out retired ones', () => {
    expect(slateStanding(plan, 'cso', 'cai')).toEqual({ kind: 'incumbent', roleTitles: ['Head of Delivery'] });
    expect(slateStanding(plan, 'cso', 'dee')).toBeNull();
    expect(slateStandingText({ kind: 'incumbent', roleTitles: ['Head of Delivery'] }, 'Cai')).toBe('Cai now holds Head of Delivery.');
  });
});
