import { useState } from 'react';
import { threadGapsOf } from '../../../shared/domain/analysis';
import type { PlanAnalysis } from '../../../shared/domain/analysis/types';
import type { Action, Person, Plan } from '../../../shared/domain/plan/schema';
import { ActionKindMark } from '../../components/ActionKindMark';
import { ColumnHeads } from '../../components/ColumnHeads';
import { ConfirmDialog } from '../../components/ModalDialog';
import { formatDay, formatMonth } from '../../components/dates';
import { useUndoableEdit } from './use-undoable-edit';
import { ActionFormDialog } from './ActionFormDialog';
import { CompleteActionDialog } from './CompleteActionDialog';

const STATUS_ORDER = { active: 0, planned: 1, completed: 2, cancelled: 3 } as const;

type Open = { kind: 'add' } | { kind: 'edit' | 'complete' | 'cancel'; actionId: string } | null;

/**
 * The person's development actions (DOMAIN §9): courses, mentoring, coaching, stretch assignments,
 * acting roles, projects — what grows a thread besides a rotation. Add, edit, complete (optionally
 * recording the assessment that is its evidence) and cancel, each one undoable edit.
 */
export function DevelopmentActions({ plan, analysis, person }: { plan: Plan; analysis: PlanAnalysis; person: Person }) {
  const [open, setOpen] = useState<Open>(null);
  const change = useUndoableEdit();
  const threads = new Map(plan.framework.threads.map((t) => [t.id, t.name]));
  const people = new Map(plan.people.map((p) => [p.id, p.name]));
  const roles = new Map(plan.roles.map((r) => [r.id, r.title]));
  const gaps = threadGapsOf(analysis, person.id);
  const actions = (plan.actions ?? [])
    .filter((a) => a.personId === person.id)
    .sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || (a.start < b.start ? 1 : -1));
  const opened = open && open.kind !== 'add' ? actions.find((a) => a.id === open.actionId) : undefined;
  const name = person.name || person.id;
  const live = (a: Action) => a.status === 'planned' || a.status === 'active';

  return (
    <section className="card profile-actions" aria-labelledby="profile-actions-title">
      <div className="profile-actions-head">
        <h2 id="profile-actions-title">Development actions</h2>
        {!person.archived && (
          <button type="button" className="button small" onClick={() => setOpen({ kind: 'add' })}>
            Add development action
          </button>
        )}
      </div>
      {actions.length === 0 ? (
        <p className="muted">No development actions yet. Courses, mentoring, coaching, stretch assignments, acting roles and projects grow the threads rotations do not.</p>
      ) : (
        <table className="profile-table">
          <ColumnHeads columns={['Kind', 'Action', 'Threads', 'When', 'Evidence due', 'Owner', 'Status', 'Changes']} />
          <tbody>
            {actions.map((a) => (
              <tr key={a.id} data-action-id={a.id} data-status={a.status}>
                <td>
                  <ActionKindMark kind={a.kind} hollow={a.status === 'planned'} />
                </td>
                <td>
                  {a.title}
                  {a.kind === 'acting-role' && a.roleId && <span className="muted"> — acting as {roles.get(a.roleId) ?? a.roleId}</span>}
                </td>
                <td>
                  {a.threads.map((t) => threads.get(t) ?? t).join(', ')}
                  {live(a) && a.threads.some((t) => gaps.has(t)) && <span className="profile-evidence"> — needs assessment evidence</span>}
                </td>
                <td className="profile-nowrap">
                  {formatMonth(a.start)} – {formatMonth(a.end)}
                </td>
                <td className="profile-nowrap">
                  <time dateTime={a.evidenceDue ?? a.end}>{formatDay(a.evidenceDue ?? a.end)}</time>
                </td>
                <td>{a.ownerId ? (people.get(a.ownerId) ?? a.ownerId) : <span className="muted">—</span>}</td>
                <td>
                  <span className="profile-status" data-status={a.status}>
                    {a.status}
                  </span>
                </td>
                <td className="profile-row-buttons">
                  <button type="button" className="link-button" aria-label={`Edit ${a.title}`} onClick={() => setOpen({ kind: 'edit', actionId: a.id })}>
                    Edit
                  </button>
                  {live(a) && (
                    <>
                      <button type="button" className="link-button" aria-label={`Complete ${a.title}…`} onClick={() => setOpen({ kind: 'complete', actionId: a.id })}>
                        Complete…
                      </button>
                      <button type="button" className="link-button" aria-label={`Cancel ${a.title}…`} onClick={() => setOpen({ kind: 'cancel', actionId: a.id })}>
                        Cancel…
                      </button>
                    </>
                  )}
                  {a.status === 'cancelled' && (
                    <button type="button" className="link-button" aria-label={`Plan ${a.title} again`} onClick={() => void change('action:save', { action: { ...a, status: 'planned' } }, `“${a.title}” is planned again.`)}>
                      Plan again
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {open?.kind === 'add' && <ActionFormDialog plan={plan} person={person} suggestedThreads={[...gaps]} onClose={() => setOpen(null)} />}
      {open?.kind === 'edit' && opened && <ActionFormDialog plan={plan} person={person} action={opened} onClose={() => setOpen(null)} />}
      {open?.kind === 'complete' && opened && <CompleteActionDialog plan={plan} person={person} action={opened} onClose={() => setOpen(null)} />}
      {open?.kind === 'cancel' && opened && (
        <ConfirmDialog
          title={`Cancel “${opened.title}”?`}
          confirmLabel="Cancel the action"
          cancelLabel="Keep it"
          danger
          onCancel={() => setOpen(null)}
          onConfirm={() => {
            setOpen(null);
            void change('action:cancel', { actionId: opened.id }, `Cancelled “${opened.title}” for ${name}.`);
          }}
        >
          <p>
            It stays on {name}’s record as cancelled and no longer counts as planned evidence for its threads. Undo brings it back.
          </p>
        </ConfirmDialog>
      )}
    </section>
  );
}
