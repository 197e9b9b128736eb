import { useCallback, useDeferredValue, useEffect, useState } from 'react';
import { rolesNeedingAction } from '../../../shared/domain/analysis';
import type { PlanAnalysis } from '../../../shared/domain/analysis/types';
import type { Plan, Role } from '../../../shared/domain/plan/schema';
import { useBraid } from '../../store';
import { analysisOf } from '../../store/analysis';
import { NineBoxGrid } from './NineBoxGrid';
import { PipelineSummary } from './PipelineSummary';
import { RoleBoard } from './RoleBoard';
import { RoleDialog } from './RoleDialog';
import { useReportShortcut } from '../reports';
import { OrgChartView } from '../orgchart';
import './succession.css';

type Tab = 'slates' | 'nine-box' | 'orgchart';
const TABS: [Tab, string][] = [
  ['slates', 'Successor slates'],
  ['nine-box', '9-box'],
  ['orgchart', 'Org chart'],
];

export default function SuccessionScreen() {
  const plan = useBraid((s) => s.plan);
  // Slates follow the plan at once; fits, flags and metrics follow from the (deferred) analysis.
  const settled = useDeferredValue(plan);
  if (!plan || !settled) return <p className="muted">Open a plan to see its succession pipeline.</p>;
  return <SuccessionBoard plan={plan} analysed={settled} analysis={analysisOf(settled)} />;
}

function SuccessionBoard({ plan, analysed, analysis }: { plan: Plan; analysed: Plan; analysis: PlanAnalysis }) {
  const route = useBraid((s) => s.route);
  const [tab, setTab] = useState<Tab>('slates');
  const [dialog, setDialog] = useState<{ role: Role | null } | null>(null);
  const [focusRole, setFocusRole] = useState<{ id: string; nonce: number } | null>(null);

  useEffect(() => {
    if (!route.roleId) return;
    setTab('slates');
    setFocusRole({ id: route.roleId, nonce: Date.now() });
  }, [route.roleId]);

  // Ctrl/Cmd+P prints the role opened from a link, else the whole succession plan.
  useReportShortcut(route.roleId ? { report: 'role', roleId: route.roleId } : { report: 'org' });

  const editRole = useCallback((role: Role) => setDialog({ role }), []);
  const needingAction = rolesNeedingAction(analysis).length;

  return (
    <section className="succession" aria-labelledby="succession-title">
      <div className="succession-head">
        <h1 id="succession-title">Succession</h1>
        <PipelineSummary metrics={analysis.metrics} needingAction={needingAction} />
        <span className="spacer" />
        <button type="button" className="button primary" onClick={() => setDialog({ role: null })}>
          Add role
        </button>
      </div>
      <div className="tabs" role="tablist" aria-label="Succession views">
        {TABS.map(([id, label]) => (
          <button
            key={id}
            type="button"
            role="tab"
            id={`tab-${id}`}
            aria-selected={tab === id}
            aria-controls={`panel-${id}`}
            tabIndex={tab === id ? 0 : -1}
            className={tab === id ? 'active' : undefined}
            onClick={() => setTab(id)}
            onKeyDown={(event) => {
              if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
                const at = TABS.findIndex(([t]) => t === tab);
                const next = TABS[(at + (event.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length][0];
                setTab(next);
                document.getElementById(`tab-${next}`)?.focus();
              }
            }}
          >
            {label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} className="tab-panel">
        {tab === 'slates' ? (
          <RoleBoard plan={plan} analysed={analysed} analysis={analysis} focusRole={focusRole} highlighted={route.roleId ?? null} editRole={editRole} />
        ) : tab === 'nine-box' ? (
          <NineBoxGrid plan={plan} analysis={analysis} />
        ) : (
          <OrgChartView />
        )}
      </div>
      {dialog && (
        <RoleDialog
          plan={plan}
          role={dialog.role}
          onClose={() => setDialog(null)}
          onSaved={(role) => {
            setTab('slates');
            setFocusRole({ id: role.id, nonce: Date.now() });
          }}
        />
      )}
    </section>
  );
}
