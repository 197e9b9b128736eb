import { useBraid } from '../../store';
import { DataSection } from './DataSection';
import { DomainsSection } from './DomainsSection';
import { OrganisationSection } from './OrganisationSection';
import { PolicySection } from './PolicySection';
import { ThreadsSection } from './ThreadsSection';
import './framework.css';
import { ProtectionPanel } from '../protection';

export default function FrameworkScreen() {
  const plan = useBraid((s) => s.plan);
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
        </>
      )}
      <DataSection />
      <ProtectionPanel />
    </div>
  );
}
