/**
 * The passphrase-protected plan file (`*.braid.protected`), the file that travels, as far as a
 * reader must know it to tell it from a plain plan. No zod here: `braid check` asks this of
 * every file it reads and loads the protection code only for a protected one.
 */
export const PROTECTED_PLAN_FORMAT = 'braid-protected-plan';
export const PROTECTED_PLAN_EXTENSION = '.braid.protected';

/** Cheap check on a picked file's text, so the UI can ask for the passphrase before sending it. */
export function looksLikeProtectedPlan(text: string): boolean {
  return text.slice(0, 200).includes(`"${PROTECTED_PLAN_FORMAT}"`);
}
