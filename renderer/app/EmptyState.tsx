import { useRef } from 'react';
import { useBraid } from '../store';
import { call } from '../platform';
import { PlanFileInput, usePlanFilePicker } from '../features/protection';

/** First run: no plan yet. Offers the demo organisation, a new empty plan, or a plan file. */
export function EmptyState() {
  const replacePlan = useBraid((s) => s.replacePlan);
  const fileInput = useRef<HTMLInputElement>(null);
  const [passphrasePrompt, planFileToOpen] = usePlanFilePicker();
  return (
    <section className="empty-state">
      <h1>Welcome to Braid</h1>
      <p>
        Plan cross-domain rotations for your leaders, track the four competency threads, and see where your succession
        pipeline has gaps. Everything stays on this computer.
      </p>
      <div className="actions">
        <button className="button primary" onClick={() => void replacePlan(() => call('plan:loadDemo', {}))}>
          Load the demo organisation
        </button>
        <button className="button" onClick={() => void replacePlan(() => call('plan:new', { name: 'My organisation' }))}>
          Start an empty plan
        </button>
        <button className="button" onClick={() => fileInput.current?.click()}>
          Open a plan file…
        </button>
        <PlanFileInput ref={fileInput} label="Plan file" planFileToOpen={planFileToOpen} onOpen={(request) => replacePlan(() => call('plan:open', request))} />
        {passphrasePrompt}
      </div>
    </section>
  );
}
