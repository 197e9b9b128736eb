import { normalise } from './value-guesses';

/**
 * Protected attributes (sex, gender, race, ethnicity, marital status, date of birth, age,
 * religion, disability, citizenship) are never imported, mapped or kept: a column whose
 * header names one is recognised here, so that no guess, mapping or extra field can carry it.
 */

const EXACT: Record<string, string> = {
  sex: 'sex',
  sexid: 'sex',
  gender: 'gender',
  genderid: 'gender',
  race: 'race',
  racedesc: 'race',
  raceid: 'race',
  ethnicity: 'ethnicity',
  hispaniclatino: 'ethnicity',
  maritalstatus: 'marital status',
  maritaldesc: 'marital status',
  maritalstatusid: 'marital status',
  married: 'marital status',
  marriedid: 'marital status',
  dob: 'date of birth',
  age: 'age',
  religion: 'religion',
  disability: 'disability',
  citizenship: 'citizenship',
  citizendesc: 'citizenship',
  nationality: 'citizenship',
};

/** Spellings inside longer headers ("Employee Gender", "Date of Birth", "Disability Status"). */
const INSIDE: [string, string][] = [
  ['gender', 'gender'],
  ['ethnic', 'ethnicity'],
  ['hispanic', 'ethnicity'],
  ['marital', 'marital status'],
  ['dateofbirth', 'date of birth'],
  ['birthdate', 'date of birth'],
  ['birthday', 'date of birth'],
  ['religio', 'religion'],
  ['disabilit', 'disability'],
  ['citizen', 'citizenship'],
  ['nationalit', 'citizenship'],
  ['agegroup', 'age'],
  ['ageband', 'age'],
  ['ageyears', 'age'],
];

/** The protected attribute a header names ("sex", "date of birth"…), or null. */
export function protectedAttributeOf(header: string): string | null {
  const key = normalise(header);
  if (!key) return null;
  return EXACT[key] ?? INSIDE.find(([spelling]) => key.includes(spelling))?.[1] ?? null;
}

/** The sentence shown once in the preview when a file holds such columns; null when it holds none. */
export function protectedColumnsSentence(headers: readonly string[]): string | null {
  const found = headers.filter((h) => protectedAttributeOf(h) !== null);
  if (!found.length) return null;
  const names = found.map((h) => `“${h}”`).join(', ');
  return `Left out, never stored: ${names} — protected attribute${found.length === 1 ? '' : 's'} (${[...new Set(found.map((h) => protectedAttributeOf(h)!))].join(', ')}).`;
}
