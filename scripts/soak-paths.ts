/**
 * The kinds of change the soak kills Braid during, each as a saver loop (what it does, and
 * the "ack N" it prints once the services acknowledged change N) and a check of the folder
 * reopened after the kill (the highest N it finds done, and anything that breaks a promise).
 */
import type { Services } from '../electron/services/handlers';
import type { Plan } from '../shared/domain/plan/schema';

export const PATHS = ['plan', 'scenario', 'promote', 'sign-off', 'erasure'] as const;
export type SoakPath = (typeof PATHS)[number];

const SCENARIO_NAME = 'Soak scenario';
const counterOf = (text: string | undefined, pattern: RegExp) => Number(pattern.exec(text ?? '')?.[1] ?? 0);
const highest = (values: number[]) => values.reduce((max, n) => Math.max(max, n), 0);

async function soakScenarioId({ handlers }: Services): Promise<string> {
  const found = (await handlers['scenario:list']({})).find((s) => s.name === SCENARIO_NAME);
  return found?.id ?? (await handlers['scenario:create']({ name: SCENARIO_NAME, note: '' })).scenario.id;
}

const hostsDone = (plan: Plan | null, prefix: string) => highest((plan?.hosts ?? []).map((h) => counterOf(h.id, new RegExp(`^${prefix}(\\d+)$`))));
const signedOff = (plan: Plan | null) => highest((plan?.reviews ?? []).filter((r) => r.status === 'signed-off').map((r) => counterOf(r.id, /^rv(\d+)$/)));

/** One change of the path, numbered `n`; resolves once it is acknowledged. */
export async function changeOnce(path: SoakPath, services: Services, n: number, scenarioId: () => Promise<string>): Promise<void> {
  const { handlers, store } = services;
  if (path === 'plan') await handlers['organization:update']({ name: `Soak ${n}` });
  if (path === 'scenario') {
    await handlers['scenario:edit']({ id: await scenarioId(), edit: 'host:save', input: { host: { id: 'soak-host', name: `Host ${n}`, domain: 'data', capacity: 1 } } });
  }
  if (path === 'promote') {
    const made = await handlers['scenario:create']({ name: `Promote ${n}`, note: '' });
    await handlers['scenario:edit']({ id: made.scenario.id, edit: 'host:save', input: { host: { id: `ph${n}`, name: `Promoted ${n}`, domain: 'data', capacity: 1 } } });
    await handlers['scenario:promote']({ id: made.scenario.id });
    // Discarded so that the folder does not fill with promoted scenarios (each erasure rewrites them all).
    await handlers['scenario:discard']({ id: made.scenario.id });
  }
  if (path === 'sign-off') {
    await handlers['review:start']({ id: `rv${n}`, date: '2027-02-01', title: `Calibration ${n}`, scope: { kind: 'all' }, participants: ['Soak'] });
    await handlers['review:signOff']({ reviewId: `rv${n}`, signedOffOn: '2027-02-02' });
  }
  if (path === 'erasure') {
    const template = store.current()!.people[0];
    await handlers['person:save']({ person: { ...template, id: `erasable-${n}`, name: `Erasable Soakperson ${n}` } });
    await handlers['person:erase']({ personId: `erasable-${n}`, deleteUnreadable: [] });
  }
}

export function scenarioIdOnce(services: Services): () => Promise<string> {
  let id: Promise<string> | null = null;
  return () => (id ??= soakScenarioId(services));
}

/** The highest change of the path the reopened folder has done (the counter the saver continues from). */
export async function doneOnDisk(path: SoakPath, services: Services): Promise<number> {
  const plan = services.store.current();
  if (path === 'plan') return counterOf(plan?.organization.name, /^Soak (\d+)$/);
  if (path === 'scenario') {
    const snapshot = await services.handlers['scenario:get']({ id: await soakScenarioId(services) });
    return counterOf(snapshot.plan.hosts.find((h) => h.id === 'soak-host')?.name, /^Host (\d+)$/);
  }
  if (path === 'promote') return hostsDone(plan, 'ph');
  if (path === 'sign-off') return signedOff(plan);
  return highest((plan?.people ?? []).map((p) => counterOf(p.id, /^erasable-(\d+)$/)));
}

/** Audit entries for a sign-off the plan does not have: the audit trail must never claim a change that did not happen. */
export async function phantomAuditEntries(services: Services): Promise<number> {
  const plan = services.store.current();
  const signed = new Set((plan?.reviews ?? []).filter((r) => r.status === 'signed-off').map((r) => r.id));
  const { entries } = await services.handlers['audit:list']({});
  return entries.filter((e) => e.action === 'Sign off talent review' && e.reviewId !== undefined && !signed.has(e.reviewId)).length;
}
