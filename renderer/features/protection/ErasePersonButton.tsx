import { useEffect, useState } from 'react';
import type { ErasurePreview } from '../../../shared/api/protection-schemas';
import { call } from '../../platform';
import { useBraid } from '../../store';
import { ModalDialog } from '../../components/ModalDialog';
import './protection.css';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The list the user confirms: exactly what goes, counted, in plain words. */
export function erasureLines(p: ErasurePreview): string[] {
  const lines = [
    `${p.name} from the plan, with ${plural(p.assessments, 'assessment')}`,
    p.rotations ? `${plural(p.rotations, 'rotation')} of theirs` : null,
    p.nominations ? `${plural(p.nominations, 'nomination')} as a successor` : null,
    p.mentoring ? `their name as mentor on ${plural(p.mentoring, 'rotation')} (left without a mentor)` : null,
    p.reports ? `their name as manager of ${plural(p.reports, 'person', 'people')} (left without a manager)` : null,
    p.incumbentOf ? `their name as incumbent of ${plural(p.incumbentOf, 'role')} (left vacant)` : null,
    `every trace of them in ${plural(p.backups, 'backup')}${p.keptAside ? ` and ${plural(p.keptAside, 'plan file')} kept aside` : ''} — each is rewritten without them`,
    `their name in ${plural(p.auditEntries, 'audit entry', 'audit entries')}, replaced by “Erased person #…”`,
    `the undo history (${plural(p.undoSteps, 'step')}): this cannot be undone`,
  ];
  return lines.filter((line): line is string => line !== null);
}

/** "Erase this person…": the right to be forgotten, after a confirmation that lists what will go. */
export function ErasePersonButton({ personId }: { personId: string }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button danger" onClick={() => setOpen(true)}>
        Erase this person…
      </button>
      {open && <EraseDialog personId={personId} onClose={() => setOpen(false)} />}
    </>
  );
}

function EraseDialog({ personId, onClose }: { personId: string; onClose(): void }) {
  const replacePlan = useBraid((s) => s.replacePlan);
  const notify = useBraid((s) => s.notify);
  const navigate = useBraid((s) => s.navigate);
  const [preview, setPreview] = useState<ErasurePreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [understood, setUnderstood] = useState(false);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    call('person:erasePreview', { personId }).then(setPreview, (e: Error) => setError(e.message));
  }, [personId]);

  const erase = async () => {
    setBusy(true);
    let marker = '';
    const done = await replacePlan(async () => {
      const result = await call('person:erase', { personId });
      marker = result.erasure.marker;
      return result;
    });
    setBusy(false);
    if (!done) return;
    onClose();
    navigate({ screen: 'people' });
    notify({ tone: 'success', message: `The person was erased. From now on the audit trail calls them “${marker}”.` });
  };

  return (
    <ModalDialog labelledBy="erase-title" onClose={onClose} className="erase-dialog">
      <h2 id="erase-title">{preview ? `Erase ${preview.name}?` : 'Erase this person?'}</h2>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      {!preview && !error && <p className="muted">Counting what will go…</p>}
      {preview && (
        <>
          <p>This removes, for good:</p>
          <ul className="erase-list">
            {erasureLines(preview).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          <p className="muted">Copies you exported, printed or sent are not affected: delete those yourself.</p>
          <label className="checkbox-line">
            <input type="checkbox" checked={understood} onChange={(e) => setUnderstood(e.target.checked)} /> I understand this cannot be undone
          </label>
        </>
      )}
      <div className="protection-actions">
        <button type="button" className="button" onClick={onClose} autoFocus>
          Cancel
        </button>
        <button type="button" className="button danger" disabled={!preview || !understood || busy} onClick={() => void erase()}>
          {busy ? 'Erasing…' : preview ? `Erase ${preview.name}` : 'Erase'}
        </button>
      </div>
    </ModalDialog>
  );
}
