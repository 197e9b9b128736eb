import type { StateCreator } from 'zustand';
import { SCREENS, type BraidState, type NavigationSlice, type Route, type Screen } from './state';

export { SCREENS, type NavigationSlice, type Route, type Screen } from './state';

/** `#/profile?personId=P1` ⇄ { screen: 'profile', personId: 'P1' }: the address survives a reload. */
export function routeFromHash(hash: string): Route {
  const [path, query = ''] = hash.replace(/^#\/?/, '').split('?');
  const screen = (SCREENS as readonly string[]).includes(path) ? (path as Screen) : 'dashboard';
  const params = new URLSearchParams(query);
  const route: Route = { screen };
  for (const key of ['personId', 'roleId', 'rotationId', 'hostId', 'reviewId'] as const) {
    const value = params.get(key);
    if (value) route[key] = value;
  }
  const more = params.getAll('withRotationId').filter(Boolean);
  if (more.length) route.withRotationIds = more;
  if (params.get('highlight') === 'added') route.highlight = 'added';
  return route;
}

export function hashFromRoute(route: Route): string {
  const params = new URLSearchParams();
  for (const key of ['personId', 'roleId', 'rotationId', 'hostId', 'reviewId'] as const) {
    const value = route[key];
    if (value) params.set(key, value);
  }
  for (const id of route.withRotationIds ?? []) params.append('withRotationId', id);
  if (route.highlight) params.set('highlight', route.highlight);
  const query = params.toString();
  return `#/${route.screen}${query ? `?${query}` : ''}`;
}

export const createNavigationSlice: StateCreator<BraidState, [], [], NavigationSlice> = (set) => ({
  route: typeof window === 'undefined' ? { screen: 'dashboard' } : routeFromHash(window.location.hash),
  navigate(route) {
    set({ route });
    if (typeof window !== 'undefined') {
      const hash = hashFromRoute(route);
      if (window.location.hash !== hash) window.history.pushState(null, '', hash);
    }
  },
});
