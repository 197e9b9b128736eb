import { useState } from 'react';
import { WhatIfDialog, type WhatIfSubject } from './WhatIfDialog';
import { WHAT_IF_ACTION_LABELS } from './what-if-wording';
import { Hint } from '../../components/Hint';

/** The what-if offered where its subject is: *Leaves on…* on a person, *Slips by…* on a rotation, … */
export function WhatIfButton({ subject, className = 'button small' }: { subject: WhatIfSubject; className?: string }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Hint text="A what-if: tried in a scenario, never on the plan">
        <button type="button" className={className} onClick={() => setOpen(true)}>
          {WHAT_IF_ACTION_LABELS[subject.kind]}
        </button>
      </Hint>
      {open && <WhatIfDialog subject={subject} onClose={() => setOpen(false)} />}
    </>
  );
}
