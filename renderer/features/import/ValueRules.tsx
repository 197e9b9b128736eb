import { useEffect, useState } from 'react';
import type { ImportMapping, ImportPreview } from '../../../shared/import';
import { scaleRule } from '../../../shared/import/scales';

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

  const valued = columns.filter((c) => c.values.length > 0);
  const scaled = columns.filter((c) => c.numbers !== null);
  if (!valued.length && !scaled.length) return null;

  return (
    <div className="import-values">
      {scaled.map((column) => {
        const scale = mapping.scales[column.key] ?? { min: 1, max: 5 };
        const valid = scale.max > scale.min;
        return (
          <fieldset key={`scale-${column.key}`} className="import-scale">
            <legend>
              {column.header} → {column.label}: numbers
            </legend>
            <p className="muted">
              The file has {column.numbers!.count} numbers from {column.numbers!.min} to {column.numbers!.max}. On what scale?
            </p>
            <div className="import-inline">
              <ScaleEnd label="Lowest on the file’s scale" value={scale.min} disabled={disabled} onChange={(text) => setScale(column.key, 'min', text)} />
              <ScaleEnd label="Highest" value={scale.max} disabled={disabled} onChange={(text) => setScale(column.key, 'max', text)} />
            </div>
            <p className="import-rule" aria-live="polite">
              {valid ? scaleRule(scale) : 'The highest value must be above the lowest.'}
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
            <thead>
              <tr>
                <th scope="col">In the file</th>
                <th scope="col">Rows</th>
                <th scope="col">In Braid</th>
              </tr>
            </thead>
            <tbody>
              {column.values.map((v, i) => {
                const id = `import-value-${column.key}-${i}`;
                const to = mappedTo(column.key, v.value, v.mappedTo);
                return (
                  <tr key={v.value} className={to === REFUSE ? 'import-unmapped' : undefined}>
                    <th scope="row">
                      <label htmlFor={id}>{v.value}</label>
                    </th>
                    <td>{v.count}</td>
                    <td>
                      <select id={id} value={to} disabled={disabled} onChange={(e) => setValue(column.key, v.value, e.target.value)}>
                        <option value={REFUSE}>— refuse these rows —</option>
                        {column.choices.map((c) => (
                          <option key={c.value} value={c.value}>
                            {c.label}
                          </option>
                        ))}
                      </select>
                    </td>
                  </tr>
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
