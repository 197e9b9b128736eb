import { useBraid } from '../../store';
import './scenarios.css';

/** In every view while a scenario is open: says plainly this is not the plan, with one click back. */
export function ScenarioBanner() {
  const scenario = useBraid((s) => s.scenario);
  const leave = useBraid((s) => s.leaveScenario);
  const navigate = useBraid((s) => s.navigate);
  if (!scenario) return null;
  return (
    <div className="scenario-banner" role="status" aria-live="polite">
      <span className="scenario-banner-mark" aria-hidden="true">
        ⑂
      </span>
      <span>
        <strong>Scenario: {scenario.name}.</strong> You are not in the plan — changes here do not touch it.
      </span>
      <span className="spacer" />
      <button type="button" className="button small" onClick={() => navigate({ screen: 'scenarios' })}>
        Compare with the plan
      </button>
      <button type="button" className="button small primary" onClick={() => void leave()}>
        Back to the plan
      </button>
    </div>
  );
}
