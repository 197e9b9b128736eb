import { describe, expect, it } from 'vitest';
import { hashFromRoute, routeFromHash } from './navigation-slice';

describe('routes in the address', () => {
  it('round-trip a screen and its subject', () => {
    const route = { screen: 'profile' as const, personId: 'P 12/é' };
    expect(routeFromHash(hashFromRoute(route))).toEqual(route);
  });
  it('round-trip the rotations an overlap flag names together', () => {
    const route = { screen: 'rotations' as const, personId: 'ana', rotationId: 'rot-1', withRotationIds: ['rot-4'] };
    expect(routeFromHash(hashFromRoute(route))).toEqual(route);
  });
  it('fall back to the dashboard for anything unknown', () => {
    expect(routeFromHash('#/nowhere?personId=x')).toEqual({ screen: 'dashboard', personId: 'x' });
    expect(routeFromHash('')).toEqual({ screen: 'dashboard' });
  });
});
