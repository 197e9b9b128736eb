import type { Domain, Plan } from '../../../shared/domain/plan/schema';
import { useBraid } from '../../store';
import { CommitField } from './CommitField';
import { SelectField } from '../../components/SelectField';
import { SIDE_OPTIONS } from '../../components/select-options';
import { ColumnHeads } from '../../components/ColumnHeads';

/** Whether anything in the plan names the domain: such a domain cannot be removed. */
function domainInUse(plan: Plan, id: string): boolean {
  return (
    plan.hosts.some((h) => h.domain === id) ||
    plan.roles.some((r) => r.domains.includes(id)) ||
    plan.people.some((p) => p.homeDomain === id || p.experience.some((e) => e.domain === id))
  );
}

function newDomainId(plan: Plan): string {
  const ids = new Set(plan.framework.domains.map((d) => d.id));
  let n = 1;
  while (ids.has(`domain-${n}`)) n++;
  return `domain-${n}`;
}

export function DomainsSection({ plan }: { plan: Plan }) {
  const edit = useBraid((s) => s.edit);
  const { domains, threads } = plan.framework;
  const saveDomains = (next: Domain[]) => void edit('framework:save', { framework: { ...plan.framework, domains: next } });
  const change = (id: string, patch: Partial<Domain>) => saveDomains(domains.map((d) => (d.id === id ? { ...d, ...patch } : d)));

  return (
    <section className="card fw-section" aria-labelledby="fw-domains-title">
      <h2 id="fw-domains-title">Domains</h2>
      <p className="muted fw-lead">Where people work, which side each is on, and which competency threads time there develops.</p>
      <table className="fw-table">
        <ColumnHeads columns={['Name', 'Side', 'Develops', { label: 'Remove', hidden: true }]} />
        <tbody>
          {domains.map((domain) => {
            const used = domainInUse(plan, domain.id);
            return (
              <tr key={domain.id} data-domain={domain.id}>
                <td>
                  <CommitField
                    label={`Name of domain ${domain.id}`}
                    className="fw-hidden-label"
                    type="text"
                    value={domain.name}
                    onCommit={(value) => {
                      if (!value.trim()) return 'A domain needs a name.';
                      change(domain.id, { name: value.trim() });
                      return null;
                    }}
                  />
                </td>
                <td>
                  <SelectField label={`Side of ${domain.name}`} labelHidden value={domain.side} onChange={(side) => change(domain.id, { side })} options={SIDE_OPTIONS} />
                </td>
                <td>
                  <fieldset className="fw-develops">
                    <legend className="visually-hidden">Threads {domain.name} develops</legend>
                    {threads.map((thread) => (
                      <label key={thread.id} className="fw-check">
                        <input
                          type="checkbox"
                          checked={domain.develops.includes(thread.id)}
                          onChange={(e) =>
                            change(domain.id, {
                              develops: e.target.checked
                                ? threads.map((t) => t.id).filter((t) => t === thread.id || domain.develops.includes(t))
                                : domain.develops.filter((t) => t !== thread.id),
                            })
                          }
                        />
                        {thread.name}
                      </label>
                    ))}
                  </fieldset>
                </td>
                <td>
                  <button
                    type="button"
                    className="button small"
                    aria-label={`Remove ${domain.name}`}
                    disabled={used}
                    title={used ? 'People, hosts or roles use this domain' : undefined}
                    onClick={() => saveDomains(domains.filter((d) => d.id !== domain.id))}
                  >
                    Remove
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <button type="button" className="button small fw-add" onClick={() => saveDomains([...domains, { id: newDomainId(plan), name: 'New domain', side: 'front', develops: [] }])}>
        Add domain
      </button>
    </section>
  );
}
