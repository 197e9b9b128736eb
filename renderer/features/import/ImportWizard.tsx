import { useEffect, useRef } from 'react';
import { TARGET_LABELS, type ImportTarget } from '../../../shared/import';
import { useBraid } from '../../store';
import { FileStep } from './FileStep';
import { MappingStep } from './MappingStep';
import { canCommit, PreviewStep } from './PreviewStep';
import { useImportSession, type ImportStep } from './use-import-session';
import './import.css';

interface Props {
  target?: ImportTarget;
  onClose(): void;
}

const STEPS: { step: ImportStep; label: string }[] = [
  { step: 'file', label: 'File' },
  { step: 'mapping', label: 'Columns and values' },
  { step: 'preview', label: 'Preview' },
];

/** The Import wizard, a modal dialog: file → columns and values → preview → import (one undo step). */
export function ImportWizard({ target, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const session = useImportSession(target);
  const notify = useBraid((s) => s.notify);
  const undo = useBraid((s) => s.undo);
  const { step, preview, mapping, busy, problem } = session;

  useEffect(() => {
    const element = dialog.current;
    if (!element || element.open) return;
    // jsdom has no showModal; the open attribute is the same dialog without the backdrop.
    if (typeof element.showModal === 'function') element.showModal();
    else element.setAttribute('open', '');
  }, []);

  const commit = async () => {
    if (!preview) return;
    const { counts } = preview.preview;
    if (!(await session.commit())) return;
    const what = preview.mapping.target === 'people' ? `${counts.adds} added, ${counts.updates} updated` : `${counts.updates} rows applied`;
    const skipped = session.skipInvalid && counts.refused ? `; ${counts.refused} refused rows left out` : '';
    notify({ tone: 'success', message: `Imported ${preview.fileName}: ${what}${skipped}.`, action: { label: 'Undo', run: () => void undo() } });
    onClose();
  };

  const current = STEPS.findIndex((s) => s.step === step);
  return (
    <dialog ref={dialog} className="import-wizard" aria-labelledby="import-title" onClose={onClose} onCancel={(e) => busy && e.preventDefault()}>
      <header className="import-header">
        <h2 id="import-title">Import {target ? TARGET_LABELS[target].toLowerCase() : 'from a spreadsheet'}</h2>
        <ol className="import-steps">
          {STEPS.map((s, i) => (
            <li key={s.step} aria-current={i === current ? 'step' : undefined} className={i < current ? 'done' : undefined}>
              {s.label}
            </li>
          ))}
        </ol>
      </header>

      <div className="import-status" role="status" aria-live="polite">
        {busy && (
          <>
            <progress aria-label={busy} />
            <span>{busy}</span>
          </>
        )}
      </div>
      {problem && (
        <div className="import-problems" role="alert">
          <strong>{problem.message}</strong>
          {problem.details.length > 0 && (
            <ul>
              {problem.details.map((d) => (
                <li key={d}>{d}</li>
              ))}
            </ul>
          )}
        </div>
      )}

      <div className="import-body" aria-busy={busy !== null}>
        {step === 'file' && <FileStep disabled={busy !== null} onChoose={(file, saved) => void session.chooseFile(file, saved)} />}
        {step === 'mapping' && preview && mapping && (
          <MappingStep preview={preview} mapping={mapping} disabled={busy !== null} onEdit={session.setMapping} onCheck={(m) => void session.check(m)} onReread={(o) => void session.reread(o)} />
        )}
        {step === 'preview' && preview && (
          <PreviewStep
            preview={preview}
            skipInvalid={session.skipInvalid}
            disabled={busy !== null}
            onSkipInvalid={session.setSkipInvalid}
            onRecheck={(m) => void session.check(m, 'preview')}
            onSaveRefused={() => void session.saveRefused().then((where) => where && notify({ tone: 'success', message: `Saved the refused rows to ${where}.` }))}
          />
        )}
      </div>

      <footer className="import-footer">
        <button type="button" className="button" onClick={() => dialog.current?.close()} disabled={busy !== null}>
          Cancel
        </button>
        {step === 'mapping' && (
          <button type="button" className="button" onClick={() => session.setStep('file')} disabled={busy !== null}>
            Choose another file
          </button>
        )}
        {step === 'preview' && (
          <button type="button" className="button" onClick={() => session.setStep('mapping')} disabled={busy !== null}>
            Back to columns and values
          </button>
        )}
        {step === 'mapping' && mapping && (
          <button type="button" className="button primary" onClick={() => void session.check(mapping, 'preview')} disabled={busy !== null}>
            Preview import
          </button>
        )}
        {step === 'preview' && preview && (
          <button type="button" className="button primary" onClick={() => void commit()} disabled={busy !== null || !canCommit(preview, session.skipInvalid)}>
            Import
          </button>
        )}
      </footer>
    </dialog>
  );
}
