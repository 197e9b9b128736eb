import { describe, expect, it } from 'vitest';
import { flagAction, flagMessage } from './flag-text';

describe('flag sentences on screen', () => {
  const flag = {
    message: 'Ana’s rotations at Sales Hub (2027-01-01 to 2027-06-30) and Data Hub (2027-03-01 to 2027-08-31) overlap from 2027-03-01 to 2027-06-30.',
    action: 'Bring it forward so that it ends by 2027-04-30.',
    dates: ['2027-01-01', '2027-06-30', '2027-03-01', '2027-08-31', '2027-04-30'],
  };

  it('writes every day the flag names in the user’s locale', () => {
    expect(flagMessage(flag, 'en-GB')).toBe('Ana’s rotations at Sales Hub (1 Jan 2027 to 30 Jun 2027) and Data Hub (1 Mar 2027 to 31 Aug 2027) overlap from 1 Mar 2027 to 30 Jun 2027.');
    expect(flagMessage(flag, 'en-US')).toContain('overlap from Mar 1, 2027 to Jun 30, 2027.');
    expect(flagAction(flag, 'de-DE')).toBe('Bring it forward so that it ends by 30. Apr. 2027.');
  });

  it('leaves text that only looks like a date, and sentences without days, as they are', () => {
    expect(flagMessage({ message: 'Role 2027-01-01 Task Force has no successor.', dates: [] }, 'en-GB')).toBe('Role 2027-01-01 Task Force has no successor.');
    expect(flagAction({ action: undefined, dates: undefined })).toBe('');
  });
});
