/**
 * A rough strength hint for a passphrase, in words. It only guides: the services decide
 * what they accept (at least 10 characters). The estimate counts the alphabet the
 * characters come from times the length, and takes off for what guessers try first.
 */
export const MIN_LENGTH = 10;

export interface PassphraseStrength {
  score: 0 | 1 | 2 | 3 | 4;
  label: 'Too short' | 'Weak' | 'Fair' | 'Good' | 'Strong';
  hint: string;
}

const WELL_KNOWN = ['password', 'passphrase', 'qwerty', 'azerty', '123456', 'letmein', 'welcome', 'braid', 'iloveyou', 'admin', 'secret'];

function alphabetSize(text: string): number {
  let size = 0;
  if (/[a-z]/.test(text)) size += 26;
  if (/[A-Z]/.test(text)) size += 26;
  if (/[0-9]/.test(text)) size += 10;
  if (/[^a-zA-Z0-9\s]/.test(text)) size += 33;
  if (/\s/.test(text)) size += 1;
  return Math.max(size, 1);
}

function looksPredictable(text: string): boolean {
  const lower = text.toLowerCase();
  if (/^(.)\1+$/.test(text)) return true;
  if ('abcdefghijklmnopqrstuvwxyz0123456789'.includes(lower) || '0123456789876543210'.includes(lower)) return true;
  return WELL_KNOWN.some((word) => lower.replace(/[^a-z0-9]/g, '').startsWith(word) && lower.length < word.length + 6);
}

export function passphraseStrength(passphrase: string): PassphraseStrength {
  const length = [...passphrase].length;
  if (length < MIN_LENGTH) {
    return { score: 0, label: 'Too short', hint: `Use at least ${MIN_LENGTH} characters (${MIN_LENGTH - length} more). A few unrelated words work well.` };
  }
  if (looksPredictable(passphrase)) {
    return { score: 1, label: 'Weak', hint: 'This is among the first things a guesser tries. Use a few unrelated words instead.' };
  }
  const words = passphrase.trim().split(/[\s\-_.]+/).filter((w) => w.length >= 3).length;
  // Repeated characters add little: count each distinct run once.
  const effective = passphrase.replace(/(.)\1+/g, '$1').length;
  const bits = effective * Math.log2(alphabetSize(passphrase)) + (words >= 4 ? 10 : 0);
  if (bits < 50) return { score: 1, label: 'Weak', hint: 'Add another word or two; length helps more than symbols.' };
  if (bits < 65) return { score: 2, label: 'Fair', hint: 'One more unrelated word would make it good.' };
  if (bits < 80) return { score: 3, label: 'Good', hint: 'Make sure you can remember it.' };
  return { score: 4, label: 'Strong', hint: 'Make sure you can remember it.' };
}
