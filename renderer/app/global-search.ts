import type { Plan } from '../../shared/domain/plan/schema';
import { foldForMatch } from '../../shared/domain/text/fold';

/** One row of the global search: a person (opens the profile) or a role (opens its succession slate). */
export type SearchHit =
  | { kind: 'person'; id: string; name: string; title: string; archived: boolean }
  | { kind: 'role'; id: string; title: string };

export interface SearchResults {
  people: Extract<SearchHit, { kind: 'person' }>[];
  roles: Extract<SearchHit, { kind: 'role' }>[];
  /** A query that names a role ("head of deliv") shows the roles above people who merely hold such a title. */
  rolesFirst: boolean;
}

/** Roles keep a few rows even when people would fill the list, so a role title is never drowned by names. */
const ROLE_SHARE = 4;


const WORD_BREAK = /[\s\-‐–—_/,.()'’]+/u;

interface Entry {
  hit: SearchHit;
  sortKey: string;
  archived: boolean;
  nameWords: string[];
  name: string;
  titleWords: string[];
  title: string;
  id: string;
}

export interface SearchIndex {
  people: Entry[];
  roles: Entry[];
}

function entry(hit: SearchHit, name: string, title: string, archived: boolean): Entry {
  const foldedName = foldForMatch(name);
  const foldedTitle = foldForMatch(title);
  return {
    hit,
    sortKey: foldedName,
    archived,
    name: foldedName,
    nameWords: foldedName.split(WORD_BREAK).filter(Boolean),
    title: foldedTitle,
    titleWords: foldedTitle.split(WORD_BREAK).filter(Boolean),
    id: foldForMatch(hit.id),
  };
}

const indexes = new WeakMap<Plan, SearchIndex>();

/** Folds every name once per plan object, so a keystroke only compares strings. */
export function searchIndexOf(plan: Plan): SearchIndex {
  const cached = indexes.get(plan);
  if (cached) return cached;
  const index: SearchIndex = {
    people: plan.people.map((p) =>
      entry({ kind: 'person', id: p.id, name: p.name, title: p.title, archived: p.archived === true }, p.name || p.id, p.title, p.archived === true),
    ),
    // A retired role has no slate to open any more.
    roles: plan.roles.filter((r) => !r.retired).map((r) => entry({ kind: 'role', id: r.id, title: r.title }, r.title || r.id, '', false)),
  };
  indexes.set(plan, index);
  return index;
}

/** How well one query word fits an entry; 0 = not at all. Word-prefix matches outrank matches inside a word. */
function tokenScore(e: Entry, token: string): number {
  if (e.id === token) return 120;
  let best = 0;
  for (let i = 0; i < e.nameWords.length; i++) {
    if (e.nameWords[i].startsWith(token)) {
      best = i === 0 ? 110 : 100;
      break;
    }
  }
  if (best) return best;
  if (e.id.startsWith(token)) return 90;
  if (e.name.includes(token)) return 40;
  for (const word of e.titleWords) if (word.startsWith(token)) return 30;
  if (e.title.includes(token)) return 10;
  return 0;
}

function scoreOf(e: Entry, tokens: string[], phrase: string): number {
  let total = 0;
  for (const token of tokens) {
    const score = tokenScore(e, token);
    if (score === 0) return 0;
    total += score;
  }
  // The whole query typed as the start of the name ("zoe l") beats words found apart.
  if (tokens.length > 1 && e.name.startsWith(phrase)) total += 50;
  return total;
}

interface Scored {
  entry: Entry;
  score: number;
}

/** Archived people last, then the best score, then alphabetical: the order of the list. */
function before(a: Scored, b: Scored): boolean {
  if (a.entry.archived !== b.entry.archived) return !a.entry.archived;
  if (a.score !== b.score) return a.score > b.score;
  if (a.entry.sortKey !== b.entry.sortKey) return a.entry.sortKey < b.entry.sortKey;
  return a.entry.hit.id < b.entry.hit.id;
}

/** One pass over the entries keeping only the best `limit` in order — no sort of the whole roster per keystroke. */
function topMatches(entries: Entry[], tokens: string[], phrase: string, limit: number): Scored[] {
  const top: Scored[] = [];
  for (const e of entries) {
    const score = scoreOf(e, tokens, phrase);
    if (score === 0) continue;
    const candidate = { entry: e, score };
    if (top.length === limit && !before(candidate, top[limit - 1])) continue;
    let at = top.length;
    while (at > 0 && before(candidate, top[at - 1])) at--;
    top.splice(at, 0, candidate);
    if (top.length > limit) top.pop();
  }
  return top;
}

/** People and roles matching every word of the query, at most `limit` rows in all. */
export function searchPlan(index: SearchIndex, query: string, limit = 12): SearchResults {
  const phrase = foldForMatch(query).trim().replace(/\s+/g, ' ');
  const tokens = phrase.split(WORD_BREAK).filter(Boolean);
  if (tokens.length === 0 || limit <= 0) return { people: [], roles: [], rolesFirst: false };
  const people = topMatches(index.people, tokens, phrase, limit);
  const roles = topMatches(index.roles, tokens, phrase, limit);
  const roleRows = Math.min(roles.length, Math.max(Math.min(ROLE_SHARE, limit), limit - people.length));
  const bestPerson = people.find((s) => !s.entry.archived)?.score ?? 0;
  return {
    people: people.slice(0, limit - roleRows).map((s) => s.entry.hit) as SearchResults['people'],
    roles: roles.slice(0, roleRows).map((s) => s.entry.hit) as SearchResults['roles'],
    rolesFirst: roles.length > 0 && roles[0].score > bestPerson,
  };
}
