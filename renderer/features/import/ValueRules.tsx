import { Fragment, useEffect, useState } from 'react';
import { domainIdFor, type ImportMapping, type ImportPreview, type NewDomain } from '../../../shared/import';
import { scaleRule, scaleWording } from '../../../shared/import/scales';
import { useBraid } from '../../store';
import { NewDomainForm } from './NewDomainForm';
import { SelectField } from '../../components/SelectField';
import { ColumnHeads } from '../../components/ColumnHeads';

interface Props {
  columns: ImportPreview['columns'];
  mapping: ImportMapping;
  disabled: boolean;
  onChange(mapping: ImportMapping): void;
}

const REFUSE = '';

/** A number box the user can empty while typing: the scale changes only on a number. */
function ScaleEnd({ label, value, disabled, onChange }: { label: string; value: number; disabled: boolean; onChange(text: string): void }) {
  const [text, setText] = useState(String(value));
  useEffect(() => {
    setText((current) => (Number(current) === value && current !== '' ? current : String(value)));
  }, [value]);
  return (
    <label>
      {label}
      <input
        type="number"
        value={text}
        disabled={disabled}
        onChange={(e) => {
          setText(e.target.value);
          onChange(e.target.value);
        }}
      />
    </label>
  );
}

/**
 * What the values of each mapped column become: text values through a table the user can
 * correct (a guess is already filled in), numbers through a scale whose rule is spelled out.
 */
export function ValueRules({ columns, mapping, disabled, onChange }: Props) {
  const framework = useBraid((s) => s.plan?.framework);
  const [adding, setAdding] = useState<string | null>(null);
  const setValue = (key: string, value: string, to: string) =>
    onChange({ ...mapping, values: { ...mapping.values, [key]: { ...(mapping.values[key] ?? {}), [value]: to } } });
  const setScale = (key: string, end: 'min' | 'max', text: string) => {
    const current = mapping.scales[key] ?? { min: 1, max: 5 };
    const number = Number(text);
    if (text === '' || !Number.isFinite(number)) return;
    onChange({ ...mapping, scales: { ...mapping.scales, [key]: { ...current, [end]: number } } });
  };
  const mappedTo = (key: string, value: string, fallback: string | null) => {
    const table = mapping.values[key] ?? {};
    const hit = Object.keys(table).find((k) => k.trim().toLowerCase() === value.trim().toLowerCase());
    return hit === undefined ? (fallback ?? REFUSE) : table[hit];
  };

  const addDomain = (key: string, value: string, domain: Omit<NewDomain, 'id'>) => {
    const existing = mapping.newDomains.find((d) => d.name.toLowerCase() === domain.name.toLowerCase());
    const taken = new Set([...(framework?.domains ?? []).map((d) => d.id), ...mapping.newDomains.map((d) => d.id)]);
    const added = existing ?? { ...domain, id: domainIdFor(domain.name, taken) };
    onChange({
      ...mapping,
      newDomains: existing ? mapping.newDomains : [...mapping.newDomains, added],
      values: { ...mapping.values, [key]: { ...(mapping.values[key] ?? {}), [value]: added.id } },
    });
    setAdding(null);
  };

  const valued = columns.filter((c) => c.values.length > 0);
  const scaled = columns.filter((c) => c.numbers !== null);
  if (!valued.length && !scaled.length) return null;

  return (
    <div className="import-values">
      {scaled.map((column) => {
        const answered = mapping.scales[column.key];
        const scale = answered ?? { min: 1, max: 5 };
        const valid = scale.max > scale.min;
        const asking = column.scaleChoices !== null;
        return (
          <fieldset key={`scale-${column.key}`} className="import-scale">
            <legend>
              {column.header} → {column.label}: numbers
            </legend>
            <p className="muted">
              The file has {column.numbers!.count} numbers from {column.numbers!.min} to {column.numbers!.max}. On what scale?
            </p>
            {asking && (
              <div role="radiogroup" aria-label={`Scale of ${column.header}`} className="import-inline import-scale-question">
                <p className={answered ? 'muted' : 'import-warning'}>
                  {answered ? 'You chose:' : `These values fit more than one scale: which is it? The import waits for your answer.`}
                </p>
                {column.scaleChoices!.map((choice) => (
                  <label key={scaleWording(choice)} className="import-check">
                    <input
                      type="radio"
                      name={`scale-${column.key}`}
                      checked={answered?.min === choice.min && answered?.max === choice.max}
                      disabled={disabled}
                      onChange={() => onChange({ ...mapping, scales: { ...mapping.scales, [column.key]: choice } })}
                    />
                    a {scaleWording(choice)} scale
                  </label>
                ))}
              </div>
            )}
            <div className="import-inline">
              <ScaleEnd label="Lowest on the file’s scale" value={scale.min} disabled={disabled} onChange={(text) => setScale(column.key, 'min', text)} />
              <ScaleEnd label="Highest" value={scale.max} disabled={disabled} onChange={(text) => setScale(column.key, 'max', text)} />
            </div>
            <p className="import-rule" aria-live="polite">
              {asking && !answered ? 'No scale chosen yet.' : valid ? scaleRule(scale) : 'The highest value must be above the lowest.'}
            </p>
          </fieldset>
        );
      })}
      {valued.map((column) => (
        <fieldset key={`values-${column.key}`}>
          <legend>
            {column.header} → {column.label}
          </legend>
          <table className="import-table">
            <ColumnHeads columns={['In the file', 'Rows', 'In Braid']} />
            <tbody>
              {column.values.map((v) => {
                const to = mappedTo(column.key, v.value, v.mappedTo);
                const isDomain = column.kind === 'domain';
                // Domains added in this mapping are choices at once, before the file is checked again.
                const choices = isDomain
                  ? [...column.choices, ...mapping.newDomains.filter((d) => !column.choices.some((c) => c.value === d.id)).map((d) => ({ value: d.id, label: `${d.name} (new)` }))]
                  : column.choices;
                const formKey = `${column.key}|${v.value}`;
                return (
                  <Fragment key={v.value}>
                    <tr className={to === REFUSE ? 'import-unmapped' : undefined}>
                      <th scope="row">
                        {v.value}
                      </th>
                      <td>{v.count}</td>
                      <td>
                        <div className="import-inline">
                          <SelectField
                            label={v.value}
                            labelHidden
                            value={to}
                            disabled={disabled}
                            onChange={(next) => setValue(column.key, v.value, next)}
                            options={[{ value: REFUSE, label: '— refuse these rows —' }, ...choices]}
                          />
                          {isDomain && to === REFUSE && adding !== formKey && (
                            <button type="button" className="button" disabled={disabled} onClick={() => setAdding(formKey)} aria-label={`Add “${v.value}” as a new domain`}>
                              Add as a new domain…
                            </button>
                          )}
                        </div>
                      </td>
                    </tr>
                    {adding === formKey && (
                      <tr>
                        <td colSpan={3}>
                          <NewDomainForm value={v.value} threads={framework?.threads ?? []} disabled={disabled} onAdd={(d) => addDomain(column.key, v.value, d)} onCancel={() => setAdding(null)} />
                        </td>
                      </tr>
                    )}
                  </Fragment>
                );
              })}
            </tbody>
          </table>
          {column.moreValues > 0 && <p className="muted">…and {column.moreValues} more values, guessed or refused as shown in the preview.</p>}
        </fieldset>
      ))}
    </div>
  );
}
