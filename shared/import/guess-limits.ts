import type { ImportTarget } from './fields';
import { cellText, type Cell } from './table';

/**
 * A guess only takes a column the import can use: a column that could only serve another
 * one that is missing would refuse rows for nothing (a "RecruitmentSource" read as the
 * assessment source of assessments that the file does not hold).
 */

const ASSESSMENT_ONLY: Record<string, string> = {
  assessmentSource: 'Assessment source: the file has no thread level column for it to describe.',
  assessmentDate: 'Assessment date: the file has no thread level column for it to date.',
};

/** The guessed columns to drop, each with the reason (field label first). */
export function fieldsNeedingOthers(target: ImportTarget, columns: Record<string, string>): [string, string][] {
  if (target !== 'people') return [];
  const hasLevels = Object.keys(columns).some((key) => key.startsWith('level:'));
  if (hasLevels) return [];
  return Object.entries(ASSESSMENT_ONLY).filter(([key]) => columns[key] !== undefined);
}

const LAST_COMMA_FIRST = /^[^,]+,\s*[^,]+$/;

/**
 * Spec choice: names written "Last, First M" on at least four rows in five are turned to
 * "First M Last" (as Braid shows every other name); the preview says so and the mapping
 * records the choice, which the user can change back.
 */
export function guessNameOrder(cells: readonly Cell[]): 'as-written' | 'first-last' {
  const names = cells.map(cellText).filter(Boolean);
  if (!names.length) return 'as-written';
  const turned = names.filter((name) => LAST_COMMA_FIRST.test(name)).length;
  return turned * 5 >= names.length * 4 ? 'first-last' : 'as-written';
}
