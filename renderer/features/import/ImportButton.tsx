import { useState } from 'react';
import type { ImportTarget } from '../../../shared/import';
import { useBraid } from '../../store';
import { ImportWizard } from './ImportWizard';

interface Props {
  /** Preselects what the file holds (people, experience, assessments); guessed from the file otherwise. */
  target?: ImportTarget;
  label?: string;
  className?: string;
}

/** Opens the Import wizard. Drop it on any screen: <ImportButton />. Disabled until a plan is open. */
export function ImportButton({ target, label = 'Import from spreadsheet…', className = 'button' }: Props) {
  const [open, setOpen] = useState(false);
  const hasPlan = useBraid((s) => s.plan !== null);
  return (
    <>
      <button type="button" className={className} onClick={() => setOpen(true)} disabled={!hasPlan}>
        {label}
      </button>
      {open && <ImportWizard target={target} onClose={() => setOpen(false)} />}
    </>
  );
}
