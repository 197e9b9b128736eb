import type { Severity } from '../analysis/types';
import type { BoxFacts, HeldRole } from './box-facts';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "1 ready now, 2 in 1–2 years, 0 in 3–5 years": the bench as the slate's columns read. */
export function benchWords(role: HeldRole): string {
  return `${role.bench['ready-now']} ready now, ${role.bench['ready-1-2-years']} in 1–2 years, ${role.bench['ready-3-5-years']} in 3–5 years`;
}

const SEVERITY_WORDS: Record<Severity, string> = { critical: 'critical', warning: 'warning', info: 'info' };

function flagWords(role: HeldRole): string | null {
  const parts = (['critical', 'warning', 'info'] as Severity[]).filter((s) => role.flagCount[s] > 0).map((s) => plural(role.flagCount[s], `${SEVERITY_WORDS[s]} flag`));
  return parts.length ? parts.join(', ') : null;
}

/**
 * What a screen reader hears for a box: who, their title, each critical role they hold with its cover,
 * and how many report to them. `nameDetail` tells a namesake apart (personDistinguisher).
 */
export function boxDescription(facts: BoxFacts, reports: number, nameDetail: string | null): string {
  const who = nameDetail && nameDetail !== facts.title ? `${facts.name} (${nameDetail})` : facts.name;
  const parts = [`${who}, ${facts.title || 'no title'}`];
  for (const role of facts.roles) {
    const extra = [role.singleSided ? 'single-sided bench' : null, flagWords(role)].filter(Boolean);
    parts.push(`holds ${role.title}: ${benchWords(role)}${extra.length ? `; ${extra.join('; ')}` : ''}`);
  }
  if (reports > 0) parts.push(plural(reports, 'direct report'));
  return parts.join('. ');
}
