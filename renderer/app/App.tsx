import { useEffect } from 'react';
import { useBraid } from '../store';
import { routeFromHash } from '../store/navigation-slice';
import { AppShell } from './AppShell';
import { ProtectionGate } from '../features/protection';
import { useKeyboardShortcuts } from './keyboard-shortcuts';
import { useTheme } from './theme';

export function App() {
  const loadPlan = useBraid((s) => s.loadPlan);
  const loaded = useBraid((s) => s.loaded);

  useEffect(() => {
    void loadPlan();
    const onPop = () => useBraid.setState({ route: routeFromHash(window.location.hash) });
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [loadPlan]);

  useKeyboardShortcuts();
  useTheme();

  if (!loaded) return <p className="muted" style={{ padding: 24 }}>Opening your plan…</p>;
  // First-run encryption choice, or the unlock screen, before anything of the plan shows.
  return (
    <ProtectionGate>
      <AppShell />
    </ProtectionGate>
  );
}
