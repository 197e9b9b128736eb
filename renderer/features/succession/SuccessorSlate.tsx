import { useRef, useState, type DragEvent } from 'react';
import { successorReadinessWords } from '../../../shared/domain/readiness';
import type { PlanAnalysis, RoleFit } from '../../../shared/domain/analysis/types';
import { roleFit } from '../../../shared/domain/analysis';
import type { Person, Plan, Readiness, Role } from '../../../shared/domain/plan/schema';
import { slateStanding } from '../../../shared/domain/candidates';
import { useBraid } from '../../store';
import { READINESS_ORDER, SLATE_COLUMNS } from './readiness';
import { successorFlags } from './succession-flags';
import { SUCCESSOR_DRAG_TYPE, SuccessorCard } from './SuccessorCard';

interface Props {
  role: Role;
  /** The plan the analysis was made from (it may lag one edit behind `role`). */
  analysed: Plan;
  analysis: PlanAnalysis;
  people: Map<string, Person>;
  threadNames: Map<string, string>;
}

/** A role's successors in three columns by readiness; cards move between columns by drag, menu or Alt+←/→. */
export function SuccessorSlate({ role, analysed, analysis, people, threadNames }: Props) {
  const edit = useBraid((s) => s.edit);
  const navigate = useBraid((s) => s.navigate);
  const [over, setOver] = useState<Readiness | null>(null);
  const [moved, setMoved] = useState<string | null>(null);
  const slateRef = useRef<HTMLDivElement>(null);
  const slate = analysis.roles.get(role.id)?.successors ?? [];

  const move = (personId: string, readiness: Readiness, byKeyboard: boolean) => {
    setMoved(byKeyboard ? personId : null);
    void edit('successor:update', { roleId: role.id, personId, readiness });
  };

  /**
   * The focus stays next to what changed: on the successor after the one removed (in slate order),
   * else the one before; on the role's heading when the slate is left empty.
   */
  const remove = (personId: string) => {
    const order = READINESS_ORDER.flatMap((readiness) => role.successors.filter((s) => s.readiness === readiness)).map((s) => s.personId);
    const at = order.indexOf(personId);
    const next = order[at + 1] ?? order[at - 1] ?? null;
    setMoved(null);
    void edit('successor:remove', { roleId: role.id, personId });
    // After the card has left and its menu has handed the focus back (to a button no longer there).
    requestAnimationFrame(() => {
      const card = next && slateRef.current?.querySelector<HTMLElement>(`[data-person-id="${CSS.escape(next)}"] .successor-name`);
      (card || document.getElementById(`role-${role.id}`))?.focus();
    });
  };

  /** A just-nominated successor is not in the analysis yet: work their fit out from the analysed plan. */
  const fitOf = (personId: string): { fit: RoleFit | null; braidIndex: number | null; ready?: string } => {
    const known = slate.find((s) => s.personId === personId);
    if (known) return { fit: known.fit, braidIndex: known.braidIndex, ready: successorReadinessWords(known, analysis.asOf, role.expectedVacancy, analysed.framework.threads) };
    const standing = analysis.people.get(personId);
    if (!standing || !analysed.roles.some((r) => r.id === role.id)) return { fit: null, braidIndex: standing?.braidIndex ?? null };
    return { fit: roleFit(analysed, analysis, role.id, personId), braidIndex: standing.braidIndex };
  };

  const dropTarget = (readiness: Readiness) => ({
    onDragOver(event: DragEvent<HTMLElement>) {
      if (!event.dataTransfer.types.includes(SUCCESSOR_DRAG_TYPE)) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'move';
      if (over !== readiness) setOver(readiness);
    },
    onDragLeave(event: DragEvent<HTMLElement>) {
      if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOver(null);
    },
    onDrop(event: DragEvent<HTMLElement>) {
      setOver(null);
      const data = event.dataTransfer.getData(SUCCESSOR_DRAG_TYPE);
      if (!data) return;
      event.preventDefault();
      const { roleId, personId } = JSON.parse(data) as { roleId: string; personId: string };
      const current = role.successors.find((s) => s.personId === personId);
      // A card dropped on another role's slate is not a nomination there: only moves within a slate.
      if (roleId === role.id && current && current.readiness !== readiness) move(personId, readiness, false);
    },
  });

  return (
    <div ref={slateRef} className="slate" role="group" aria-label={`Successors for ${role.title}`}>
      {READINESS_ORDER.map((readiness) => {
        const column = role.successors.filter((s) => s.readiness === readiness);
        return (
          <div
            key={readiness}
            role="group"
            className={`slate-column${over === readiness ? ' drop-over' : ''}`}
            data-readiness={readiness}
            aria-label={`${role.title}: ${SLATE_COLUMNS[readiness]} (${column.length})`}
            {...dropTarget(readiness)}
          >
            <div className="slate-heading" aria-hidden="true">
              {SLATE_COLUMNS[readiness]} <span className="count">{column.length}</span>
            </div>
            {column.length === 0 ? (
              <p className="slate-empty">{readiness === 'ready-now' ? 'No one ready now' : 'Drop a successor here'}</p>
            ) : (
              <ul>
                {column.map((successor) => {
                  const { fit, braidIndex, ready } = fitOf(successor.personId);
                  return (
                    <SuccessorCard
                      key={successor.personId}
                      roleId={role.id}
                      successor={successor}
                      person={people.get(successor.personId)}
                      fit={fit}
                      braidIndex={braidIndex}
                      ready={ready}
                      flags={successorFlags(analysis, role.id, successor.personId)}
                      standing={slateStanding(analysed, role.id, successor.personId)}
                      threadNames={threadNames}
                      focusOnMount={moved === successor.personId}
                      move={(next) => move(successor.personId, next, true)}
                      setEmergency={(emergency) => void edit('successor:update', { roleId: role.id, personId: successor.personId, emergency })}
                      remove={() => remove(successor.personId)}
                      openProfile={() => navigate({ screen: 'profile', personId: successor.personId })}
                    />
                  );
                })}
              </ul>
            )}
          </div>
        );
      })}
    </div>
  );
}
