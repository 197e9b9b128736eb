import type { PlanIndex } from '../model/plan-index';
import type { PlanAnalysis, RoleFit } from '../model/types';
import { fitOfRole } from '../fit';
import { percentText, plural } from '../flags/wording';
import type { IsoDate, LowMediumHigh, Person, Role } from '../plan/schema';
import { readinessFor, readinessWords, type WholeReadiness } from '../readiness';
import { levelReader } from '../threads';

export interface SlateCandidate {
  person: Person;
  fit: RoleFit;
  readyBy: IsoDate | null;
  inTime: boolean | null;
  /** The rest of §9.2's readiness: the side-months date and the evidence it rests on. */
  readiness: WholeReadiness;
  braidIndex: number;
  /** How many slates they are already on. */
  slateCount: number;
  /** Why they rank where they do, in words: fit, readyBy against the vacancy, potential, flight risk, slate count. */
  reasons: string[];
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base' });
const POTENTIAL: Record<LowMediumHigh, number> = { high: 0, medium: 1, low: 2 };
// Spec choice: an unknown flight risk ranks after low and medium and before high — not known to
// be a risk, not known to be safe; an unknown potential or performance ranks last.
const FLIGHT: Record<LowMediumHigh, number> = { low: 0, medium: 1, high: 3 };
const potentialRank = (p: Person): number => (p.potential ? POTENTIAL[p.potential] : 3);
const flightRank = (p: Person): number => (p.flightRisk ? FLIGHT[p.flightRisk] : 2);

/** The incumbent's managers, all the way up: nobody is nominated to succeed their own report. */
function aboveInReportingLine(index: PlanIndex, incumbentId: string | null): Set<string> {
  const above = new Set<string>();
  let at = incumbentId === null ? undefined : index.plan.people.find((p) => p.id === incumbentId)?.managerId;
  const byId = new Map(index.plan.people.map((p) => [p.id, p]));
  while (at && !above.has(at)) {
    above.add(at);
    at = byId.get(at)?.managerId;
  }
  return above;
}

/**
 * Candidates for a role's slate (DOMAIN §8.3), best first: not archived, not the incumbent, not
 * anyone above the incumbent in the reporting line, not already on the slate. Order: fit, readyBy
 * (earlier first, none last), potential, flight risk (low first), performance, slates already on
 * (fewer first), name. `filter` narrows by person before any fit is worked out, so a search stays quick.
 * `role` may be newer than the analysed plan (a nomination not yet analysed).
 */
export function rankSlateCandidates(index: PlanIndex, analysis: PlanAnalysis, role: Role, filter: (person: Person) => boolean = () => true, limit = Infinity): SlateCandidate[] {
  const excluded = aboveInReportingLine(index, role.incumbentId);
  if (role.incumbentId) excluded.add(role.incumbentId);
  for (const s of role.successors) excluded.add(s.personId);
  const found: SlateCandidate[] = [];
  for (const person of index.roster) {
    if (excluded.has(person.id) || !filter(person)) continue;
    const standing = analysis.people.get(person.id);
    if (!standing) continue;
    const fit = fitOfRole(role, person.id, standing.current, levelReader(person, standing.threads, index.threadIndex, analysis.asOf));
    const readiness = readinessFor(index, person.id, role, standing.current, fit);
    const slateCount = index.successorRoles.get(person.id)?.length ?? 0;
    found.push({ person, fit, readyBy: readiness.readyBy, inTime: readiness.inTime, readiness, braidIndex: standing.braidIndex, slateCount, reasons: [] });
  }
  found.sort(
    (a, b) =>
      b.fit.fit - a.fit.fit ||
      (a.readyBy ?? '9999-99-99').localeCompare(b.readyBy ?? '9999-99-99') ||
      potentialRank(a.person) - potentialRank(b.person) ||
      flightRank(a.person) - flightRank(b.person) ||
      (b.person.performance ?? 0) - (a.person.performance ?? 0) ||
      a.slateCount - b.slateCount ||
      collator.compare(a.person.name, b.person.name),
  );
  const top = found.slice(0, limit);
  const threadName = (id: string): string => index.threadNames.get(id) ?? id;
  for (const c of top) c.reasons = reasonsOf(c, role, analysis.asOf, threadName);
  return top;
}

function reasonsOf(c: SlateCandidate, role: Role, asOf: IsoDate, threadName: (id: string) => string): string[] {
  return [
    `fit ${percentText(c.fit.fit)}`,
    readinessWords(c.readyBy, c.inTime, asOf, role.expectedVacancy, { ...c.readiness, threadName }),
    c.person.potential ? `${c.person.potential} potential` : 'potential not rated',
    c.person.flightRisk ? `${c.person.flightRisk} flight risk` : 'flight risk not rated',
    c.slateCount === 0 ? 'on no other slate' : `already on ${plural(c.slateCount, 'slate')}`,
  ];
}
