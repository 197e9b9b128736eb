import type { Flag, FlagCode, Severity } from '../../../shared/domain/analysis/types';

/** Short names for the flags a rotation can carry, as its marker and tooltip show them. */
/** The backfill flags of §8.4 (the flag rules name them; listed here so the bars label them either way). */
type BackfillCode = 'rotation-no-backfill' | 'backfill-conflict';
export const ROTATION_FLAG_LABELS: Partial<Record<FlagCode | BackfillCode, string>> = {
  'rotation-overlap': 'Overlap',
  'rotation-over-capacity': 'Over capacity',
  'rotation-duration': 'Duration',
  'rotation-linear-track': 'Linear track',
  'rotation-late-for-vacancy': 'Late for vacancy',
  'rotation-no-backfill': 'No backfill',
  'backfill-conflict': 'Backfill conflict',
};

/** The most severe of a rotation's flags (they come most severe first). */
export function worstSeverity(flags: readonly Flag[]): Severity | null {
  return flags.length === 0 ? null : flags[0].severity;
}

/** "Overlap, Duration": what a marker stands for, in the order of severity. */
export function flagNames(flags: readonly Flag[]): string {
  return [...new Set(flags.map((f) => ROTATION_FLAG_LABELS[f.code as FlagCode | BackfillCode] ?? f.code))].join(', ');
}
