import type { Exposure, ThreadLevel } from '../model/types';

export interface BraidIndex {
  /** 0–100 */
  braidIndex: number;
  /** 0..1: time on both sides, each capped at the braid target. */
  exposureScore: number;
  /** 0..1: mean thread level over the framework threads, unassessed counting 0. */
  threadScore: number;
}

/**
 * DOMAIN §5: round(100 × (exposureScore + threadScore) / 2).
 * Spec choice: a framework with no threads has a threadScore of 0 rather than no score.
 */
export function braidIndexOf(current: Pick<Exposure, 'front' | 'back'>, levels: readonly ThreadLevel[], braidTargetMonths: number): BraidIndex {
  const target = braidTargetMonths;
  const front = Math.min(Math.max(current.front, 0), target);
  const back = Math.min(Math.max(current.back, 0), target);
  const exposureScore = (front + back) / (2 * target);
  let sum = 0;
  for (let i = 0; i < levels.length; i++) if (levels[i].level > 0) sum += (Math.min(levels[i].level, 5) - 1) / 4;
  const threadScore = levels.length > 0 ? sum / levels.length : 0;
  return { braidIndex: Math.round((100 * (exposureScore + threadScore)) / 2), exposureScore, threadScore };
}
