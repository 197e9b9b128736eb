import type { DuplicateChoice, ImportMapping, ImportPreview } from '../../../shared/import';
import { SelectField } from '../../components/SelectField';
import { ColumnHeads } from '../../components/ColumnHeads';

interface Props {
  duplicates: ImportPreview['preview']['duplicates'];
  mapping: ImportMapping;
  disabled: boolean;
  onChange(mapping: ImportMapping): void;
}

const SHOWN = 100;

/**
 * Rows that may be people already in the plan under another id: for each, update that
 * person, add anyway, or leave out. The choice goes into the mapping (and its file), so the
 * next import of the same export asks nothing.
 */
export function DuplicateChoices({ duplicates, mapping, disabled, onChange }: Props) {
  if (!duplicates.length) return null;
  const choose = (id: string, choice: DuplicateChoice | '') => {
    const next = { ...mapping.duplicates };
    if (choice) next[id] = choice;
    else delete next[id];
    onChange({ ...mapping, duplicates: next });
  };
  return (
    <table className="import-table import-duplicates">
      <caption>Possible duplicates: {duplicates.length.toLocaleString()} rows may be people already in the plan</caption>
      <ColumnHeads columns={['Row', 'In the file', 'In the plan', 'What to do']} />
      <tbody>
        {duplicates.slice(0, SHOWN).map((d) => {
          return (
            <tr key={d.row} className={d.choice ? undefined : 'import-unmapped'}>
              <td>{d.row}</td>
              <td>
                {d.name || d.id} ({d.id})
              </td>
              <td>
                {d.matchName} ({d.matchId}) — same {d.by}
              </td>
              <td>
                <SelectField<DuplicateChoice | ''>
                  label={`${d.name || d.id} (${d.id})`}
                  labelHidden
                  value={d.choice ?? ''}
                  disabled={disabled}
                  onChange={(choice) => choose(d.id, choice)}
                  options={[
                    { value: '', label: '— choose —' },
                    { value: 'update', label: `Update ${d.matchName}` },
                    { value: 'add', label: 'Add anyway, as a new person' },
                    { value: 'leave-out', label: 'Leave this row out' },
                  ]}
                />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
