import type { ImportMapping } from '../../../shared/import';
import { SelectField } from '../../components/SelectField';

interface Props {
  mapping: ImportMapping;
  /** The first names of the name column, to show what each order gives. */
  sampleName: string | null;
  disabled: boolean;
  onEdit(mapping: ImportMapping): void;
}

const turned = (name: string): string => {
  const parts = /^([^,]+),\s*([^,]+)$/.exec(name.replace(/\s+/g, ' '));
  return parts ? `${parts[2].trim()} ${parts[1].trim()}` : name;
};

/**
 * The people-file choices only the user can make: the order of "Last, First" names and
 * what becomes of people who have left. Each is shown only when the file raises it.
 */
export function PeopleChoices({ mapping, sampleName, disabled, onEdit }: Props) {
  const commaName = sampleName !== null && sampleName.includes(',') ? sampleName.replace(/\s+/g, ' ') : null;
  const leaversMapped = Boolean(mapping.columns.leftOn || mapping.columns.employmentStatus);
  if (mapping.target !== 'people' || (!commaName && !leaversMapped)) return null;
  return (
    <>
      {commaName && mapping.columns.name && (
        <SelectField<ImportMapping['nameOrder']>
          label="Names written “Last, First”"
          value={mapping.nameOrder}
          disabled={disabled}
          onChange={(nameOrder) => onEdit({ ...mapping, nameOrder })}
          options={[
            { value: 'first-last', label: `Turn them: ${turned(commaName)}` },
            { value: 'as-written', label: `Keep them as written: ${commaName}` },
          ]}
        />
      )}
      {leaversMapped && (
        <SelectField<ImportMapping['leavers']>
          label="People who have left"
          value={mapping.leavers}
          disabled={disabled}
          onChange={(leavers) => onEdit({ ...mapping, leavers })}
          options={[
            { value: 'leave-out', label: 'Leave them out' },
            { value: 'archive', label: 'Import them as archived' },
          ]}
        />
      )}
    </>
  );
}
