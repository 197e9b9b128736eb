import { useEffect, useId, useRef, useState } from 'react';
import type { ExportTableName } from '../../../shared/export';
import { call } from '../../platform';
import { fromBase64, saveBytes } from '../../platform/files';
import { useBraid } from '../../store';
import './import.css';

const TABLES: { table: ExportTableName; label: string }[] = [
  { table: 'people', label: 'People' },
  { table: 'assessments', label: 'Assessments' },
  { table: 'rotations', label: 'Rotations' },
  { table: 'actions', label: 'Development actions' },
  { table: 'roles', label: 'Roles and successors' },
  { table: 'flags', label: 'Flags' },
  { table: 'cost', label: 'Programme cost' },
];

/**
 * Exports for Excel: each table as CSV or XLSX, everything as one workbook, or the whole
 * plan as a .braid.json file. A disclosure button with real buttons inside: keyboard and
 * screen-reader friendly, closes on Escape. Drop it on any screen: <ExportMenu />.
 */
export function ExportMenu({ label = 'Export…' }: { label?: string }) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState<string | null>(null);
  const hasPlan = useBraid((s) => s.plan !== null);
  const notify = useBraid((s) => s.notify);
  const root = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  const run = async (what: string, work: () => Promise<string | null>) => {
    setBusy(what);
    try {
      const saved = await work();
      if (saved) notify({ tone: 'success', message: `Exported ${what} to ${saved}.` });
      setOpen(false);
      toggle.current?.focus();
    } catch (error) {
      notify({ tone: 'error', message: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(null);
    }
  };

  const exportTable = (table: ExportTableName | 'all', format: 'csv' | 'xlsx', what: string) =>
    run(what, async () => {
      const file = await call('export:table', { table, format });
      return saveBytes(file.fileName, fromBase64(file.base64), file.mime);
    });
  const exportPlan = () =>
    run('the whole plan', async () => {
      const file = await call('plan:export', {});
      return saveBytes(file.fileName, file.text, 'application/json');
    });

  return (
    <div
      className="export-menu"
      ref={root}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.stopPropagation();
          setOpen(false);
          toggle.current?.focus();
        }
      }}
    >
      <button ref={toggle} type="button" className="button" aria-expanded={open} aria-controls={`${id}-panel`} disabled={!hasPlan} onClick={() => setOpen(!open)}>
        {label}
      </button>
      {open && (
        <div id={`${id}-panel`} className="export-panel card" role="group" aria-label="Export">
          <table className="import-table">
            <caption className="visually-hidden">Export a table</caption>
            <tbody>
              {TABLES.map(({ table, label: name }) => (
                <tr key={table}>
                  <th scope="row">{name}</th>
                  <td>
                    <button type="button" className="button small" disabled={busy !== null} onClick={() => void exportTable(table, 'csv', `${name.toLowerCase()} (CSV)`)} aria-label={`${name} as CSV`}>
                      CSV
                    </button>
                  </td>
                  <td>
                    <button type="button" className="button small" disabled={busy !== null} onClick={() => void exportTable(table, 'xlsx', `${name.toLowerCase()} (Excel)`)} aria-label={`${name} as Excel`}>
                      Excel
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="export-whole">
            <button type="button" className="button" disabled={busy !== null} onClick={() => void exportTable('all', 'xlsx', 'every table (Excel workbook)')}>
              Every table as one Excel workbook
            </button>
            <button type="button" className="button" disabled={busy !== null} onClick={() => void exportPlan()}>
              The whole plan (.braid.json)
            </button>
          </div>
          <p className="muted export-note" role="status" aria-live="polite">
            {busy ? `Exporting ${busy}…` : 'Text that Excel would run as a formula is written with a leading apostrophe.'}
          </p>
        </div>
      )}
    </div>
  );
}
