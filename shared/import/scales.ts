import type { NumericScale } from './mapping';

/**
 * Ratings on another numeric scale become Braid's 1–5 by a straight line through the
 * ends of both scales, rounded half up: a 1–4 rating v becomes round(1 + (v−1)×4/3).
 * The rule is shown to the user in those words, so a surprising result can be checked.
 */

export const BRAID_SCALE: NumericScale = { min: 1, max: 5 };

const isIdentity = (scale: NumericScale): boolean => scale.min === 1 && scale.max === 5;

const fmt = (n: number): string => String(Number(n.toPrecision(6)));

export function scaleWording(scale: NumericScale): string {
  return `${fmt(scale.min)}–${fmt(scale.max)}`;
}

/** E.g. "1–4 scale → 1–5: round(1 + (v−1)×4/3)"; "1–5 scale: taken as is". */
export function scaleRule(scale: NumericScale): string {
  if (isIdentity(scale)) return '1–5 scale: taken as is (halves round up)';
  const span = scale.max - scale.min;
  const shifted = scale.min === 0 ? 'v' : `(v${scale.min < 0 ? '+' : '−'}${fmt(Math.abs(scale.min))})`;
  const factor = Number.isInteger(4 / span) ? (4 / span === 1 ? '' : `×${4 / span}`) : `×4/${fmt(span)}`;
  return `${scaleWording(scale)} scale → 1–5: round(1 + ${shifted}${factor})`;
}

export type ScaledLevel = { ok: true; level: number } | { ok: false; reason: string };

export function toBraidLevel(value: number, scale: NumericScale): ScaledLevel {
  if (!Number.isFinite(value)) return { ok: false, reason: 'is not a number' };
  if (value < scale.min || value > scale.max) return { ok: false, reason: `is outside the ${scaleWording(scale)} scale` };
  const level = Math.floor(1 + ((value - scale.min) * 4) / (scale.max - scale.min) + 0.5 + 1e-9);
  return { ok: true, level: Math.min(5, Math.max(1, level)) };
}

/** The usual HR scales, smallest first. */
const COMMON_SCALES: NumericScale[] = [BRAID_SCALE, { min: 1, max: 10 }, { min: 0, max: 10 }, { min: 0, max: 100 }];

/**
 * The scale a column of numbers most likely uses: the smallest usual HR scale (1–5, 1–10,
 * 0–10, 0–100) that holds all but a stray value or two, so that one typo (a 9 among 1–5
 * ratings) is refused and shown rather than silently rescaling everyone. A 1–4 (or 1–3)
 * scale cannot be told from a 1–5 one whose top is unused, so the guess stays 1–5 and the
 * user picks 1–4 in the mapping step, where the rule is shown.
 */
export function guessScale(numbers: readonly number[]): NumericScale {
  if (numbers.length === 0) return BRAID_SCALE;
  const tolerated = Math.max(1, Math.floor(numbers.length / 100));
  for (const scale of COMMON_SCALES) {
    let outside = 0;
    for (const n of numbers) if (n < scale.min || n > scale.max) outside++;
    if (outside <= tolerated && outside < numbers.length) return scale;
  }
  let min = Infinity;
  let max = -Infinity;
  for (const n of numbers) {
    if (n < min) min = n;
    if (n > max) max = n;
  }
  return { min: Math.floor(min), max: Math.max(Math.ceil(max), Math.floor(min) + 1) };
}

/** Integer ratings that never go above 4 fit a shorter scale as well as 1–5: only the user knows which. */
const SHORT_SCALES: NumericScale[] = [{ min: 1, max: 3 }, { min: 1, max: 4 }, BRAID_SCALE];

/**
 * The scales a column of ratings fits equally well, when the values cannot tell them
 * apart (only 3s and 4s: a 1–4 or a 1–5 scale?); null when the guess is safe. The preview
 * then asks, and the mapping records the answer in `scales`.
 */
export function scaleChoices(numbers: readonly number[]): NumericScale[] | null {
  if (numbers.length === 0) return null;
  let min = Infinity;
  let max = -Infinity;
  for (const n of numbers) {
    if (!Number.isInteger(n)) return null;
    if (n < min) min = n;
    if (n > max) max = n;
  }
  if (min < 1 || max > 4) return null;
  return SHORT_SCALES.filter((scale) => max <= scale.max);
}
