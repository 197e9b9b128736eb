import { useEffect, useId, useState } from 'react';
import { ImportMapping, type SavedMapping } from '../../../shared/import';
import { call } from '../../platform';
import { fromBase64, saveBytes } from '../../platform/files';
import { useBraid } from '../../store';
import { SelectField } from '../../components/SelectField';

interface Props {
  disabled: boolean;
  onChoose(file: File, mapping?: ImportMapping): void;
}

const ACCEPT = '.csv,.tsv,.txt,.xlsx,text/csv,text/tab-separated-values,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Step 1: the file from the HRIS, and optionally a mapping saved earlier or a mapping file. */
export function FileStep({ disabled, onChoose }: Props) {
  const id = useId();
  const [saved, setSaved] = useState<SavedMapping[]>([]);
  const [chosen, setChosen] = useState('');
  const [mappingFile, setMappingFile] = useState<ImportMapping | null>(null);
  const [mappingError, setMappingError] = useState<string | null>(null);

  useEffect(() => {
    call('import:mappings', {}).then(setSaved, () => setSaved([]));
  }, []);

  const mapping = mappingFile ?? saved.find((m) => m.name === chosen)?.mapping;
  const notify = useBraid((s) => s.notify);

  const downloadTemplate = async (format: 'csv' | 'xlsx') => {
    try {
      const file = await call('import:template', { format });
      const where = await saveBytes(file.fileName, fromBase64(file.base64), file.mime);
      if (where) notify({ tone: 'success', message: `Saved the template to ${where}.` });
    } catch (error) {
      notify({ tone: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  };

  const readMappingFile = async (file: File | undefined) => {
    setMappingFile(null);
    setMappingError(null);
    if (!file) return;
    try {
      const parsed = ImportMapping.safeParse(JSON.parse(await file.text()));
      if (parsed.success) setMappingFile(parsed.data);
      else setMappingError(`${file.name} is not a Braid import mapping: ${parsed.error.issues[0]?.path.join('.') || 'the file'} ${parsed.error.issues[0]?.message ?? ''}`);
    } catch {
      setMappingError(`${file.name} is not JSON: it cannot be a Braid import mapping.`);
    }
  };

  return (
    <div className="import-step">
      <p>
        Export the people (or their assessments, or their experience) from Workday, SAP SuccessFactors, BambooHR, Personio, HiBob or Excel as a CSV or
        .xlsx file and choose it here. Nothing changes until you confirm the preview.
      </p>
      <div className="import-inline">
        <p className="muted">No export at hand, or one that is hard to map? Fill in Braid’s template:</p>
        <button type="button" className="button" disabled={disabled} onClick={() => void downloadTemplate('xlsx')}>
          Download a template (Excel)
        </button>
        <button type="button" className="button" disabled={disabled} onClick={() => void downloadTemplate('csv')}>
          Download a template (CSV)
        </button>
      </div>
      {saved.length > 0 && (
        <SelectField
          label="Use a saved mapping"
          value={chosen}
          onChange={setChosen}
          disabled={disabled || mappingFile !== null}
          options={[{ value: '', label: '— guess from the file —' }, ...saved.map((m) => ({ value: m.name, label: m.name }))]}
        />
      )}
      <label htmlFor={`${id}-map`}>
        {saved.length > 0 ? 'Or a' : 'A'} mapping file to reuse (.json, optional)
        <input id={`${id}-map`} type="file" accept=".json,application/json" disabled={disabled} onChange={(e) => void readMappingFile(e.target.files?.[0])} />
      </label>
      {mappingError && (
        <p className="field-error" role="alert">
          {mappingError}
        </p>
      )}
      <label htmlFor={`${id}-file`} className="import-file-label">
        Spreadsheet file (CSV or Excel .xlsx)
        <input
          id={`${id}-file`}
          type="file"
          accept={ACCEPT}
          disabled={disabled}
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) onChoose(file, mapping);
          }}
        />
      </label>
    </div>
  );
}
