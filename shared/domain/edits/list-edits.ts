import { EditError } from '../model/edit-error';

export { EditError };

export function indexOrThrow<T>(list: readonly T[], match: (item: T) => boolean, what: string): number {
  const index = list.findIndex(match);
  if (index < 0) throw new EditError(`${what} is not in the plan (it may have been removed).`);
  return index;
}

/** Returns a copy of `list` with the item at `index` replaced. */
export function replaceAt<T>(list: readonly T[], index: number, item: T): T[] {
  const copy = list.slice();
  copy[index] = item;
  return copy;
}

/** Replaces the item with the same id, or appends it. */
export function upsertById<T extends { id: string }>(list: readonly T[], item: T): T[] {
  const index = list.findIndex((existing) => existing.id === item.id);
  return index < 0 ? [...list, item] : replaceAt(list, index, item);
}

/**
 * A copy of the item with an optional flag (archived, retired) set or cleared. The plan format
 * writes such a flag only while it is on, so clearing it removes the key rather than writing false.
 */
export function withFlag<K extends string, T extends { [key in K]?: boolean }>(item: T, key: K, on: boolean): T {
  const copy: { [key in K]?: boolean } = { ...item };
  if (on) copy[key] = true;
  else delete copy[key];
  return copy as T;
}
