import { formatMoment } from '../../components/dates';
import { useEffect, useId, useMemo, useState } from 'react';
import type { AuditListing } from '../../../shared/api/protection-schemas';
import { AUDIT_AREA_LABELS, type AuditArea, type AuditEntry } from '../../../shared/domain/audit/types';
import { call } from '../../platform';
import { saveBytes } from '../../platform/files';
import { useBraid } from '../../store';
import './audit.css';
import { SelectField } from '../../components/SelectField';
import { AuditSummary } from './AuditSummary';
import { ColumnHeads } from '../../components/ColumnHeads';

export interface AuditTrailProps {
  personId?: string;
  roleId?: string;
  rotationId?: string;
  /** Heading text; the default says what it is. */
  title?: string;
}

const FIRST_ROWS = 25;
const AREAS = Object.keys(AUDIT_AREA_LABELS) as AuditArea[];

function matches(entry: AuditEntry, area: AuditArea | 'all', words: string): boolean {
  if (area !== 'all' && entry.area !== area) return false;
  if (!words) return true;
  const text = [entry.summary, entry.who, entry.action, entry.before ?? '', entry.after ?? '', ...entry.names].join(' ').toLowerCase();
  return words.split(/\s+/).every((word) => text.includes(word));
}

const when = (iso: string) => formatMoment(iso);

/**
 * Who changed what and when — about one person, one role or one rotation (or everything):
 * filterable by kind of change and by words, exportable to CSV.
 */
export function AuditTrail({ personId, roleId, rotationId, title = 'Audit trail' }: AuditTrailProps) {
  const revision = useBraid((s) => s.revision);
  const notify = useBraid((s) => s.notify);
  const [listing, setListing] = useState<AuditListing | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [area, setArea] = useState<AuditArea | 'all'>('all');
  const [words, setWords] = useState('');
  const [showAll, setShowAll] = useState(false);
  const id = useId();

  useEffect(() => {
    let live = true;
    // Every saved change bumps the revision: read the log again then.
    call('audit:list', { personId, roleId, rotationId }).then(
      (value) => live && (setListing(value), setError(null)),
      (caught: Error) => live && setError(caught.message),
    );
    return () => {
      live = false;
    };
  }, [personId, roleId, rotationId, revision]);

  const shown = useMemo(() => (listing?.entries ?? []).filter((e) => matches(e, area, words.trim().toLowerCase())), [listing, area, words]);
  const rows = showAll ? shown : shown.slice(0, FIRST_ROWS);

  const exportCsv = async () => {
    try {
      const file = await call('audit:exportCsv', { personId, roleId, rotationId, ...(area === 'all' ? {} : { area }) });
      await saveBytes(file.fileName, file.text, 'text/csv;charset=utf-8');
    } catch (caught) {
      notify({ tone: 'error', message: caught instanceof Error ? caught.message : String(caught) });
    }
  };

  return (
    <section className="audit-trail" aria-labelledby={`${id}-title`}>
      <div className="audit-head">
        <h2 id={`${id}-title`}>{title}</h2>
        <SelectField<AuditArea | 'all'>
          label="Show"
          value={area}
          onChange={setArea}
          options={[{ value: 'all', label: 'All changes' }, ...AREAS.map((a) => ({ value: a, label: AUDIT_AREA_LABELS[a] }))]}
        />
        <label htmlFor={`${id}-words`}>
          Search
          <input id={`${id}-words`} type="search" value={words} onChange={(e) => setWords(e.target.value)} placeholder="Name, user, value…" />
        </label>
        <button type="button" className="button small" onClick={() => void exportCsv()} disabled={!listing?.entries.length}>
          Export CSV
        </button>
      </div>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      {listing && listing.damaged > 0 && (
        <p className="audit-damaged" role="status">
          {listing.damaged === 1 ? '1 entry' : `${listing.damaged} entries`} of the audit log could not be read: changed or damaged.
        </p>
      )}
      {listing && shown.length === 0 && <p className="muted">{listing.entries.length ? 'No change matches these filters.' : 'No changes recorded yet.'}</p>}
      {rows.length > 0 && (
        <table className="audit-table">
          <caption className="visually-hidden">{title}: newest first</caption>
          <ColumnHeads columns={['When', 'Who', 'Change', 'Before', 'After']} />
          <tbody>
            {rows.map((entry) => (
              <tr key={entry.seq}>
                <td>
                  <time dateTime={entry.at}>{when(entry.at)}</time>
                </td>
                <td>{entry.who}</td>
                <td>
                  <AuditSummary entry={entry} />
                  <span className="audit-action muted"> · {entry.action}</span>
                </td>
                <td>{entry.before ?? '—'}</td>
                <td>{entry.after ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {!showAll && shown.length > FIRST_ROWS && (
        <button type="button" className="button small" onClick={() => setShowAll(true)}>
          Show all {shown.length} changes
        </button>
      )}
    </section>
  );
}

export default AuditTrail;
