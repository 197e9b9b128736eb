import type { NineBoxBand } from '../model/types';
import { READINESS_LABELS } from '../plan/defaults';
import type { Plan, Readiness } from '../plan/schema';
import type { ReviewMove } from './types';

/** A 9-box band as the grids, the moves and the reports name it. */
export const BAND_LABELS: Record<NineBoxBand, string> = { low: 'Low', medium: 'Medium', high: 'High' };

/** "Performance 4", "High potential", "Ready now"; null reads as "not rated". */
export function moveValueText(field: ReviewMove['field'], value: ReviewMove['from'] | undefined): string {
  if (value === null || value === undefined) return 'not rated';
  if (field === 'performance') return `Performance ${value}`;
  if (field === 'potential') return `${BAND_LABELS[value as NineBoxBand]} potential`;
  return READINESS_LABELS[value as Readiness];
}

/** What a move is about: "Ana Silva" or "Ana Silva for Chief Service Officer". */
export function moveSubject(plan: Plan, move: ReviewMove): string {
  const name = plan.people.find((p) => p.id === move.personId)?.name ?? move.personId;
  if (move.field !== 'readiness') return name;
  return `${name} for ${plan.roles.find((r) => r.id === move.roleId)?.title ?? move.roleId}`;
}

/** "Performance 3 → Performance 5" */
export const moveChangeText = (move: Pick<ReviewMove, 'field' | 'from' | 'to'>): string => `${moveValueText(move.field, move.from)} → ${moveValueText(move.field, move.to)}`;
