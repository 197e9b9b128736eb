import type { ImportMapping, ImportPreview, PersonChange, Refusal } from '../../../shared/import';
import { DuplicateChoices } from './DuplicateChoices';
import { ImportNotices } from './ImportNotices';
import { ColumnHeads } from '../../components/ColumnHeads';

interface Props {
  preview: ImportPreview;
  skipInvalid: boolean;
  disabled: boolean;
  onSkipInvalid(skip: boolean): void;
  /** Saves the refused rows as CSV with the reason in a last column. */
  onSaveRefused(): void;
  /** A choice about a possible duplicate: the preview is worked out again with it. */
  onRecheck(mapping: ImportMapping): void;
}

const SHOWN = 100;
const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString()} ${n === 1 ? one : many}`;

function RefusalTable({ caption, rows }: { caption: string; rows: Refusal[] }) {
  return (
    <table className="import-table">
      <caption>{caption}</caption>
      <ColumnHeads columns={['Row', 'Column', 'Value', 'Why']} />
      <tbody>
        {rows.slice(0, SHOWN).map((r, i) => (
          <tr key={`${r.row}-${r.column}-${i}`}>
            <td>{r.row}</td>
            <td>{r.column}</td>
            <td>{r.value ? <q>{r.value}</q> : <span className="muted">empty</span>}</td>
            <td>{r.reason}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ChangeList({ title, changes, total }: { title: string; changes: PersonChange[]; total: number }) {
  if (!total) return null;
  return (
    <details className="import-changes">
      <summary>
        {title} ({total.toLocaleString()})
      </summary>
      <ul>
        {changes.slice(0, SHOWN).map((c) => (
          <li key={`${c.row}-${c.id}`}>
            <span className="muted">row {c.row}</span> <strong>{c.name || c.id}</strong> <span className="muted">({c.id})</span>
            {c.changes.length > 0 && <span> — {c.changes.join('; ')}</span>}
          </li>
        ))}
      </ul>
      {total > SHOWN && <p className="muted">The first {SHOWN} are shown.</p>}
    </details>
  );
}

/** Step 3: what the import will add, update and refuse, row by row, before anything changes. */
export function PreviewStep({ preview, skipInvalid, disabled, onSkipInvalid, onSaveRefused, onRecheck }: Props) {
  const { counts, problems, refusals, notes, adds, updates, duplicates } = preview.preview;
  const people = preview.mapping.target === 'people';
  return (
    <div className="import-step">
      <ImportNotices preview={preview} />
      <ul className="import-counts" aria-label="What the import will do">
        {people && <li className="import-count add">{plural(counts.adds, 'person', 'people')} to add</li>}
        <li className="import-count update">{people ? `${plural(counts.updates, 'person', 'people')} to update` : `${plural(counts.updates, 'row')} with new data`}</li>
        <li className="import-count same">{plural(counts.unchanged, 'row')} already in the plan</li>
        {counts.leftOut > 0 && <li className="import-count same">{plural(counts.leftOut, 'person', 'people')} who have left, not imported</li>}
        <li className={`import-count ${counts.refused ? 'refused' : 'same'}`}>{plural(counts.refused, 'row')} refused</li>
      </ul>
      {(counts.experienceAdded > 0 || counts.assessmentsAdded > 0) && (
        <p className="muted">
          New records: {plural(counts.experienceAdded, 'experience entry', 'experience entries')}, {plural(counts.assessmentsAdded, 'assessment')}.
        </p>
      )}
      {counts.actionsAdded > 0 && <p className="muted">New development actions: {counts.actionsAdded}.</p>}
      {problems.length > 0 && (
        <div className="import-problems" role="alert">
          <strong>The mapping must be fixed before anything can be imported:</strong>
          <ul>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      <DuplicateChoices duplicates={duplicates} mapping={preview.mapping} disabled={disabled} onChange={onRecheck} />
      {refusals.length > 0 && (
        <>
          <RefusalTable caption={`Refused: ${plural(counts.refusals, 'problem')} in ${plural(counts.refused, 'row')}`} rows={refusals} />
          {counts.refusals > SHOWN && <p className="muted">The first {SHOWN} are shown; fix them and preview again to see the rest.</p>}
          <div className="import-inline">
            <label className="import-check">
              <input type="checkbox" checked={skipInvalid} disabled={disabled} onChange={(e) => onSkipInvalid(e.target.checked)} />
              Leave out the refused rows and import the rest
            </label>
            <button type="button" className="button" disabled={disabled} onClick={onSaveRefused}>
              Save refused rows…
            </button>
          </div>
          <p className="muted">The refused rows go to a CSV file as they were, with the reason in a last column: fix them in Excel and import that file again.</p>
        </>
      )}
      {notes.length > 0 && <RefusalTable caption="Imported with a change you should know about" rows={notes} />}
      <ChangeList title="To add" changes={adds} total={counts.adds} />
      <ChangeList title="To update" changes={updates} total={counts.updates} />
      <p className="muted">
        Read and checked in {preview.elapsedMs < 1000 ? `${preview.elapsedMs} ms` : `${(preview.elapsedMs / 1000).toFixed(1)} s`}. Importing is one step you can undo.
      </p>
    </div>
  );
}

export function canCommit(preview: ImportPreview, skipInvalid: boolean): boolean {
  const { counts, problems } = preview.preview;
  return problems.length === 0 && (counts.refused === 0 || skipInvalid) && counts.adds + counts.updates > 0;
}
