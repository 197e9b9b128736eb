import type { KeyboardEvent, MouseEvent } from 'react';
import { bandOf, benchWords, boxDescription, type BoxFacts, type ChartRow, type ColourBy } from '../../../shared/domain/orgchart';
import { SLATE_COLUMNS } from '../succession/readiness';

interface Props {
  row: ChartRow;
  facts: BoxFacts;
  nameDetail: string | null;
  nameOf(personId: string): string;
  colourBy: ColourBy;
  active: boolean;
  /** Where a scenario's leaver stood, and those who could step in for them. */
  leaver: boolean;
  standIn: boolean;
  onToggle(row: ChartRow): void;
  onActivate(personId: string): void;
  onKeyDown(event: KeyboardEvent<HTMLDivElement>, row: ChartRow): void;
}

/**
 * One person's box: name, title, side (the strip at its left), braid index, and for a critical role they
 * hold its bench as one mark; the successors show beside it on hover or focus and are its description.
 */
export function OrgChartBox({ row, facts, nameDetail, nameOf, colourBy, active, leaver, standIn, onToggle, onActivate, onKeyDown }: Props) {
  const band = bandOf(facts, colourBy);
  const successorsId = `orgchart-successors-${row.personId}`;
  const hasSuccessors = facts.roles.some((r) => r.successorIds.length > 0);
  const label = `${leaver ? 'Leaves in this scenario: ' : standIn ? 'Could step in: ' : ''}${boxDescription(facts, row.reports, nameDetail)}`;
  const classes = ['orgchart-box', facts.side ? `side-${facts.side}` : '', leaver ? 'leaver' : '', standIn ? 'stand-in' : ''];
  return (
    <div
      role="treeitem"
      id={`orgchart-box-${row.personId}`}
      data-person-id={row.personId}
      data-band={band.id}
      className={classes.filter(Boolean).join(' ')}
      aria-level={row.depth + 1}
      aria-posinset={row.position}
      aria-setsize={row.siblings}
      aria-expanded={row.reports > 0 ? row.expanded : undefined}
      aria-selected={active}
      aria-label={label}
      aria-describedby={hasSuccessors ? successorsId : undefined}
      tabIndex={active ? 0 : -1}
      onKeyDown={(event) => onKeyDown(event, row)}
      onClick={() => onActivate(row.personId)}
      onFocus={() => {
        if (!active) onActivate(row.personId);
      }}
      onDoubleClick={(event: MouseEvent) => {
        event.preventDefault();
        if (row.reports > 0) onToggle(row);
      }}
    >
      <span className={`orgchart-band band-${colourBy}-${band.id}`} aria-hidden="true" title={band.label} />
      <span className="orgchart-name">
        {facts.name || row.personId}
        {nameDetail && nameDetail !== facts.title && <span className="orgchart-detail"> ({nameDetail})</span>}
      </span>
      <span className="orgchart-title">{facts.title}</span>
      <span className="orgchart-meta" aria-hidden="true">
        <span className={`badge ${facts.side ?? ''}`}>{facts.side ?? 'no side'}</span>
        <span title="Braid index">BI {facts.braidIndex}</span>
        <span className="orgchart-band-word">{band.label}</span>
      </span>
      {facts.roles.map((role) => (
        <span key={role.roleId} className="orgchart-role" aria-hidden="true" title={`${role.title}: ${benchWords(role)}`}>
          <span className="orgchart-role-title">{role.title}</span>
          <span className={`orgchart-bench cover-${role.cover}`}>
            <span className="now">{role.bench['ready-now']}</span>
            <span className="soon">{role.bench['ready-1-2-years']}</span>
            <span className="later">{role.bench['ready-3-5-years']}</span>
          </span>
          {role.singleSided && <span className="badge warning">single-sided</span>}
          {role.worst && <span className={`badge ${role.worst}`}>{role.flagCount[role.worst]} {role.worst}</span>}
        </span>
      ))}
      {row.reports > 0 && (
        // Not a button: the box itself is the tree item the keyboard expands (→ ←); a nested control would be a second stop.
        <span
          className="orgchart-toggle"
          aria-hidden="true"
          onClick={(event) => {
            event.stopPropagation();
            onToggle(row);
          }}
        >
          {row.expanded ? '−' : '+'} {row.reports}
        </span>
      )}
      {hasSuccessors && (
        <div className="orgchart-successors" id={successorsId}>
          {facts.roles.map((role) => (
            <div key={role.roleId}>
              <strong>Successors for {role.title}:</strong>{' '}
              {role.successorIds.length === 0
                ? 'nobody'
                : role.successorIds.map((s) => `${nameOf(s.personId)} (${SLATE_COLUMNS[s.readiness].toLowerCase()})`).join(', ')}
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
