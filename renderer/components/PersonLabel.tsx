import { useMemo } from 'react';
import { personDistinguisher, personLabelText } from '../../shared/domain/people';
import type { Plan } from '../../shared/domain/plan/schema';
import { useBraid } from '../store';
import './person-label.css';

type Distinguish = (personId: string) => string | null;
const nobody: Distinguish = () => null;

let cached: { people: Plan['people']; domains: Plan['framework']['domains']; distinguish: Distinguish } | null = null;

/** What tells each person apart from namesakes in the open plan, computed once per roster. */
export function distinguisherOf(plan: Plan | null): Distinguish {
  if (!plan) return nobody;
  if (cached?.people !== plan.people || cached.domains !== plan.framework.domains) {
    const domains = new Map(plan.framework.domains.map((d) => [d.id, d.name]));
    cached = { people: plan.people, domains: plan.framework.domains, distinguish: personDistinguisher(plan.people, domains) };
  }
  return cached.distinguish;
}

export function usePersonDistinguisher(): Distinguish {
  const plan = useBraid((s) => s.plan);
  return useMemo(() => distinguisherOf(plan), [plan]);
}

/** A person's name as text that tells namesakes apart — for <option>s and aria-labels. */
export function usePersonText(): (person: { id: string; name: string }) => string {
  const distinguish = usePersonDistinguisher();
  return useMemo(() => (person) => personLabelText(person.name || person.id, distinguish(person.id)), [distinguish]);
}

/**
 * A person shown small (a chip, a card, a row): the name, and after it what tells them apart from
 * someone of the same name (title, home domain, id when needed) — never the name alone when it is shared.
 */
export function PersonLabel({ person }: { person: { id: string; name: string } }) {
  const distinguish = usePersonDistinguisher();
  const detail = distinguish(person.id);
  return (
    <>
      {person.name || person.id}
      {detail && <span className="person-detail"> ({detail})</span>}
    </>
  );
}
