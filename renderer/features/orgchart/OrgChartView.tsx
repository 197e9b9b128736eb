import { useEffect, useMemo, useRef, useState } from 'react';
import type { PlanAnalysis } from '../../../shared/domain/analysis/types';
import { boxFactsOf, chartRows, chartTops, expandedToReach, initiallyExpanded, reportingTree, type BoxFacts, type ColourBy, type ReportingTree } from '../../../shared/domain/orgchart';
import type { Plan } from '../../../shared/domain/plan/schema';
import { personLabelText } from '../../../shared/domain/people';
import { useBraid } from '../../store';
import { usePlanAnalysis } from '../../store/analysis';
import { usePersonDistinguisher } from '../../components/PersonLabel';
import { ColourLegend } from './ColourLegend';
import { FindPerson } from './FindPerson';
import { OrgChartTree, ZOOMS } from './OrgChartTree';
import './orgchart.css';

const NOBODY: ReadonlySet<string> = new Set();

// Kept between visits to the screen, as the analysis is: a plan not changed meanwhile opens at once.
let cachedTree: { people: Plan['people']; tree: ReportingTree } | null = null;
let cachedFacts: { analysis: PlanAnalysis; facts: Map<string, BoxFacts> } | null = null;
function treeOf(people: Plan['people']): ReportingTree {
  if (cachedTree?.people !== people) cachedTree = { people, tree: reportingTree(people) };
  return cachedTree.tree;
}
function factsOf(plan: Plan, analysis: PlanAnalysis): Map<string, BoxFacts> {
  if (cachedFacts?.analysis !== analysis) cachedFacts = { analysis, facts: boxFactsOf(plan, analysis) };
  return cachedFacts.facts;
}

/**
 * The succession org chart: the reporting line from the top, or from the person the route names
 * ("show from here"), coloured by what the legend says.
 */
export function OrgChartView() {
  const { plan, analysis } = usePlanAnalysis();
  const route = useBraid((s) => s.route);
  const navigate = useBraid((s) => s.navigate);
  const distinguish = usePersonDistinguisher();
  const fromId = route.screen === 'orgchart' ? (route.personId ?? null) : null;

  const tree = useMemo(() => treeOf(plan?.people ?? []), [plan?.people]);
  const facts = useMemo(() => (plan && analysis ? factsOf(plan, analysis) : new Map<string, BoxFacts>()), [plan, analysis]);
  const tops = useMemo(() => chartTops(tree, fromId), [tree, fromId]);
  const [expanded, setExpanded] = useState(() => initiallyExpanded(tree, tops));
  const [activeId, setActiveId] = useState<string | null>(null);
  const [colourBy, setColourBy] = useState<ColourBy>('cover');
  const [zoomIndex, setZoomIndex] = useState(ZOOMS.indexOf(1));
  // A search hit outside the chart shown from someone: the whole organisation opens with the way to them.
  const pending = useRef<string | null>(null);
  // A new plan or a new top starts again from two levels.
  const shownFor = useRef({ tree, tops });
  useEffect(() => {
    // Not on the first render: the state above already starts there (a second render would cost a 10 000-person chart's open).
    if (shownFor.current.tree === tree && shownFor.current.tops === tops) return;
    shownFor.current = { tree, tops };
    const base = initiallyExpanded(tree, tops);
    const target = pending.current;
    pending.current = null;
    setExpanded((target && expandedToReach(tree, tops, base, target)) || base);
    setActiveId(target ?? tops[0] ?? null);
  }, [tree, tops]);

  const rows = useMemo(() => chartRows(tree, tops, expanded), [tree, tops, expanded]);
  if (!plan) return null;

  const nameOf = (id: string) => {
    const person = facts.get(id);
    return person ? personLabelText(person.name || id, distinguish(id)) : id;
  };
  const active = activeId && tree.has(activeId) ? activeId : (tops[0] ?? null);
  const reach = (personId: string) => {
    const next = expandedToReach(tree, tops, expanded, personId);
    if (next) setExpanded(next);
    else {
      pending.current = personId;
      navigate({ screen: 'orgchart' });
    }
    setActiveId(personId);
  };
  const zoomBy = (step: 1 | -1 | 0) => setZoomIndex((i) => (step === 0 ? ZOOMS.indexOf(1) : Math.max(0, Math.min(ZOOMS.length - 1, i + step))));

  return (
    <div className="orgchart">
      <div className="orgchart-toolbar">
        <FindPerson people={plan.people} tree={tree} nameOf={nameOf} onFound={reach} />
        <div className="orgchart-from" role="group" aria-label="Where the chart starts">
          <button
            type="button"
            className="button small"
            disabled={!active || (tops.length === 1 && tops[0] === active)}
            onClick={() => active && navigate({ screen: 'orgchart', personId: active })}
          >
            Show from {active ? nameOf(active) : 'here'}
          </button>
          {fromId && (
            <button type="button" className="button small" onClick={() => navigate({ screen: 'orgchart' })}>
              Show the whole organisation
            </button>
          )}
        </div>
        <div className="orgchart-zoom" role="group" aria-label="Zoom">
          <button type="button" className="button small" aria-label="Zoom out" onClick={() => zoomBy(-1)} disabled={zoomIndex === 0}>
            −
          </button>
          <span aria-live="polite">{Math.round(ZOOMS[zoomIndex] * 100)} %</span>
          <button type="button" className="button small" aria-label="Zoom in" onClick={() => zoomBy(1)} disabled={zoomIndex === ZOOMS.length - 1}>
            +
          </button>
        </div>
      </div>
      <ColourLegend value={colourBy} onChange={setColourBy} />
      <p className="muted orgchart-keys">
        ↑ ↓ move · → opens a box's reports, ← closes them or goes to the manager · Home/End · Enter opens the braid profile · Shift+arrows pan · + − 0 zoom (Ctrl+wheel with the mouse; drag the background to pan)
      </p>
      {rows.length === 0 ? (
        <p className="card">Nobody is on the roster yet.</p>
      ) : (
        <OrgChartTree
          rows={rows}
          facts={facts}
          nameDetail={distinguish}
          nameOf={nameOf}
          colourBy={colourBy}
          activeId={active}
          zoom={ZOOMS[zoomIndex]}
          leavers={NOBODY}
          standIns={NOBODY}
          label={fromId ? `Organisation chart from ${nameOf(fromId)}` : 'Organisation chart'}
          onActive={setActiveId}
          onToggle={(personId, open) =>
            setExpanded((was) => {
              const next = new Set(was);
              if (open) next.add(personId);
              else next.delete(personId);
              return next;
            })
          }
          onOpen={(personId) => navigate({ screen: 'profile', personId })}
          onZoom={zoomBy}
        />
      )}
    </div>
  );
}
