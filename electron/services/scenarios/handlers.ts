import type { Handlers } from '../../../shared/api/contract';
import type { PlanStore } from '../plan-store';
import type { ScenarioStore } from './scenario-store';

type ScenarioOps = Extract<keyof Handlers, `scenario:${string}`>;

export function scenarioHandlers(scenarios: ScenarioStore, store: PlanStore): Pick<Handlers, ScenarioOps> {
  return {
    'scenario:list': async () => scenarios.list(),
    'scenario:create': async ({ name, note }) => scenarios.create(name, note),
    'scenario:get': async ({ id }) => scenarios.get(id),
    'scenario:edit': async ({ id, edit, input }) => scenarios.edit(id, edit, input),
    'scenario:undo': async ({ id }) => scenarios.undo(id),
    'scenario:redo': async ({ id }) => scenarios.redo(id),
    'scenario:compare': async ({ id }) => scenarios.compare(id),
    'scenario:promote': async ({ id }) => ({ ...(await scenarios.promote(id)), snapshot: store.snapshot() }),
    'scenario:discard': async ({ id }) => scenarios.discard(id),
    'scenario:restore': async ({ id }) => scenarios.restore(id),
  };
}
