import { lazy, Suspense } from 'react';
import { useBraid, type Screen } from '../store';
import { useScreenArrival } from './screen-arrival';

// Each feature is its own chunk: the shell paints before the heavier screens load.
const screens: Record<Screen, React.LazyExoticComponent<() => React.JSX.Element | null>> = {
  dashboard: lazy(() => import('../features/dashboard/DashboardScreen')),
  people: lazy(() => import('../features/people/PeopleScreen')),
  profile: lazy(() => import('../features/profile/ProfileScreen')),
  rotations: lazy(() => import('../features/rotations/RotationsScreen')),
  succession: lazy(() => import('../features/succession/SuccessionScreen')),
  scenarios: lazy(() => import('../features/scenarios/ScenariosScreen')),
  cost: lazy(() => import('../features/cost/CostScreen')),
  framework: lazy(() => import('../features/framework/FrameworkScreen')),
  reports: lazy(() => import('../features/reports/ReportsScreen')),
  review: lazy(() => import('../features/review/ReviewScreen')),
  orgchart: lazy(() => import('../features/orgchart/OrgChartScreen')),
};

export function ScreenRouter() {
  const screen = useBraid((s) => s.route.screen);
  const Current = screens[screen];
  useScreenArrival();
  return (
    <Suspense fallback={<p className="muted">Loading…</p>}>
      <Current />
    </Suspense>
  );
}
