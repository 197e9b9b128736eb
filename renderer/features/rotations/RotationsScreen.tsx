import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import type { PlanAnalysis } from '../../../shared/domain/analysis/types';
import { resolvePolicy } from '../../../shared/domain/plan/defaults';
import type { Plan, Rotation } from '../../../shared/domain/plan/schema';
import { firstOfMonthOnOrAfter } from '../../../shared/domain/time';
import { useBraid } from '../../store';
import { usePlannerView } from '../../store/planner-view';
import { analysisOf } from '../../store/analysis';
import { plannerFlagsOf, previewPlannerFlags } from '../../../shared/domain/analysis/flags-by-rotation';
import { plannerExtent, plannerLanes } from './planner-lanes';
import { PlannerContext, type Planner, type RotationDraft } from './planner-context';
import { PlannerLegend } from './PlannerLegend';
import { PlannerToolbar, type PlannerSettings } from './PlannerToolbar';
import { RotationDialog, type RotationDialogState } from './RotationDialog';
import { drawnRange, type DateRange } from '../../../shared/domain/time/date-range';
import { Timeline, type TimelineTarget } from './Timeline';
import { dateLabel, timelineScale } from './timeline-scale';
import './rotations.css';
import { SlipsByButton } from '../scenarios';

export default function RotationsScreen() {
  const plan = useBraid((s) => s.plan);
  // The full analysis follows the plan in a deferred render; the first paint after an edit shows
  // the new dates with previewed flags (planner-flags.ts), so a drop never waits for it.
  const settled = useDeferredValue(plan);
  if (!plan || !settled) return <p className="muted">Open a plan to plan rotations.</p>;
  return <RotationPlanner plan={plan} settled={settled} analysis={analysisOf(settled)} />;
}

function RotationPlanner({ plan, settled, analysis }: { plan: Plan; settled: Plan; analysis: PlanAnalysis }) {
  const route = useBraid((s) => s.route);
  const edit = useBraid((s) => s.edit);
  const viewSettings = usePlannerView((s) => s.settings);
  const changeView = usePlannerView((s) => s.change);
  const [query, setQuery] = useState('');
  const settings: PlannerSettings = useMemo(() => ({ ...viewSettings, query }), [viewSettings, query]);
  const [dialog, setDialog] = useState<RotationDialogState | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [target, setTarget] = useState<TimelineTarget | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const nonce = useRef(0);

  const asOf = analysis.asOf;
  const policy = useMemo(() => resolvePolicy(plan.framework), [plan.framework]);
  const extent = useMemo(() => plannerExtent(plan, asOf), [plan, asOf]);
  const scale = useMemo(() => timelineScale(extent.from, extent.to, settings.zoom), [extent.from, extent.to, settings.zoom]);
  const flags = useMemo(() => (plan === settled ? null : previewPlannerFlags(plan, settled, analysis)) ?? plannerFlagsOf(analysis), [plan, settled, analysis]);
  const lanes = useMemo(() => plannerLanes(plan, flags, scale.originIso, settings), [plan, flags, scale.originIso, settings]);
  const names = useMemo(() => ({ people: new Map(plan.people.map((p) => [p.id, p.name])), hosts: new Map(plan.hosts.map((h) => [h.id, h.name])) }), [plan.people, plan.hosts]);

  const change = useCallback(
    ({ query: typed, ...patch }: Partial<PlannerSettings>) => {
      if (typed !== undefined) setQuery(typed);
      changeView(patch);
    },
    [changeView],
  );

  const show = useCallback(
    (rotation: Rotation, view = settings.view, from = rotation.start) => {
      setSelectedId(rotation.id);
      const laneKey = view === 'host' ? `host:${rotation.hostId}` : `person:${rotation.personId}`;
      setTarget({ laneKey, date: from, rotationId: rotation.id, nonce: ++nonce.current });
    },
    [settings.view],
  );

  // Honour the route: a rotation is scrolled to, selected and focused; a host's lane is scrolled to.
  useEffect(() => {
    if (route.rotationId) {
      const rotation = plan.rotations.find((r) => r.id === route.rotationId);
      if (!rotation) return;
      const view = route.personId ? 'person' : 'host';
      const named = plan.rotations.filter((r) => r.id === rotation.id || route.withRotationIds?.includes(r.id));
      change({ view, query: '', ...(named.some((r) => r.status === 'cancelled') ? { showCancelled: true } : {}) });
      show(rotation, view, named.reduce((first, r) => (r.start < first ? r.start : first), rotation.start));
    } else if (route.hostId) {
      change({ view: 'host', query: '' });
      setTarget({ laneKey: `host:${route.hostId}`, date: asOf, nonce: ++nonce.current });
    } else if (route.personId) {
      change({ view: 'person', query: '', everyone: true });
      setTarget({ laneKey: `person:${route.personId}`, date: asOf, nonce: ++nonce.current });
    }
    // The route is read when it changes, not each time the plan does.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [route.rotationId, route.withRotationIds, route.hostId, route.personId]);

  // The rotations a flag names together (an overlap's two) are all highlighted, not only the focused one.
  const highlightedIds = useMemo(
    () => new Set(route.rotationId && route.withRotationIds ? [route.rotationId, ...route.withRotationIds] : []),
    [route.rotationId, route.withRotationIds],
  );

  const planner: Planner = useMemo(
    () => ({
      scale,
      snap: settings.snap,
      view: settings.view,
      policy,
      flags,
      selectedId,
      highlightedIds,
      open(rotationId) {
        setSelectedId(rotationId);
        setDialog({ kind: 'edit', rotationId });
      },
      draft(draft: RotationDraft) {
        setDialog({ kind: 'new', draft });
      },
      move(rotation: Rotation, range: DateRange, how) {
        setSelectedId(rotation.id);
        void edit('rotation:move', { rotationId: rotation.id, start: range.start, end: range.end });
        const who = names.people.get(rotation.personId) ?? rotation.personId;
        const where = names.hosts.get(rotation.hostId) ?? rotation.hostId;
        setAnnouncement(`${how === 'drag' ? 'Moved' : 'Now'}: ${who} at ${where}, ${dateLabel(range.start)} to ${dateLabel(range.end)}.`);
      },
    }),
    [scale, settings.snap, settings.view, policy, flags, selectedId, highlightedIds, edit, names],
  );

  const closeDialog = useCallback(() => setDialog(null), []);
  const newRotation = () => {
    const start = firstOfMonthOnOrAfter(asOf);
    setDialog({ kind: 'new', draft: drawnRange(start, start, 'day', policy.defaultRotationMonths) });
  };
  const highlightedLane = route.hostId && !route.rotationId ? `host:${route.hostId}` : null;

  return (
    <PlannerContext.Provider value={planner}>
      <section className="planner" aria-labelledby="planner-title">
        <div className="planner-head">
          <h1 id="planner-title">Rotations</h1>
          <span className="muted" aria-live="polite">
            {plan.rotations.length.toLocaleString()} rotations · {plan.hosts.length.toLocaleString()} hosts
            {(settings.view === 'person' || settings.query) && ` · ${lanes.length.toLocaleString()} ${settings.view === 'host' ? 'hosts' : lanes.length === 1 ? 'person' : 'people'} shown`}
          </span>
          {highlightedIds.size > 1 && (
            <span className="planner-highlight-note" role="status">
              Highlighted: the {highlightedIds.size} rotations {route.highlight === 'added' ? 'just added to the plan' : 'the flag names'}
            </span>
          )}
          <span className="spacer" />
          {selectedId && <SlipsByButton rotationId={selectedId} className="button" />}
          <button className="button primary" onClick={newRotation}>
            New rotation
          </button>
        </div>
        <PlannerToolbar
          settings={settings}
          change={change}
          onToday={() => setTarget({ laneKey: '', date: asOf, nonce: ++nonce.current })}
        />
        {lanes.length === 0 ? (
          <p className="planner-empty muted">{settings.query ? `Nothing matches “${settings.query}”.` : settings.view === 'host' ? 'No hosts yet: add hosts under Framework & data.' : 'Nobody has a rotation yet. Tick “Everyone” to plan one.'}</p>
        ) : (
          <Timeline lanes={lanes} asOf={asOf} target={target} highlightedLane={highlightedLane} asOfLabel={plan.organization.asOf ? `As of ${dateLabel(asOf)}` : 'Today'} />
        )}
        <footer className="planner-foot">
          <PlannerLegend />
          <p className="planner-hint muted">
            Drag a bar to move it, its edges to resize it; drag across an empty part of a lane to plan a rotation. On a focused bar: ←/→ move by one {settings.snap}, Shift+←/→ change the end, Enter opens the details.
          </p>
        </footer>
        <div className="visually-hidden" aria-live="polite">
          {announcement}
        </div>
        {dialog && (
          <RotationDialog
            key={dialog.kind === 'edit' ? dialog.rotationId : 'new'}
            state={dialog}
            plan={plan}
            flags={flags}
            settled={settled}
            analysis={analysis}
            asOf={asOf}
            onClose={closeDialog}
            onCreated={(rotation) => show(rotation)}
          />
        )}
      </section>
    </PlannerContext.Provider>
  );
}
