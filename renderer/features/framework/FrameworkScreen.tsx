import { useBraid } from '../../store';
import { DataSection } from './DataSection';
import { DomainsSection } from './DomainsSection';
import { OrganisationSection } from './OrganisationSection';
import { PolicySection } from './PolicySection';
import { ThreadsSection } from './ThreadsSection';
import './framework.css';
import { ProtectionPanel } from '../protection';
import { CostSettingsSection } from '../cost/CostSettingsSection';

export default function FrameworkScreen() {
  const plan = useBraid((s) => s.plan);
  const scenario = useBraid((s) => s.scenario);
  return (
    <div className="fw">
      <h1>Framework &amp; data</h1>
      {!plan && <p className="muted">No plan is open yet. Open a plan file or restore a backup below.</p>}
      {plan && (
        <>
          <OrganisationSection plan={plan} />
          <DomainsSection plan={plan} />
          <ThreadsSection plan={plan} />
          <PolicySection plan={plan} />
          <CostSettingsSection plan={plan} />
        </>
      )}
      {scenario ? (
        <section className="card fw-section">
          <h2>Data</h2>
          {/* Spec choice: the plan file, backups, import and export act on the plan, so they wait until the user is back in it. */}
          <p>The plan file, its backups, import and export act on the plan, not on the scenario “{scenario.name}”. Go back to the plan to use them.</p>
        </section>
      ) : (
        <DataSection />
      )}
      <ProtectionPanel />
    </div>
  );
}
