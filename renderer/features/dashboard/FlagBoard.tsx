import { flagAction, flagMessage } from '../../components/flag-text';
import { useMemo, useState } from 'react';
import type { Flag, FlagCode, Severity } from '../../../shared/domain/analysis/types';
import { FLAG_CODES } from '../../../shared/domain/analysis/types';
import { groupFlags, type FlagEntry } from '../../../shared/domain/flags';
import { flagLabel, SEVERITIES as SEVERITY_ORDER, SEVERITY_WORDS } from '../../../shared/domain/model';
import { flagSubjectLinks, type SubjectNames } from '../../navigation/flag-subject';
import { RouteLink } from '../../navigation/RouteLink';
import { SelectField } from '../../components/SelectField';

const SEVERITIES: { severity: Severity; label: string; hint: string }[] = SEVERITY_ORDER.map((severity) => ({
  severity,
  label: SEVERITY_WORDS[severity].heading,
  hint: SEVERITY_WORDS[severity].meaning,
}));
/** How many flags a group shows before "Show all": the critical ones in full, the rest as a taste. */
const FIRST_SHOWN: Record<Severity, number> = { critical: 20, warning: 8, info: 4 };
const FIRST_SHOWN_ONE_KIND = 50;

/**
 * The flags by severity. A kind raised more than five times shows as one line with its count
 * (DOMAIN §8.4); choosing it lists them all, as does picking its kind in the filter.
 */
export function FlagBoard({ flags, names, stagnationMonths }: { flags: Flag[]; names: SubjectNames; stagnationMonths: number }) {
  const [shownSeverities, setShownSeverities] = useState<Set<Severity>>(() => new Set(['critical', 'warning', 'info']));
  const [code, setCode] = useState<FlagCode | ''>('');
  const [expanded, setExpanded] = useState<Set<Severity>>(() => new Set());

  const counts = useMemo(() => {
    const bySeverity = { critical: 0, warning: 0, info: 0 };
    const byCode = new Map<FlagCode, number>();
    for (const flag of flags) {
      bySeverity[flag.severity]++;
      byCode.set(flag.code, (byCode.get(flag.code) ?? 0) + 1);
    }
    return { bySeverity, byCode };
  }, [flags]);

  const visible = flags.filter((f) => shownSeverities.has(f.severity) && (code === '' || f.code === code));
  const toggle = <T,>(set: Set<T>, value: T) => {
    const next = new Set(set);
    if (next.has(value)) next.delete(value);
    else next.add(value);
    return next;
  };

  return (
    <section className="card dash-flags" aria-labelledby="dash-flags-title">
      <div className="dash-flags-head">
        <h2 id="dash-flags-title">Flags</h2>
        <fieldset className="dash-severity-filter">
          <legend className="visually-hidden">Show severities</legend>
          {SEVERITIES.map(({ severity, label }) => (
            <label key={severity} className="dash-chip" data-severity={severity}>
              <input
                type="checkbox"
                checked={shownSeverities.has(severity)}
                onChange={() => setShownSeverities((s) => toggle(s, severity))}
              />
              {label} <span className="dash-chip-count">{counts.bySeverity[severity]}</span>
            </label>
          ))}
        </fieldset>
        <SelectField<FlagCode | ''>
          className="dash-code-filter"
          label="Kind of flag"
          value={code}
          onChange={setCode}
          options={[
            { value: '', label: `All kinds (${flags.length})` },
            ...FLAG_CODES.filter((c) => counts.byCode.has(c)).map((c) => ({ value: c, label: `${flagLabel(c)} (${counts.byCode.get(c)})` })),
          ]}
        />
      </div>
      {flags.length === 0 && <p className="muted">No flags: every rule of the plan is met.</p>}
      {flags.length > 0 && visible.length === 0 && <p className="muted">No flags match these filters.</p>}
      {SEVERITIES.map(({ severity, label, hint }) => {
        const group = visible.filter((f) => f.severity === severity);
        if (group.length === 0) return null;
        const open = expanded.has(severity);
        const first = code === '' ? FIRST_SHOWN[severity] : FIRST_SHOWN_ONE_KIND;
        const entries: FlagEntry[] = code === '' ? groupFlags(group, { stagnationMonths }) : group.map((flag) => ({ kind: 'flag', flag }));
        const shown = open ? entries : entries.slice(0, first);
        return (
          <section key={severity} className="dash-flag-group" data-severity={severity} aria-label={`${label}: ${group.length}`}>
            <h3>
              <span className={`badge ${severity}`}>{group.length}</span> {label}
              <span className="muted dash-group-hint"> — {hint}</span>
            </h3>
            <ul className="dash-flag-list">
              {shown.map((entry) =>
                entry.kind === 'flag' ? (
                  <FlagRow key={entry.flag.id} flag={entry.flag} names={names} />
                ) : (
                  <li key={`${entry.severity}-${entry.code}`} className="dash-flag dash-flag-grouped" data-code={entry.code}>
                    <span className={`badge ${entry.severity} dash-flag-code`}>{flagLabel(entry.code)}</span>
                    <div className="dash-flag-text">
                      <p className="dash-flag-message">{entry.summary}.</p>
                    </div>
                    <div className="dash-flag-links">
                      <button type="button" className="button small" onClick={() => setCode(entry.code)}>
                        List all {entry.flags.length}
                      </button>
                    </div>
                  </li>
                ),
              )}
            </ul>
            {entries.length > first && (
              <button className="button small" aria-expanded={open} onClick={() => setExpanded((s) => toggle(s, severity))}>
                {open ? `Show the first ${first}` : `Show all ${entries.length} (${entries.length - first} more)`}
              </button>
            )}
          </section>
        );
      })}
    </section>
  );
}

function FlagRow({ flag, names }: { flag: Flag; names: SubjectNames }) {
  const links = flagSubjectLinks(flag, names);
  return (
    <li className="dash-flag" data-code={flag.code}>
      <span className={`badge ${flag.severity} dash-flag-code`}>{flagLabel(flag.code)}</span>
      <div className="dash-flag-text">
        <p className="dash-flag-message">{flagMessage(flag)}</p>
        {flag.action && <p className="dash-flag-action">{flagAction(flag)}</p>}
      </div>
      <div className="dash-flag-links">
        {links.map((link, i) => (
          <RouteLink key={i} route={link.route} className={i === 0 ? 'dash-link primary' : 'dash-link'}>
            {i === 0 ? 'Open ' : ''}
            {link.label}
          </RouteLink>
        ))}
      </div>
    </li>
  );
}
