import { useEffect, useState } from 'react';
import { ConfirmDialog } from '../../components/ModalDialog';
import { useBraid } from '../../store';
import { ScenarioCompare } from './ScenarioCompare';
import { exportReportPdf, useReportJob } from '../reports/report-job';
import './scenarios.css';

const madeAt = (iso: string): string => new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));

/** Scenarios (DOMAIN §8.5): make one from the plan, open it, compare, promote or discard. */
export default function ScenariosScreen() {
  const scenarios = useBraid((s) => s.scenarios);
  const open = useBraid((s) => s.scenario);
  const list = useBraid((s) => s.listScenarios);
  // Undoing or redoing a promotion changes the plan's revision and what the list says.
  const revision = useBraid((s) => s.revision);
  const create = useBraid((s) => s.createScenario);
  const enter = useBraid((s) => s.enterScenario);
  const leave = useBraid((s) => s.leaveScenario);
  const promote = useBraid((s) => s.promoteScenario);
  const discard = useBraid((s) => s.discardScenario);
  const [name, setName] = useState('');
  const [note, setNote] = useState('');
  const printing = useReportJob((s) => s.running !== null);
  const [confirm, setConfirm] = useState<{ kind: 'promote' | 'discard'; id: string; name: string } | null>(null);

  useEffect(() => {
    void list();
  }, [list, open?.id, revision]);

  return (
    <div className="scenarios-screen">
      <h1>Scenarios</h1>
      <p className="muted">
        A scenario is a copy of the plan where you try what-ifs — a leader leaves, a rotation slips, a role falls vacant, a host’s capacity changes — and any
        other change, without touching the plan. Compare it with the plan, then promote its changes into the plan or discard it.
      </p>

      {open ? (
        <>
          <div className="compare-actions">
            <button type="button" className="button primary" onClick={() => setConfirm({ kind: 'promote', id: open.id, name: open.name })}>
              Promote to plan
            </button>
            <button type="button" className="button" disabled={printing} aria-busy={printing} onClick={() => void exportReportPdf({ report: 'scenario', scenarioId: open.id })}>
              {printing ? 'Making PDF…' : 'Print the comparison (PDF)'}
            </button>
            <button type="button" className="button" onClick={() => void leave()}>
              Back to the plan
            </button>
            <button type="button" className="button danger" onClick={() => setConfirm({ kind: 'discard', id: open.id, name: open.name })}>
              Discard scenario
            </button>
          </div>
          <ScenarioCompare scenarioId={open.id} />
        </>
      ) : (
        <form
          className="scenario-new"
          onSubmit={(event) => {
            event.preventDefault();
            if (!name.trim()) return;
            void create(name.trim(), note).then((made) => made && (setName(''), setNote('')));
          }}
        >
          <label>
            Name
            <input value={name} onChange={(e) => setName(e.target.value)} placeholder="If our CTO leaves in March" maxLength={200} required />
          </label>
          <label>
            Note
            <input value={note} onChange={(e) => setNote(e.target.value)} placeholder="Why, for whom" maxLength={10000} />
          </label>
          <button type="submit" className="button primary" disabled={!name.trim()}>
            New scenario from the plan
          </button>
        </form>
      )}

      <h2>In the data folder</h2>
      {scenarios.length === 0 ? (
        <p className="muted">No scenario yet.</p>
      ) : (
        <table className="scenario-table">
          <thead>
            <tr>
              <th>Scenario</th>
              <th>Made</th>
              <th>From plan revision</th>
              <th>Promoted</th>
              <th>
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {scenarios.map((s) => (
              <tr key={s.id} aria-current={open?.id === s.id ? 'true' : undefined}>
                <td>
                  <strong>{s.name}</strong>
                  {s.note && <div className="muted">{s.note}</div>}
                </td>
                <td>{madeAt(s.createdAt)}</td>
                <td>{s.baseRevision}</td>
                <td>{s.promotedAt ? madeAt(s.promotedAt) : '—'}</td>
                <td className="actions">
                  {open?.id === s.id ? (
                    <span className="muted">Open now</span>
                  ) : (
                    <button type="button" className="button small" onClick={() => void enter(s.id)}>
                      Open and compare
                    </button>
                  )}
                  <button type="button" className="button small danger" onClick={() => setConfirm({ kind: 'discard', id: s.id, name: s.name })}>
                    Discard
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      {confirm && (
        <ConfirmDialog
          title={confirm.kind === 'promote' ? `Promote “${confirm.name}” to the plan?` : `Discard “${confirm.name}”?`}
          confirmLabel={confirm.kind === 'promote' ? 'Promote to plan' : 'Discard'}
          danger={confirm.kind === 'discard'}
          onCancel={() => setConfirm(null)}
          onConfirm={() => {
            const { kind, id } = confirm;
            setConfirm(null);
            void (kind === 'promote' ? promote(id) : discard(id));
          }}
        >
          {confirm.kind === 'promote' ? (
            <p>Its changes go into the plan as one step, which you can undo. If the plan has changed the same items in another way since the scenario was made, nothing is changed and Braid names them.</p>
          ) : (
            <p>Its file is removed from the data folder. You can undo this until you close Braid.</p>
          )}
        </ConfirmDialog>
      )}
    </div>
  );
}
