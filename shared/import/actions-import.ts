import { ACTION_KIND_LABELS, ACTION_KINDS } from '../domain/plan/action-kinds';
import { nextId } from '../domain/plan/next-id';
import type { Action, ActionKind, ActionStatus, Plan } from '../domain/plan/schema';
import { foldForMatch } from '../domain/text/fold';
import type { FieldReader, Refusal } from './field-reader';
import { threadSynonyms } from './fields';
import { emptyCounts, refusedRowCount, type ImportOutcome } from './outcome';
import type { RawTable, SheetRow } from './table';

/**
 * Development actions (DOMAIN §9) from a sheet: one row per action of a person already in the plan.
 * A row with an action id the plan has updates that action; one without is added, unless the person
 * already has the same action (kind, title, start), so importing a file twice adds nothing twice.
 * Every refusal names the row, the column and the value.
 */

const STATUSES: readonly ActionStatus[] = ['planned', 'active', 'completed', 'cancelled'];
const AMOUNT = /^\d+(\.\d+)?$/;

interface Lookups {
  threads: Map<string, string>;
  kinds: Map<string, ActionKind>;
  roles: Map<string, string>;
  people: Map<string, string>;
}

function lookupsOf(plan: Plan): Lookups {
  const threads = new Map<string, string>();
  for (const thread of plan.framework.threads) for (const name of threadSynonyms(thread)) threads.set(foldForMatch(name), thread.id);
  const kinds = new Map<string, ActionKind>();
  for (const kind of ACTION_KINDS) for (const name of [kind, ACTION_KIND_LABELS[kind], kind.replace('-', ' ')]) kinds.set(foldForMatch(name), kind);
  const roles = new Map<string, string>();
  for (const role of plan.roles) for (const name of [role.id, role.title]) roles.set(foldForMatch(name), role.id);
  return { threads, kinds, roles, people: new Map(plan.people.map((p) => [p.id, p.name])) };
}

type Read = (key: string) => string | undefined;

/** The action a row describes, laid over the stored one when it updates it; null when refused. */
function actionOfRow(row: SheetRow, read: Read, base: Partial<Action>, personId: string, look: Lookups, refuse: (key: string, value: string, reason: string) => void): Action | null {
  let ok = true;
  const no = (key: string, value: string, reason: string) => {
    refuse(key, value, reason);
    ok = false;
  };
  const kindText = read('kind');
  const kind = kindText === undefined ? (base.kind ?? 'course') : look.kinds.get(foldForMatch(kindText));
  if (kindText !== undefined && !kind) no('kind', kindText, `is not a kind of development action: ${ACTION_KINDS.map((k) => ACTION_KIND_LABELS[k].toLowerCase()).join(', ')}`);
  const title = read('title') ?? base.title;
  if (!title) no('title', '', 'is empty: an action needs a title');
  const threadsText = read('threads');
  const threads: string[] = [];
  for (const name of threadsText?.split(/[;,|]/).map((t) => t.trim()).filter(Boolean) ?? []) {
    const thread = look.threads.get(foldForMatch(name));
    if (!thread) no('threads', name, 'is not a thread of this plan’s framework');
    else if (!threads.includes(thread)) threads.push(thread);
  }
  if (threadsText === undefined && !base.threads?.length) no('threads', '', 'is empty: an action develops at least one thread');
  const start = read('start') ?? base.start;
  const end = read('end') ?? base.end;
  if (!start) no('start', '', 'is empty: an action needs a start date');
  if (!end) no('end', '', 'is empty: an action needs an end date');
  if (start && end && end < start) no('end', end, `is before the start ${start}`);
  const evidenceDue = read('evidenceDue') ?? base.evidenceDue ?? null;
  if (evidenceDue && start && evidenceDue < start) no('evidenceDue', evidenceDue, `is before the start ${start}`);
  const statusText = read('status');
  const status = statusText === undefined ? (base.status ?? 'planned') : STATUSES.find((s) => s === statusText.trim().toLowerCase());
  if (statusText !== undefined && !status) no('status', statusText, `is not a status: ${STATUSES.join(', ')}`);
  const ownerId = read('ownerId') ?? base.ownerId ?? null;
  if (ownerId === personId) no('ownerId', ownerId, 'is the person themselves: the owner is their mentor, coach or sponsor');
  else if (ownerId && !look.people.has(ownerId)) no('ownerId', ownerId, 'is not a person of the plan');
  const roleText = read('role');
  const roleId = roleText === undefined ? base.roleId : look.roles.get(foldForMatch(roleText));
  if (roleText !== undefined && !roleId) no('role', roleText, 'is not a role of this plan (its id or title)');
  else if (kind === 'acting-role' && !roleId) no('role', '', 'is empty: an acting role names the role whose seat is held');
  const costText = read('cost');
  if (costText !== undefined && !AMOUNT.test(costText.trim())) no('cost', costText, 'is not an amount of 0 or more (digits, a dot for decimals)');
  const cost = costText !== undefined && AMOUNT.test(costText.trim()) ? Number(costText) : (base.cost ?? null);
  const note = read('note') ?? base.note;
  if (!ok || !kind || !status || !start || !end || !title) return null;
  // The id is set by the caller: the stored one, the row's, or the next free one.
  const action: Action = { ...base, id: base.id ?? '', personId, kind, title, threads: threads.length ? threads : base.threads!, start, end, status, cost, ownerId, evidenceDue };
  if (kind === 'acting-role') action.roleId = roleId;
  else delete action.roleId;
  if (note) action.note = note;
  return action;
}

const same = (a: object, b: object) => JSON.stringify(a) === JSON.stringify(b);

export function importActions(plan: Plan, table: RawTable, reader: FieldReader): ImportOutcome {
  const problems: string[] = [];
  for (const key of ['personId', 'title', 'threads', 'start', 'end']) {
    if (!reader.isMapped(key)) problems.push(`Map a column to ${reader.fields.get(key)!.label}: every development action needs one.`);
  }
  const counts = emptyCounts(table.rows.length);
  const outcome: ImportOutcome = { target: 'actions', adds: [], updates: [], refusals: [], notes: [], duplicates: [], problems, counts, next: plan };
  if (problems.length) return outcome;

  const look = lookupsOf(plan);
  const actions: Action[] = (plan.actions ?? []).slice();
  const refusals: Refusal[] = [];
  for (const row of table.rows) {
    const before = refusals.length;
    const refuse = (key: string, value: string, reason: string) => refusals.push({ row: row.row, column: reader.header(key), value, reason });
    const read: Read = (key) => {
      const value = reader.read(row, key);
      if (value.kind === 'refused') refusals.push(value.refusal);
      return value.kind === 'value' ? String(value.value) : undefined;
    };
    const personId = read('personId');
    if (personId === undefined && refusals.length === before) refuse('personId', '', 'is empty: every row needs an employee id');
    if (personId !== undefined && !look.people.has(personId)) refuse('personId', personId, 'is not a person of the plan: import the people first');
    const actionId = read('actionId');
    const at = actionId === undefined ? -1 : actions.findIndex((a) => a.id === actionId);
    const stored = at >= 0 ? actions[at] : undefined;
    if (stored && personId !== undefined && stored.personId !== personId) refuse('actionId', actionId!, `is an action of ${look.people.get(stored.personId) ?? stored.personId}, not of ${personId}`);
    if (refusals.length > before || personId === undefined) continue;
    const action = actionOfRow(row, read, stored ?? {}, personId, look, refuse);
    if (!action || refusals.length > before) continue;
    const name = look.people.get(personId) ?? personId;
    const words = `${ACTION_KIND_LABELS[action.kind].toLowerCase()} “${action.title}” (${action.start} – ${action.end})`;
    if (stored) {
      const next = { ...action, id: stored.id };
      if (same(next, stored)) counts.unchanged++;
      else {
        actions[at] = next;
        outcome.updates.push({ row: row.row, id: personId, name, changes: [`updates ${words}`] });
      }
      continue;
    }
    if (actions.some((a) => a.personId === personId && a.kind === action.kind && a.title === action.title && a.start === action.start)) {
      counts.unchanged++;
      continue;
    }
    const id = actionId ?? nextId('act-', actions.map((a) => a.id));
    actions.push({ ...action, id });
    counts.actionsAdded++;
    outcome.updates.push({ row: row.row, id: personId, name, changes: [`adds ${words}`] });
  }
  counts.updates = outcome.updates.length;
  counts.refused = refusedRowCount(refusals);
  outcome.refusals = refusals.sort((a, b) => a.row - b.row);
  outcome.next = { ...plan, actions };
  return outcome;
}
