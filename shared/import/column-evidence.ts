import { cellText, isBlankCell, type RawTable } from './table';

/**
 * What the values of each column show, so that a guess from the header alone cannot pick
 * nonsense: an `EmployeeCount` column holding 1 on every row is not a name, a column of
 * numbers is not a job title, and a column with many repeats is not an employee id.
 */

export interface ColumnEvidence {
  header: string;
  /** Non-blank cells. */
  filled: number;
  /** Distinct values (as the user sees them). */
  distinct: number;
  /** Every non-blank cell is a number. */
  allNumbers: boolean;
  /** The first distinct values, to show beside a guess. */
  samples: string[];
}

const NUMERIC = /^[+-]?(\d+([.,]\d+)?|[.,]\d+)$/;
const SAMPLES = 4;

export function columnEvidence(table: RawTable): Map<string, ColumnEvidence> {
  const evidence = new Map<string, ColumnEvidence>();
  table.headers.forEach((header, index) => {
    const seen = new Set<string>();
    const samples: string[] = [];
    let filled = 0;
    let allNumbers = true;
    for (const row of table.rows) {
      const cell = row.cells[index];
      if (isBlankCell(cell)) continue;
      filled++;
      const text = cellText(cell);
      if (allNumbers && typeof cell !== 'number' && !NUMERIC.test(text)) allNumbers = false;
      if (!seen.has(text)) {
        seen.add(text);
        if (samples.length < SAMPLES) samples.push(text);
      }
    }
    evidence.set(header, { header, filled, distinct: seen.size, allNumbers: filled > 0 && allNumbers, samples });
  });
  return evidence;
}

/** Fields that hold words about one person: never a constant or a number. */
const WORDS_OF_A_PERSON = new Set(['name', 'firstName', 'lastName', 'title', 'managerName']);
const IDS = new Set(['id', 'personId']);
/**
 * Spec choice: an id column may repeat a value or two (each repeat is refused, naming its
 * rows, which is how the user finds the mistake); a column with more repeats than two and
 * one row in ten is not an id at all.
 */
const tooManyRepeats = (e: ColumnEvidence): boolean => e.filled - e.distinct > Math.max(2, e.filled * 0.1);

const quoted = (values: readonly string[]) => values.map((v) => `“${v}”`).join(', ');

/**
 * Why this column cannot fill this field, judging by its values; null when it can. The
 * sentence is shown in the mapping step, so a column passed over is never a mystery.
 */
export function vetoOf(fieldKey: string, fieldLabel: string, evidence: ColumnEvidence | undefined): string | null {
  if (!evidence || evidence.filled < 2) return null;
  const what = `“${evidence.header}” was not taken as ${fieldLabel}`;
  const constant = evidence.distinct === 1;
  if ((WORDS_OF_A_PERSON.has(fieldKey) || IDS.has(fieldKey) || fieldKey === 'email') && constant) {
    return `${what}: every row holds ${quoted(evidence.samples)}.`;
  }
  if (WORDS_OF_A_PERSON.has(fieldKey) && evidence.allNumbers) return `${what}: it holds numbers (${quoted(evidence.samples)}…), not words.`;
  if (fieldKey === 'id' && tooManyRepeats(evidence)) {
    return `${what}: an id is different on every row, and only ${evidence.distinct} of its ${evidence.filled} values differ.`;
  }
  return null;
}
