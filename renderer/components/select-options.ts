import type { SelectOption } from './SelectField';
import { PROFICIENCY_LABELS } from '../../shared/domain/plan/defaults';

/** Choices several forms share, worded once. */
export const BAND_OPTIONS: SelectOption<'' | 'low' | 'medium' | 'high'>[] = [
  { value: '', label: 'Not rated' },
  { value: 'low', label: 'Low' },
  { value: 'medium', label: 'Medium' },
  { value: 'high', label: 'High' },
];

export const PERFORMANCE_OPTIONS: SelectOption[] = [{ value: '', label: 'Not rated' }, ...[1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: String(n) }))];

export const SIDE_OPTIONS: SelectOption<'front' | 'back'>[] = [
  { value: 'front', label: 'Front (client-facing)' },
  { value: 'back', label: 'Back (technical)' },
];

/** A filter by side: both, or one of them (the roster, the 9-box). */
export const SIDE_FILTER_OPTIONS: SelectOption<'' | 'front' | 'back'>[] = [{ value: '', label: 'Both sides' }, ...SIDE_OPTIONS];

/** Proficiency levels 1–5, as "3 · Practised". */
export const LEVEL_OPTIONS: SelectOption[] = PROFICIENCY_LABELS.map((label, i) => ({ value: String(i + 1), label: `${i + 1} · ${label}` }));
