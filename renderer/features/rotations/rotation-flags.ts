import { FLAG_CODES, flagLabel, type Flag, type FlagCode, type Severity } from '../../../shared/domain/model';

/** @deprecated Read `flagLabel(code)` from shared/domain/model (the flag catalogue); this table goes at the next cleanup. */
export const ROTATION_FLAG_LABELS: Partial<Record<FlagCode, string>> = Object.fromEntries(FLAG_CODES.map((code) => [code, flagLabel(code)]));

/** The most severe of a rotation's flags (they come most severe first). */
export function worstSeverity(flags: readonly Flag[]): Severity | null {
  return flags.length === 0 ? null : flags[0].severity;
}

/** "Overlapping rotations, Rotation length": what a marker stands for, in the order of severity. */
export function flagNames(flags: readonly Flag[]): string {
  return [...new Set(flags.map((f) => flagLabel(f.code)))].join(', ');
}
