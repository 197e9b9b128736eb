import { useEffect, useState } from 'react';
import type { ErasurePreview, ErasureResult } from '../../../shared/api/protection-schemas';
import { call } from '../../platform';
import { useBraid } from '../../store';
import { ModalDialog } from '../../components/ModalDialog';
import './protection.css';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

const inWords = (items: string[]) => {
  const shown = items.filter(Boolean);
  return shown.length > 1 ? `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}` : (shown[0] ?? '');
};

/** The list the user confirms: exactly what goes, counted, in plain words. */
export function erasureLines(p: ErasurePreview): string[] {
  const lines = [
    `${p.name} from the plan, with ${plural(p.assessments, 'assessment')}`,
    p.rotations ? `${plural(p.rotations, 'rotation')} of theirs` : null,
    p.nominations ? `${plural(p.nominations, 'nomination')} as a successor` : null,
    p.mentoring ? `their name as mentor on ${plural(p.mentoring, 'rotation')} (left without a mentor)` : null,
    p.reports ? `their name as manager of ${plural(p.reports, 'person', 'people')} (left without a manager)` : null,
    p.incumbentOf ? `their name as incumbent of ${plural(p.incumbentOf, 'role')} (left vacant)` : null,
    `every trace of them in ${inWords([plural(p.backups, 'backup'), p.keptAside ? `${plural(p.keptAside, 'plan file')} kept aside` : '', p.scenarios ? plural(p.scenarios, 'scenario') : ''])} — each is rewritten without them`,
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
  const [deleteAgreed, setDeleteAgreed] = useState(false);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    call('person:erasePreview', { personId }).then(setPreview, (e: Error) => setError(e.message));
  }, [personId]);

  const erase = async () => {
    setBusy(true);
    let erasure: ErasureResult | null = null;
    const deleteUnreadable = preview?.unreadable.map((u) => u.file) ?? [];
    const done = await replacePlan(async () => {
      const result = await call('person:erase', { personId, deleteUnreadable });
      erasure = result.erasure;
      return result;
    });
    setBusy(false);
    if (!done || !erasure) return;
    const { marker, complete, remaining } = erasure as ErasureResult;
    onClose();
    navigate({ screen: 'people' });
    if (complete) notify({ tone: 'success', message: `The person was erased. From now on the audit trail calls them “${marker}”.` });
    else {
      notify({
        tone: 'error',
        message: `The person is not completely erased: ${plural(remaining.length, 'file')} in the data folder could not be read and may still hold them. Delete them yourself, or erase again.`,
        details: remaining,
      });
    }
  };
  const unreadable = preview?.unreadable ?? [];

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
          {unreadable.length > 0 && (
            <div className="erase-unreadable" role="group" aria-labelledby="erase-unreadable-title">
              <p id="erase-unreadable-title">
                Braid cannot read {unreadable.length === 1 ? 'this file' : 'these files'}, so it cannot take {preview.name} out of{' '}
                {unreadable.length === 1 ? 'it' : 'them'}. {unreadable.length === 1 ? 'It' : 'They'} may still hold {preview.name}: the erasure deletes{' '}
                {unreadable.length === 1 ? 'it' : 'them'}.
              </p>
              <ul className="erase-list">
                {unreadable.map((u) => (
                  <li key={u.file}>
                    <code>{u.file}</code> — {u.detail}
                  </li>
                ))}
              </ul>
              <label className="checkbox-line">
                <input type="checkbox" checked={deleteAgreed} onChange={(e) => setDeleteAgreed(e.target.checked)} /> Delete the {plural(unreadable.length, 'file')} Braid
                cannot read
              </label>
            </div>
          )}
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
        <button type="button" className="button danger" disabled={!preview || !understood || (unreadable.length > 0 && !deleteAgreed) || busy} onClick={() => void erase()}>
          {busy ? 'Erasing…' : preview ? `Erase ${preview.name}` : 'Erase'}
        </button>
      </div>
    </ModalDialog>
  );
}
