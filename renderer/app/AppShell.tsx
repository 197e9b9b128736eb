import { useBraid, type Screen } from '../store';
import { hashFromRoute } from '../store/navigation-slice';
import { EmptyState } from './EmptyState';
import { Notices } from './Notices';
import { ProblemBanner } from './ProblemBanner';
import { ScreenRouter } from './ScreenRouter';
import { SaveState } from './SaveState';
import { PlanName } from './PlanName';
import { ThemeSwitch } from './ThemeSwitch';
import { GlobalSearch } from './GlobalSearch';
import { ScenarioBanner } from '../features/scenarios';
import { Hint } from '../components/Hint';

/**
 * `short` is what a narrow window (or 200 % zoom) shows so that the links fit one row without
 * scrolling sideways; the link keeps its full name for screen readers and voice control, and the short
 * form is a word of it (WCAG 2.5.3, label in name).
 */
const NAV: { screen: Screen; label: string; short?: string }[] = [
  { screen: 'dashboard', label: 'Pipeline' },
  { screen: 'people', label: 'People' },
  { screen: 'rotations', label: 'Rotations' },
  { screen: 'succession', label: 'Succession' },
  { screen: 'orgchart', label: 'Org chart', short: 'Chart' },
  { screen: 'scenarios', label: 'Scenarios' },
  { screen: 'cost', label: 'Programme cost', short: 'Cost' },
  { screen: 'review', label: 'Talent review', short: 'Review' },
  { screen: 'reports', label: 'Reports' },
  { screen: 'framework', label: 'Framework & data', short: 'Framework' },
];

export function AppShell() {
  const plan = useBraid((s) => s.plan);
  const route = useBraid((s) => s.route);
  const navigate = useBraid((s) => s.navigate);
  const history = useBraid((s) => s.history);
  const undo = useBraid((s) => s.undo);
  const redo = useBraid((s) => s.redo);
  const inScenario = useBraid((s) => s.scenario !== null);

  return (
    <div className={inScenario ? 'shell in-scenario' : 'shell'} data-scenario={inScenario ? 'open' : undefined}>
      <header className="shell-header">
        <div className="brand" aria-label="Braid">
          <BraidMark /> <span className="brand-name">Braid</span>
        </div>
        {plan && <PlanName />}
        {inScenario && <span className="scenario-chip">Scenario</span>}
        {plan && <SaveState />}
        <span className="spacer" />
        <GlobalSearch />
        <ThemeSwitch />
        {plan && (
          <>
            <Hint text={history.undoLabel ? `Undo ${history.undoLabel} (Ctrl+Z)` : 'Nothing to undo'}>
              <button className="button small" onClick={() => void undo()} disabled={!history.canUndo}>
                Undo
              </button>
            </Hint>
            <Hint text={history.redoLabel ? `Redo ${history.redoLabel} (Ctrl+Shift+Z)` : 'Nothing to redo'}>
              <button className="button small" onClick={() => void redo()} disabled={!history.canRedo}>
                Redo
              </button>
            </Hint>
          </>
        )}
      </header>
      <ScenarioBanner />
      <nav className="shell-nav" aria-label="Screens">
        {NAV.map((item) => (
          <a
            key={item.screen}
            href={hashFromRoute({ screen: item.screen })}
            aria-label={item.short ? item.label : undefined}
            aria-current={route.screen === item.screen || (item.screen === 'people' && route.screen === 'profile') ? 'page' : undefined}
            onClick={(event) => {
              event.preventDefault();
              navigate({ screen: item.screen });
            }}
          >
            {item.short ? (
              <>
                <span className="nav-label-full">{item.label}</span>
                <span className="nav-label-short">{item.short}</span>
              </>
            ) : (
              item.label
            )}
          </a>
        ))}
      </nav>
      <main className="shell-main" id="main">
        <ProblemBanner />
        {plan ? <ScreenRouter /> : route.screen === 'framework' ? <ScreenRouter /> : <EmptyState />}
      </main>
      <Notices />
    </div>
  );
}

function BraidMark() {
  return (
    <svg width="22" height="22" viewBox="0 0 22 22" aria-hidden="true">
      <path d="M2 6 C 7 6, 8 16, 11 16 S 15 6, 20 6" fill="none" stroke="var(--front)" strokeWidth="2.5" strokeLinecap="round" />
      <path d="M2 16 C 7 16, 8 6, 11 6 S 15 16, 20 16" fill="none" stroke="var(--back)" strokeWidth="2.5" strokeLinecap="round" />
    </svg>
  );
}
