import { z } from 'zod';
import { EDIT_NAMES } from '../domain/edits';
import { Plan } from '../domain/plan/schema';
import { WHAT_IF_NAMES } from '../domain/scenarios/what-ifs';
import type { ScenarioComparison } from '../domain/scenarios/compare';

/** The contract's shapes for what-if scenarios (DOMAIN §8.5); the operations are in contract.ts. */

export const ScenarioId = z.string().regex(/^sc-[a-z0-9]{4,40}$/, { message: 'is not a scenario id' });

export const ScenarioInfo = z.object({
  id: ScenarioId,
  name: z.string(),
  note: z.string(),
  /** When it was made (ISO timestamp). */
  createdAt: z.string(),
  /** The plan revision it was copied from. */
  baseRevision: z.number(),
  /** When its changes were last promoted into the plan, if ever. */
  promotedAt: z.string().nullable(),
});
export type ScenarioInfo = z.infer<typeof ScenarioInfo>;

const ScenarioHistory = z.object({
  canUndo: z.boolean(),
  canRedo: z.boolean(),
  undoLabel: z.string().nullable(),
  redoLabel: z.string().nullable(),
});

export const ScenarioSnapshot = z.object({
  scenario: ScenarioInfo,
  plan: Plan,
  revision: z.number(),
  history: ScenarioHistory,
});
export type ScenarioSnapshot = z.infer<typeof ScenarioSnapshot>;

export const ScenarioCreate = z.object({
  name: z.string().trim().min(1, { message: 'A scenario needs a name.' }).max(200),
  note: z.string().max(10_000).default(''),
});

/** Any plan edit, or a what-if; the input is parsed by that edit's own schema in the service. */
export const ScenarioEditName = z.enum([...EDIT_NAMES, ...WHAT_IF_NAMES] as [string, ...string[]]);
export const ScenarioEdit = z.object({ id: ScenarioId, edit: ScenarioEditName, input: z.unknown() });

export const ScenarioRef = z.object({ id: ScenarioId });

export const ScenarioComparisonOut = z.custom<ScenarioComparison>();

export const PromoteOutcome = z.object({ changedItems: z.number() });
