import { useEffect, useMemo, useState } from 'react';
import { call } from '../../platform';
import { useBraid } from '../../store';
import { usePlanAnalysis } from '../../store/analysis';
import { PersonPicker } from '../rotations/PersonPicker';
import { exportReportPdf, preferredPaper, REPORT_TITLES, useReportJob, type Paper, type ReportChoice, type ReportKind } from './report-job';
import { useReportShortcut } from './useReportShortcut';
import './reports.css';
import { SelectField } from '../../components/SelectField';

const KINDS: { kind: ReportKind; says: string }[] = [
  { kind: 'org', says: 'Cover, pipeline summary with charts, every flag by severity, a section per critical role, and the rotation calendar.' },
  { kind: 'role', says: 'One critical role: incumbent, vacancy, requirements, the successor slate with fit and gaps, and each successor’s braid picture.' },
  { kind: 'person', says: 'One leader’s braid profile: braid picture, thread levels, exposure by domain, roles they succeed, suggested rotations, feedback.' },
];

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);

export default function ReportsScreen() {
  const { plan, analysis } = usePlanAnalysis();
  const route = useBraid((s) => s.route);
  const scenario = useBraid((s) => s.scenario);
  const running = useReportJob((s) => s.running);
  const lastError = useReportJob((s) => s.lastError);
  const [kind, setKind] = useState<ReportKind>(route.personId ? 'person' : route.roleId ? 'role' : 'org');
  const [roleId, setRoleId] = useState(route.roleId ?? '');
  const [personId, setPersonId] = useState(route.personId ?? '');
  const [paper, setPaper] = useState<Paper>('a4');
  const [includeAudit, setIncludeAudit] = useState(false);

  useEffect(() => {
    let live = true;
    void preferredPaper().then((p) => live && setPaper(p));
    return () => {
      live = false;
    };
  }, []);

  const roles = useMemo(() => (plan && analysis ? plan.roles.filter((r) => analysis.roles.has(r.id)).map((r) => ({ id: r.id, name: r.title || r.id })).sort(byName) : []), [plan, analysis]);
  // A searchable field, best for thousands of people; namesakes carry what tells them apart there, so that a
  // confidential PDF does not go out about the wrong one.
  const people = useMemo(() => (plan ? plan.people.filter((p) => !p.archived).sort(byName) : []), [plan]);

  const missing = kind === 'role' && !roleId ? 'Choose the role to report on.' : kind === 'person' && !personId ? 'Choose the person to report on.' : null;
  const choice: ReportChoice | null = missing ? null : { report: kind, ...(kind === 'role' ? { roleId, ...(includeAudit ? { includeAudit } : {}) } : {}), ...(kind === 'person' ? { personId } : {}) };
  const generate = (c: ReportChoice) => exportReportPdf(c, paper);
  useReportShortcut(choice, generate);

  if (!plan) return null;
  const choosePaper = (next: Paper) => {
    setPaper(next);
    void call('prefs:set', { paper: next }).catch(() => undefined);
  };

  return (
    <section className="reports">
      <header>
        <h1>Reports</h1>
        <p className="muted">Board-ready PDFs of {plan.organization.name}, made on this computer. They contain confidential HR data.</p>
        {/* Spec choice: reports print the plan, never a what-if passed off as it; the scenario prints as its comparison. */}
        {scenario && <p role="note">These reports print the plan, not the scenario “{scenario.name}”. To print the scenario, use <em>Print the comparison (PDF)</em> on the Scenarios screen.</p>}
      </header>
      <form
        className="reports-form card"
        onSubmit={(event) => {
          event.preventDefault();
          if (choice) void generate(choice);
        }}
      >
        <fieldset>
          <legend>Report</legend>
          {KINDS.map(({ kind: k, says }) => (
            <label key={k} className="reports-choice">
              <input type="radio" name="report" value={k} checked={kind === k} onChange={() => setKind(k)} />
              <span>
                <strong>{REPORT_TITLES[k]}</strong>
                <span className="muted">{says}</span>
              </span>
            </label>
          ))}
        </fieldset>
        {kind === 'role' && (
          <div className="reports-field">
            <SelectField label="Role" value={roleId} onChange={setRoleId} options={[{ value: '', label: 'Choose a role…' }, ...roles.map((r) => ({ value: r.id, label: r.name }))]} describedBy={missing ? 'reports-missing' : undefined} />
            <label className="reports-audit">
              <input type="checkbox" checked={includeAudit} onChange={(e) => setIncludeAudit(e.target.checked)} /> Include the role’s audit trail
              (who changed its slate and requirements, when)
            </label>
          </div>
        )}
        {kind === 'person' && (
          <div className="reports-field">
            <PersonPicker label="Person" people={people} value={personId || null} onChange={(id) => setPersonId(id ?? '')} />
          </div>
        )}
        <fieldset className="reports-paper">
          <legend>Paper</legend>
          <label><input type="radio" name="paper" value="a4" checked={paper === 'a4'} onChange={() => choosePaper('a4')} /> A4</label>
          <label><input type="radio" name="paper" value="letter" checked={paper === 'letter'} onChange={() => choosePaper('letter')} /> US Letter</label>
        </fieldset>
        <div className="reports-actions">
          <button type="submit" className="button primary" disabled={!choice || running !== null} aria-describedby="reports-shortcut">
            {running ? 'Generating…' : 'Generate PDF'}
          </button>
          <span id="reports-shortcut" className="muted">or press Ctrl/Cmd+P</span>
        </div>
        {missing && <p id="reports-missing" className="muted">{missing}</p>}
        <div role="status" aria-live="polite" className="reports-status">
          {running && (
            <>
              <progress aria-label="Generating the PDF" />
              <span>Generating the {REPORT_TITLES[running.report].toLowerCase()}…</span>
            </>
          )}
        </div>
        {lastError && !running && (
          <div role="alert" className="reports-error">
            <strong>The PDF could not be made.</strong> {lastError.message}
            {lastError.details.length > 0 && (
              <ul>
                {lastError.details.map((d) => (
                  <li key={d}>{d}</li>
                ))}
              </ul>
            )}
          </div>
        )}
      </form>
    </section>
  );
}
