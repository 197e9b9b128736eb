import type { Action } from '../plan/schema';
import { pairsById, type Add } from './by-id';
import { actionSubject, describeAction, describeActionDetails, describeDates, NameBook, statusLabel } from './wording';

/** Audit entries for development actions (§9.1): created, removed, moved, status and details. */
export function diffActions(before: readonly Action[], after: readonly Action[], names: NameBook, add: Add): void {
  for (const [old, action] of pairsById(before, after)) {
    const subject = (action ?? old)!;
    const title = actionSubject(subject, names);
    const entry = (summary: string, b: string | null, a: string | null) =>
      add({ area: 'action', summary, personIds: [subject.personId], roleIds: subject.roleId ? [subject.roleId] : [], rotationIds: [], names: [names.person(subject.personId)], before: b, after: a });
    if (!old) {
      entry(`${title} planned`, null, describeAction(action!, names));
      continue;
    }
    if (!action) {
      entry(`${title} removed`, describeAction(old, names), null);
      continue;
    }
    if (old.start !== action.start || old.end !== action.end) entry(`${title} moved`, describeDates(old), describeDates(action));
    if (old.status !== action.status) entry(`${title}: status changed`, statusLabel(old.status), statusLabel(action.status));
    const was = describeActionDetails(old, names);
    const now = describeActionDetails(action, names);
    if (was !== now) entry(`${title}: details changed`, was, now);
  }
}
