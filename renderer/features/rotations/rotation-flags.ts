import type { Flag, FlagCode, Severity } from '../../../shared/domain/analysis/types';

/** Short names for the flags a rotation can carry, as its marker and tooltip show them. */
export const ROTATION_FLAG_LABELS: Partial<Record<FlagCode, string>> = {
  'rotation-overlap': 'Overlap',
  'rotation-over-capacity': 'Over capacity',
  'rotation-duration': 'Duration',
  'rotation-linear-track': 'Linear track',
  'rotation-late-for-vacancy': 'Late for vacancy',
};

/** The most severe of a rotation's flags (they come most severe first). */
export function worstSeverity(flags: readonly Flag[]): Severity | null {
  return flags.length === 0 ? null : flags[0].severity;
}

/** "Overlap, Duration": what a marker stands for, in the order of severity. */
export function flagNames(flags: readonly Flag[]): string {
  return [...new Set(flags.map((f) => ROTATION_FLAG_LABELS[f.code] ?? f.code))].join(', ');
}
