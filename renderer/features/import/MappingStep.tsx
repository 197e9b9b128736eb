import { useId, useState } from 'react';
import { DATE_FORMATS, fieldsOf, IMPORT_TARGETS, TARGET_LABELS, type ImportMapping, type ImportPreview, type ImportTarget } from '../../../shared/import';
import { call } from '../../platform';
import { saveBytes } from '../../platform/files';
import { useBraid } from '../../store';
import { ColumnTable } from './ColumnTable';
import { ImportNotices } from './ImportNotices';
import { ValueRules } from './ValueRules';
import { SelectField } from '../../components/SelectField';
import { PeopleChoices } from './PeopleChoices';

interface Props {
  preview: ImportPreview;
  mapping: ImportMapping;
  disabled: boolean;
  onEdit(mapping: ImportMapping): void;
  /** The columns changed: the file must be read again for the values of the new columns. */
  onCheck(mapping: ImportMapping): void;
  onReread(options: { sheet?: string; target?: ImportTarget }): void;
}

const DATE_LABELS: Record<(typeof DATE_FORMATS)[number], string> = {
  auto: 'Work it out (03/04/2021 = 3 April)',
  'YYYY-MM-DD': '2021-04-03',
  'DD/MM/YYYY': '03/04/2021 = 3 April (day first)',
  'MM/DD/YYYY': '04/03/2021 = 3 April (month first)',
  'DD.MM.YYYY': '03.04.2021 (day first)',
};

function describeFile(preview: ImportPreview): string {
  const rows = `${preview.preview.counts.rows} rows`;
  if (preview.sheet !== null) return rows;
  const delimiter = { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'pipe' }[preview.delimiter ?? ','] ?? 'comma';
  return `${rows} · ${preview.encoding?.toUpperCase()} · ${delimiter}-separated`;
}

/** Step 2: the sheet, what the file holds, which column is which, what values become, and saving all that. */
export function MappingStep({ preview, mapping, disabled, onEdit, onCheck, onReread }: Props) {
  const id = useId();
  const threads = useBraid((s) => s.plan?.framework.threads ?? []);
  const notify = useBraid((s) => s.notify);
  const [name, setName] = useState('');
  const fields = fieldsOf(mapping.target, threads);
  const hasLevels = Object.keys(mapping.columns).some((k) => k.startsWith('level'));
  const anyDates = fields.some((f) => f.kind === 'date' && mapping.columns[f.key]);
  const ambiguous = preview.columns.some((c) => c.ambiguousDates);
  const nameAt = mapping.columns.name ? preview.headers.indexOf(mapping.columns.name) : -1;
  const sampleName = nameAt < 0 ? null : (preview.sample.map((row) => row[nameAt]).find(Boolean) ?? null);

  const setColumn = (key: string, header: string | null) => {
    const columns = { ...mapping.columns };
    if (header === null) delete columns[key];
    else {
      // One column fills one field: taking it here frees it elsewhere.
      for (const [other, h] of Object.entries(columns)) if (h === header) delete columns[other];
      columns[key] = header;
    }
    onCheck({ ...mapping, columns });
  };
  const setDefaults = (change: Partial<ImportMapping['defaults']>) => onEdit({ ...mapping, defaults: { ...mapping.defaults, ...change } });

  const save = async () => {
    try {
      await call('import:saveMapping', { name: name.trim(), mapping });
      notify({ tone: 'success', message: `Saved the mapping “${name.trim()}”. Choose it next time, or use it with braid import --map.` });
    } catch (error) {
      notify({ tone: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <div className="import-step">
      <div className="import-inline">
        <p className="muted">
          {preview.fileName} · {describeFile(preview)}
        </p>
        {preview.sheets.length > 1 && (
          <SelectField
            label="Sheet"
            value={preview.sheet ?? ''}
            disabled={disabled}
            onChange={(sheet) => onReread({ sheet, target: mapping.target })}
            options={preview.sheets.map((s) => ({ value: s, label: s }))}
          />
        )}
        <SelectField
          label="The file holds"
          value={mapping.target}
          disabled={disabled}
          onChange={(target) => onReread({ target })}
          options={IMPORT_TARGETS.map((t) => ({ value: t, label: TARGET_LABELS[t] }))}
        />
      </div>

      <ImportNotices preview={preview} />
      <h3>Columns</h3>
      {preview.guess.passedOver.length > 0 && (
        <ul className="import-passed-over" aria-label="Columns not taken">
          {preview.guess.passedOver.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      <ColumnTable fields={fields} headers={preview.headers} sample={preview.sample} mapping={mapping} why={preview.guess.why} disabled={disabled} onChange={setColumn} />

      <h3>Values</h3>
      <ValueRules columns={preview.columns} mapping={mapping} disabled={disabled} onChange={onEdit} />

      <div className="import-inline">
        {anyDates && (
          <SelectField
            label="Dates are written"
            value={mapping.dateFormat}
            disabled={disabled}
            onChange={(dateFormat) => onEdit({ ...mapping, dateFormat })}
            options={DATE_FORMATS.map((f) => ({ value: f, label: DATE_LABELS[f] }))}
            description={ambiguous ? <span className="import-warning">Some dates could be day-first or month-first: check this.</span> : undefined}
          />
        )}
        {mapping.target === 'people' && (
          <SelectField<'braided' | 'linear'>
            label="Track of new people"
            value={mapping.defaults.track ?? 'braided'}
            disabled={disabled}
            onChange={(track) => setDefaults({ track })}
            options={[
              { value: 'braided', label: 'braided' },
              { value: 'linear', label: 'linear' },
            ]}
          />
        )}
        <PeopleChoices mapping={mapping} sampleName={sampleName} disabled={disabled} onEdit={onEdit} />
        {hasLevels && (
          <label htmlFor={`${id}-assessed`}>
            Assessed on (when a row has no date)
            <input id={`${id}-assessed`} type="date" value={mapping.defaults.assessmentDate ?? ''} disabled={disabled} onChange={(e) => setDefaults({ assessmentDate: e.target.value || undefined })} />
          </label>
        )}
      </div>

      <div className="import-inline import-save">
        <label htmlFor={`${id}-name`}>
          Save this mapping as
          <input id={`${id}-name`} type="text" maxLength={100} value={name} placeholder="e.g. Workday leaders report" onChange={(e) => setName(e.target.value)} />
        </label>
        <button type="button" className="button" disabled={disabled || !name.trim()} onClick={() => void save()}>
          Save mapping
        </button>
        <button
          type="button"
          className="button"
          disabled={disabled}
          onClick={() => void saveBytes('braid-import-mapping.json', `${JSON.stringify(mapping, null, 2)}\n`, 'application/json')}
        >
          Download mapping file
        </button>
      </div>
    </div>
  );
}
