import { auditChanges, planReplacedChange } from '../../../shared/domain/audit/plan-diff';
import type { AuditChange } from '../../../shared/domain/audit/types';
import type { StoreChange } from '../plan-store';

/** Beyond this many itemised changes, a whole-plan replacement is logged by its summary alone. */
export const ITEMISED_LIMIT = 500;

/** What the audit log records for a change the store committed. */
export function auditChangesFor(change: StoreChange): AuditChange[] {
  const action = change.kind === 'undo' ? `Undo: ${change.label}` : change.kind === 'redo' ? `Redo: ${change.label}` : change.label;
  const { before, after } = change;
  if (change.kind === 'edit' && before && after) return auditChanges(before, after, action);
  const itemised = before && after ? auditChanges(before, after, action) : [];
  // Undo and redo of single edits read like the edits themselves; whole-plan steps get a summary first.
  if ((change.kind === 'undo' || change.kind === 'redo') && before && after && itemised.length <= ITEMISED_LIMIT && !isWholePlanLabel(change.label)) {
    return itemised;
  }
  return [planReplacedChange(before, after, action), ...(itemised.length <= ITEMISED_LIMIT ? itemised : [])];
}

const WHOLE_PLAN_LABELS = /^(New plan|Load demo organisation|Open |Restore backup|Import )/;

function isWholePlanLabel(label: string): boolean {
  return WHOLE_PLAN_LABELS.test(label);
}
