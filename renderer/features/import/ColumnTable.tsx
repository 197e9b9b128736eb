import type { ImportField, ImportMapping } from '../../../shared/import';
import { SelectField } from '../../components/SelectField';
import { ColumnHeads } from '../../components/ColumnHeads';

interface Props {
  fields: ImportField[];
  headers: string[];
  sample: string[][];
  mapping: ImportMapping;
  /** Why each guessed column was taken. */
  why: Record<string, string>;
  disabled: boolean;
  onChange(key: string, header: string | null): void;
}

/** Which column of the file fills each Braid field, with a few values of that column to check by eye. */
export function ColumnTable({ fields, headers, sample, mapping, why, disabled, onChange }: Props) {
  const examples = (header: string | undefined) => {
    const index = header === undefined ? -1 : headers.indexOf(header);
    if (index < 0) return '';
    return [...new Set(sample.map((row) => row[index]).filter(Boolean))].slice(0, 3).join(' · ');
  };
  return (
    <table className="import-table">
      <caption className="visually-hidden">Columns of the file for each Braid field</caption>
      <ColumnHeads columns={['Braid field', 'Column in the file', 'Values in the first rows, and why']} />
      <tbody>
        {fields.map((field) => {
          const header = mapping.columns[field.key];
          return (
            <tr key={field.key}>
              <th scope="row">
                <span className="import-field-name">
                  {field.label}
                  {field.required === 'always' && <span className="badge warning">required</span>}
                  {field.required === 'new' && <span className="badge info">needed for new people</span>}
                </span>
                {field.hint && <span className="muted import-hint">{field.hint}</span>}
              </th>
              <td>
                <SelectField
                  label={field.label}
                  labelHidden
                  value={header ?? ''}
                  disabled={disabled}
                  onChange={(next) => onChange(field.key, next || null)}
                  options={[{ value: '', label: '— not in this file —' }, ...headers.map((h) => ({ value: h, label: h }))]}
                />
              </td>
              <td className="muted">
                <span className="import-examples">{examples(header)}</span>
                {why[field.key] && <span className="import-why">Guessed: {why[field.key]}.</span>}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
