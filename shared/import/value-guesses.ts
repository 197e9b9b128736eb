import type { Domain, Thread } from '../domain/plan/schema';
import { threadSynonyms, type FieldKind } from './fields';

/**
 * First guesses for the values of a column: department names → domains, "H/M/L" →
 * high/medium/low, "Exceeds expectations" → 4… Every guess is shown in the mapping step
 * and can be changed; a value with no guess is refused until the user maps it.
 */

/** Lower case, '&' read as 'and', punctuation and spaces dropped: "R&D" → "randd". */
export const normalise = (text: string): string =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/&/g, 'and')
    // "Employee #" is "Employee No".
    .replace(/#/g, 'no')
    .replace(/[^a-z0-9]+/g, '');

/** Department names of HRIS exports, per default domain id. */
const DOMAIN_SYNONYMS: Record<string, string[]> = {
  sales: ['sales', 'business development', 'account management', 'sales and marketing', 'commercial', 'bd'],
  consulting: ['consulting', 'consultancy', 'advisory', 'professional services', 'presales', 'pre sales', 'solutions consulting', 'solution architecture'],
  'customer-success': ['customer success', 'customer support', 'support', 'service desk', 'help desk', 'helpdesk', 'customer service', 'customer care', 'technical support', 'customer experience', 'cx', 'client services'],
  delivery: ['delivery', 'project management', 'pmo', 'program management', 'programme management', 'projects', 'service delivery', 'delivery management'],
  engineering: ['engineering', 'software engineering', 'research and development', 'r and d', 'rd', 'development', 'software development', 'product development', 'product engineering', 'dev'],
  infrastructure: ['infrastructure', 'it', 'information technology', 'cloud', 'it operations', 'operations', 'devops', 'network', 'networks', 'platform', 'infrastructure and cloud', 'sre'],
  security: ['security', 'cybersecurity', 'cyber security', 'infosec', 'information security', 'it security', 'soc'],
  data: ['data', 'analytics', 'data and analytics', 'data science', 'bi', 'business intelligence', 'data engineering'],
};

export function guessDomain(value: string, domains: readonly Domain[]): string | null {
  const key = normalise(value);
  if (!key) return null;
  for (const domain of domains) if (normalise(domain.id) === key || normalise(domain.name) === key) return domain.id;
  for (const domain of domains) if ((DOMAIN_SYNONYMS[domain.id] ?? []).some((s) => normalise(s) === key)) return domain.id;
  // "Software Engineering EMEA", "Sales - North": a known name inside a longer one.
  for (const domain of domains) {
    const names = [domain.name, ...(DOMAIN_SYNONYMS[domain.id] ?? [])].map(normalise).filter((n) => n.length >= 4);
    if (names.some((n) => key.includes(n))) return domain.id;
  }
  return null;
}

export function guessThread(value: string, threads: readonly Thread[]): string | null {
  const key = normalise(value);
  if (!key) return null;
  for (const thread of threads) if (threadSynonyms(thread).some((s) => normalise(s) === key)) return thread.id;
  return null;
}

const LOW_MEDIUM_HIGH: Record<string, string[]> = {
  high: ['high', 'h', 'hi', '3', 'high potential', 'hipo', 'yes', 'y', 'true', 'significant', 'strong'],
  medium: ['medium', 'med', 'm', 'mid', '2', 'moderate', 'average', 'some'],
  low: ['low', 'l', 'lo', '1', 'no', 'n', 'false', 'none', 'limited'],
};

const TRACKS: Record<string, string[]> = {
  braided: ['braided', 'braid', 'cross domain', 'cross-domain', 'rotation', 'rotational', 'yes', 'y', 'true', 'open to rotation'],
  linear: ['linear', 'specialist', 'expert track', 'no', 'n', 'false', 'no rotation', 'single domain'],
};

const SOURCES: Record<string, string[]> = {
  self: ['self', 'self assessment', 'self-assessment', 'employee', 'self rating'],
  manager: ['manager', 'manager assessment', 'supervisor', 'line manager', 'manager rating'],
  '360': ['360', '360 review', '360 feedback', 'peer', 'peers', 'multi rater', 'multirater'],
  host: ['host', 'rotation host', 'host manager'],
};

/**
 * Rating words of performance reviews, on Braid's 1–5, by what they say: "meets" is the
 * middle of every scale, so a four-word scale (Exceeds / Fully Meets / Needs Improvement /
 * PIP) keeps its words' meaning (4, 3, 2, 1) rather than being stretched to reach 5.
 */
const LEVEL_WORDS: Record<string, string[]> = {
  '5': ['5', 'outstanding', 'exceptional', 'far exceeds', 'far exceeds expectations', 'significantly exceeds expectations', 'consistently exceeds expectations', 'expert', 'top performer', 'role model', 'excellent', 'distinguished', 'exemplary'],
  '4': ['4', 'exceeds', 'exceeds expectations', 'advanced', 'strong', 'very good', 'above expectations', 'commendable', 'highly effective', 'highly successful', 'above average'],
  '3': ['3', 'meets', 'meets expectations', 'fully meets', 'fully meets expectations', 'successful', 'fully successful', 'proficient', 'solid', 'good', 'achieves', 'satisfactory', 'effective', 'on target', 'average'],
  '2': ['2', 'partially meets', 'partially meets expectations', 'needs improvement', 'improvement needed', 'needs development', 'below expectations', 'developing', 'inconsistent', 'marginal', 'minimally effective', 'below average'],
  '1': ['1', 'does not meet', 'does not meet expectations', 'unsatisfactory', 'unacceptable', 'aware', 'poor', 'pip', 'performance improvement plan', 'on pip', 'ineffective', 'far below expectations'],
};

/** Letter grades, best first: a column that holds only letters A–E rates A as 5 and E as 1. */
const LETTER_GRADES = ['a', 'b', 'c', 'd', 'e'];

/** The levels of a column of letter grades (A–E, any case); null when the column holds anything else. */
export function letterGrades(values: readonly string[]): Record<string, string> | null {
  if (values.length === 0) return null;
  const grades: Record<string, string> = {};
  for (const value of values) {
    const at = LETTER_GRADES.indexOf(value.trim().toLowerCase());
    if (at < 0) return null;
    grades[value] = String(5 - at);
  }
  return grades;
}

const EMPLOYMENT: Record<string, string[]> = {
  active: ['active', 'employed', 'current', 'yes', 'y', 'on leave', 'leave of absence', 'future start', 'probation'],
  left: ['left', 'terminated', 'voluntarily terminated', 'terminated for cause', 'involuntarily terminated', 'inactive', 'resigned', 'retired', 'former', 'former employee', 'separated', 'dismissed', 'withdrawn', 'no', 'n', 'deceased'],
};

function lookUp(table: Record<string, string[]>, value: string): string | null {
  const key = normalise(value);
  if (!key) return null;
  for (const [target, words] of Object.entries(table)) if (words.some((w) => normalise(w) === key)) return target;
  return null;
}

export interface ValueContext {
  domains: readonly Domain[];
  threads: readonly Thread[];
}

/** The guessed Braid value of a text value for a field of this kind; null when there is no good guess. */
export function guessValue(kind: FieldKind, value: string, context: ValueContext): string | null {
  switch (kind) {
    case 'domain':
      return guessDomain(value, context.domains);
    case 'thread':
      return guessThread(value, context.threads);
    case 'lowMediumHigh':
      return lookUp(LOW_MEDIUM_HIGH, value);
    case 'track':
      return lookUp(TRACKS, value);
    case 'source':
      return lookUp(SOURCES, value);
    case 'level':
      return lookUp(LEVEL_WORDS, value);
    case 'employment':
      return lookUp(EMPLOYMENT, value) ?? (/terminat|resign|retire|dismiss|deceased/.test(normalise(value)) ? 'left' : null);
    default:
      return null;
  }
}

/** The Braid values a field of this kind may take, for the value-mapping step. */
export function choicesOf(kind: FieldKind, context: ValueContext): { value: string; label: string }[] {
  switch (kind) {
    case 'domain':
      return context.domains.map((d) => ({ value: d.id, label: d.name }));
    case 'thread':
      return context.threads.map((t) => ({ value: t.id, label: t.name }));
    case 'lowMediumHigh':
      return ['low', 'medium', 'high'].map((v) => ({ value: v, label: v }));
    case 'track':
      return ['braided', 'linear'].map((v) => ({ value: v, label: v }));
    case 'source':
      return ['self', 'manager', '360', 'host'].map((v) => ({ value: v, label: v }));
    case 'level':
      return ['1', '2', '3', '4', '5'].map((v) => ({ value: v, label: v }));
    case 'employment':
      return [
        { value: 'active', label: 'still employed' },
        { value: 'left', label: 'has left' },
      ];
    default:
      return [];
  }
}

/** Kinds whose text values go through a value table. */
export const VALUE_MAPPED_KINDS: ReadonlySet<FieldKind> = new Set(['domain', 'thread', 'lowMediumHigh', 'track', 'source', 'level', 'employment']);
