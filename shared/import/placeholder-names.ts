import type { Person } from '../domain/plan/schema';

/**
 * Anonymised exports (the IBM HR analytics sample, most "people analytics" extracts) have
 * no names. Such people are named from their id — "Employee 2" — and the roster marks them
 * as placeholders until someone types a real name.
 * Spec choice: the mark is the name itself (a person is a placeholder while their name is
 * exactly "Employee <their id>"), so renaming clears it and the plan format needs no new field.
 */
export const placeholderName = (id: string): string => `Employee ${id}`;

export const isPlaceholderName = (person: Pick<Person, 'id' | 'name'>): boolean => person.name === placeholderName(person.id);
