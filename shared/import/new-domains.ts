import type { Domain, Plan } from '../domain/plan/schema';
import type { ImportMapping } from './mapping';
import { foldForMatch } from '../domain/text/fold';

/**
 * Departments of the file that match no domain become domains of the plan when the
 * mapping says so (`newDomains`): they are added by the import itself, so the whole
 * import — new domains and the people in them — is one all-or-nothing, undoable step.
 * Spec choice: a new domain whose id the plan already has is that domain (importing again
 * with the same mapping file works and changes nothing in the framework).
 */
export function withNewDomains(plan: Plan, mapping: ImportMapping): { plan: Plan; added: Domain[]; problems: string[] } {
  const known = new Set(plan.framework.domains.map((d) => d.id));
  const threads = new Set(plan.framework.threads.map((t) => t.id));
  const problems: string[] = [];
  const added: Domain[] = [];
  mapping.newDomains.forEach((domain, i) => {
    if (known.has(domain.id)) return;
    const unknown = domain.develops.filter((t) => !threads.has(t));
    if (unknown.length) {
      problems.push(`newDomains[${i}].develops: ${unknown.map((t) => `"${t}"`).join(', ')} ${unknown.length === 1 ? 'is not a thread' : 'are not threads'} of this plan.`);
      return;
    }
    known.add(domain.id);
    added.push({ id: domain.id, name: domain.name, side: domain.side, develops: [...new Set(domain.develops)] });
  });
  if (!added.length) return { plan, added, problems };
  return { plan: { ...plan, framework: { ...plan.framework, domains: [...plan.framework.domains, ...added] } }, added, problems };
}

/** An id for a domain made from a department name: "Human Resources" → "human-resources", unique in the plan. */
export function domainIdFor(name: string, taken: ReadonlySet<string>): string {
  const base =
    foldForMatch(name)
      .replace(/&/g, ' and ')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 56) || 'domain';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}
