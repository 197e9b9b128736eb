/**
 * A column's heading: its text, or its text with a class (numeric columns) or read only by
 * screen readers (a column of buttons); falsy for a column the table does not show this time.
 */
export type ColumnHead = string | { label: string; className?: string; hidden?: boolean } | false | null | undefined;

/** A table's header row. Every heading is a column header (scope="col"), so a screen reader names each cell by its column. */
export function ColumnHeads({ columns }: { columns: readonly ColumnHead[] }) {
  return (
    <thead>
      <tr>
        {columns.map((column) => {
          if (!column) return null;
          const { label, className, hidden } = typeof column === 'string' ? { label: column } : column;
          return (
            <th key={label} scope="col" className={className}>
              {hidden ? <span className="visually-hidden">{label}</span> : label}
            </th>
          );
        })}
      </tr>
    </thead>
  );
}
