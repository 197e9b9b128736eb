import type { AuditChange } from './types';

/** Adds one audit entry; the differ fills in the action. */
export type Add = (change: Omit<AuditChange, 'action'>) => void;

export function pairsById<T extends { id: string }>(before: readonly T[], after: readonly T[]): [T | undefined, T | undefined][] {
  const old = new Map(before.map((item) => [item.id, item]));
  const pairs: [T | undefined, T | undefined][] = [];
  for (const item of after) {
    const previous = old.get(item.id);
    old.delete(item.id);
    if (previous !== item) pairs.push([previous, item]);
  }
  for (const gone of old.values()) pairs.push([gone, undefined]);
  return pairs;
}
