import { percentText } from './wording';

/**
 * The one sentence on what to do next with a role's closest successor, true to the numbers next
 * to it: a successor who meets every requirement is confirmed, never "developed" (DOMAIN §8.4).
 * Used by the role flags, and through them by the dashboard, the CLI and the PDF.
 */
export function closestSuccessorAction(name: string, fit: number): string {
  if (fit >= 1) return `Confirm ${name} (fit 100%) as ready now in the talent review.`;
  return `Develop ${name} (fit ${percentText(fit)}) toward ready now along their development path, or name a ready-now successor.`;
}
