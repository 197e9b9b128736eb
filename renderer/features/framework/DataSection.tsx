import { formatMoment } from '../../components/dates';
import { PlanFileInput, usePlanFilePicker } from '../protection';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppInfo, BackupInfo } from '../../../shared/api/contract';
import { BraidCallError, call } from '../../platform';
import { saveBytes } from '../../platform/files';
import { useBraid } from '../../store';
import { ConfirmDialog } from '../../components/ModalDialog';
import { ExportMenu, ImportButton } from '../import';
import { ColumnHeads } from '../../components/ColumnHeads';

interface Problem {
  message: string;
  details: string[];
}
const problemOf = (error: unknown): Problem => ({
  message: error instanceof Error ? error.message : String(error),
  details: error instanceof BraidCallError ? error.details : [],
});
const kilobytes = (bytes: number) => `${Math.max(1, Math.round(bytes / 1024)).toLocaleString()} KB`;

/** Where the plan lives, its backups, and moving plans in and out. Works before any plan is open. */
export function DataSection() {
  const hasPlan = useBraid((s) => s.plan !== null);
  const revision = useBraid((s) => s.revision);
  const replacePlan = useBraid((s) => s.replacePlan);
  const notify = useBraid((s) => s.notify);
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [backups, setBackups] = useState<BackupInfo[] | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [restoring, setRestoring] = useState<BackupInfo | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const [passphrasePrompt, planFileToOpen] = usePlanFilePicker();
  const refresh = useCallback(() => {
    call('app:info', {}).then(setInfo, (e) => setProblem(problemOf(e)));
    call('backups:list', {}).then(setBackups, (e) => setProblem(problemOf(e)));
  }, []);
  // Backups are written as the plan changes: list them again after each saved revision.
  useEffect(refresh, [refresh, revision]);

  /** Runs a whole-plan operation; a refusal is shown here with its details as well as in the notice. */
  const replaceWith = async (run: () => ReturnType<typeof call<'plan:open'>>, done: string) => {
    setProblem(null);
    const ok = await replacePlan(async () => {
      try {
        return await run();
      } catch (error) {
        setProblem(problemOf(error));
        throw error;
      }
    });
    if (ok) notify({ tone: 'success', message: done, action: { label: 'Undo', run: () => void useBraid.getState().undo() } });
    refresh();
  };

  const exportPlan = async () => {
    setProblem(null);
    try {
      const file = await call('plan:export', {});
      const where = await saveBytes(file.fileName, file.text, 'application/json');
      if (where) notify({ tone: 'success', message: `Exported the plan as ${where}.` });
    } catch (error) {
      setProblem(problemOf(error));
    }
  };

  return (
    <section className="card fw-section" aria-labelledby="fw-data-title">
      <h2 id="fw-data-title">Data</h2>
      <dl className="fw-info">
        <div>
          <dt>Plan file</dt>
          <dd>
            <code>{info?.planPath ?? '…'}</code>
          </dd>
        </div>
        <div>
          <dt>Backups folder</dt>
          <dd>
            <code>{info?.backupsDir ?? '…'}</code>
          </dd>
        </div>
        {info && (
          <div>
            <dt>Braid</dt>
            <dd>
              version {info.version}, {info.transport === 'electron' ? 'desktop app' : 'local web shell'}
            </dd>
          </div>
        )}
      </dl>
      <div className="fw-data-actions">
        <button type="button" className="button" onClick={() => void exportPlan()} disabled={!hasPlan}>
          Export the plan file…
        </button>
        <button type="button" className="button" onClick={() => fileInput.current?.click()}>
          Open another plan file…
        </button>
        <PlanFileInput
          ref={fileInput}
          label="Plan file to open"
          testId="open-plan-file"
          planFileToOpen={planFileToOpen}
          onOpen={(request) => replaceWith(() => call('plan:open', request), `Opened ${request.fileName}.`)}
        />
        {passphrasePrompt}
        <ImportButton label="Import from HRIS (CSV, Excel)…" />
        <ExportMenu label="Export tables for Excel…" />
      </div>
      {problem && (
        <div className="fw-problem" role="alert">
          <p>{problem.message}</p>
          {problem.details.length > 0 && (
            <ul>
              {problem.details.slice(0, 12).map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      <h3>Backups</h3>
      {backups === null ? (
        <p className="muted">Reading backups…</p>
      ) : backups.length === 0 ? (
        <p className="muted">No backups yet: one is kept each time the plan is saved.</p>
      ) : (
        <table className="fw-table fw-backups">
          <ColumnHeads columns={['Saved', 'Kind', { label: 'Revision', className: 'numeric' }, { label: 'Size', className: 'numeric' }, { label: 'Restore', hidden: true }]} />
          <tbody>
            {backups.map((backup) => (
              <tr key={backup.id}>
                <td>
                  <time dateTime={backup.createdAt}>{formatMoment(backup.createdAt)}</time>
                </td>
                <td>{backup.kind === 'daily' ? 'Daily' : 'Recent'}</td>
                <td className="numeric">{backup.revision}</td>
                <td className="numeric">{kilobytes(backup.bytes)}</td>
                <td>
                  <button type="button" className="button small" onClick={() => setRestoring(backup)}>
                    Restore…
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {restoring && (
        <ConfirmDialog
          title="Restore this backup?"
          confirmLabel="Restore"
          onCancel={() => setRestoring(null)}
          onConfirm={() => {
            const backup = restoring;
            setRestoring(null);
            void replaceWith(() => call('backups:restore', { id: backup.id }), `Restored the backup of ${formatMoment(backup.createdAt)}.`);
          }}
        >
          <p>
            The plan goes back to how it was on {formatMoment(restoring.createdAt)} (revision {restoring.revision}). The current plan is
            kept as a backup, and Undo brings it back.
          </p>
        </ConfirmDialog>
      )}
    </section>
  );
}
