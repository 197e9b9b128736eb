import { describe, expect, it } from 'vitest';
import { personDistinguisher, personLabelText } from './person-distinguisher';

const domains = new Map([
  ['sales', 'Sales'],
  ['engineering', 'Software Engineering'],
]);
const person = (id: string, name: string, title: string, homeDomain = 'sales') => ({ id, name, title, homeDomain });

describe('personDistinguisher', () => {
  it('says nothing for a name that is one person’s alone', () => {
    const detail = personDistinguisher([person('a', 'Ana Lima', 'CFO'), person('b', 'Bo Chen', 'CTO')], domains);
    expect(detail('a')).toBeNull();
  });

  it('tells namesakes apart by title, ignoring case and Unicode form', () => {
    const detail = personDistinguisher([person('p1', 'Omar Haddad', 'Engineering Manager'), person('p2', 'omar haddad ', 'Director, Cloud Operations')], domains);
    expect(detail('p1')).toBe('Engineering Manager');
    expect(detail('p2')).toBe('Director, Cloud Operations');
  });

  it('adds the home domain when the title is shared, and the id when even that is', () => {
    const detail = personDistinguisher(
      [person('p1', 'Nour Mansour', 'Head', 'sales'), person('p2', 'Nour Mansour', 'Head', 'engineering'), person('p3', 'Nour Mansour', 'Head', 'engineering'), person('p4', 'Nour Mansour', 'Analyst')],
      domains,
    );
    expect(detail('p1')).toBe('Head · Sales');
    expect(detail('p2')).toBe('Head · Software Engineering · p2');
    expect(detail('p3')).toBe('Head · Software Engineering · p3');
    expect(detail('p4')).toBe('Analyst');
  });

  it('writes a person on one line for options and labels', () => {
    expect(personLabelText('Omar Haddad', 'Engineering Manager')).toBe('Omar Haddad (Engineering Manager)');
    expect(personLabelText('Ana Lima', null)).toBe('Ana Lima');
  });
});
