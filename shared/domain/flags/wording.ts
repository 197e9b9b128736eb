import type { FitItem } from '../model/types';
import type { Host, Person, Role, Rotation } from '../plan/schema';

/** People, roles and hosts are named by name in every sentence; the id only stands in for a blank name. */
export const personName = (person: Pick<Person, 'id' | 'name'>): string => person.name.trim() || person.id;
export const roleName = (role: Pick<Role, 'id' | 'title'>): string => role.title.trim() || role.id;
export const hostName = (host: Pick<Host, 'id' | 'name'> | undefined, hostId: string): string =>
  host ? host.name.trim() || host.id : `an unknown host (${hostId})`;

/** "6 months", "1 month", "4.5 months" — one decimal at most. */
export function monthsText(months: number): string {
  const rounded = Math.round(months * 10) / 10;
  return `${rounded} ${rounded === 1 ? 'month' : 'months'}`;
}

/**
 * A whole amount with its thousands grouped, "1,234,567": what toLocaleString('en-GB') writes,
 * without it — the first toLocaleString of a process loads the ICU locale data, which cost
 * `braid check` 16 ms for the one flag that shows money. Anything but a safe whole number ≥ 0
 * is left to toLocaleString.
 */
export function groupedWhole(amount: number): string {
  if (!Number.isSafeInteger(amount) || amount < 0 || Object.is(amount, -0)) return amount.toLocaleString('en-GB');
  const digits = String(amount);
  let text = digits.slice(0, digits.length % 3 || 3);
  for (let i = text.length; i < digits.length; i += 3) text += `,${digits.slice(i, i + 3)}`;
  return text;
}

/** "0.67" → "67%" */
export const percentText = (share: number): string => `${Math.round(share * 100)}%`;

/** "A", "A and B", "A, B and C" */
export function listText(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export const plural = (count: number, one: string, many = `${one}s`): string => `${count} ${count === 1 ? one : many}`;

export const sideText = (side: 'front' | 'back'): string => (side === 'front' ? 'front-side' : 'back-side');

export const rangeText = (rotation: Pick<Rotation, 'start' | 'end'>): string => `${rotation.start} to ${rotation.end}`;

/** A gap in words: "Financial Acumen: level 2 of 4", "Back-side exposure: 3 of 12 months". */
export function gapText(item: FitItem, threadNames: Map<string, string>): string {
  if (item.kind === 'thread') {
    const name = threadNames.get(item.threadId ?? '') ?? item.threadId ?? 'a thread';
    return item.actual === 0 ? `${name}: unassessed, level ${item.required} required` : `${name}: level ${item.actual} of ${item.required}`;
  }
  const side = item.kind === 'frontMonths' ? 'Front' : 'Back';
  return `${side}-side exposure: ${Math.round(item.actual * 10) / 10} of ${monthsText(item.required)}`;
}
