import { ACTION_KIND_LABELS, PROFICIENCY_LABELS, READINESS_LABELS } from '../plan/defaults';
import type { Action, Assessment, Feedback, Plan, Readiness, Requirements, Rotation, RotationStatus, Successor } from '../plan/schema';

/** Names as a reviewer reads them, looked up in the newer plan first, then the older one. */
export class NameBook {
  private readonly people = new Map<string, string>();
  private readonly roles = new Map<string, string>();
  private readonly hosts = new Map<string, string>();
  private readonly threads = new Map<string, string>();

  constructor(...plans: (Plan | null)[]) {
    // Older plans first so the newer plan's names win.
    for (const plan of [...plans].reverse()) {
      if (!plan) continue;
      for (const p of plan.people) this.people.set(p.id, p.name);
      for (const r of plan.roles) this.roles.set(r.id, r.title);
      for (const h of plan.hosts) this.hosts.set(h.id, h.name);
      for (const t of plan.framework.threads) this.threads.set(t.id, t.name);
    }
  }

  person(id: string | null): string {
    if (id === null) return 'nobody';
    return this.people.get(id) ?? `person ${id}`;
  }
  role(id: string): string {
    return this.roles.get(id) ?? `role ${id}`;
  }
  host(id: string): string {
    return this.hosts.get(id) ?? `host ${id}`;
  }
  thread(id: string): string {
    return this.threads.get(id) ?? id;
  }
}

const STATUS_LABELS: Record<RotationStatus, string> = {
  planned: 'Planned',
  active: 'Active',
  completed: 'Completed',
  cancelled: 'Cancelled',
};

export const statusLabel = (status: RotationStatus): string => STATUS_LABELS[status];
export const readinessLabel = (readiness: Readiness): string => READINESS_LABELS[readiness];
export const yesNo = (value: boolean): string => (value ? 'Yes' : 'No');

export function levelLabel(level: number): string {
  return `${level} (${PROFICIENCY_LABELS[level - 1] ?? '?'})`;
}

export function describeSlot(successor: Successor): string {
  return `${readinessLabel(successor.readiness)}${successor.emergency ? ', emergency cover' : ''}`;
}

export function describeAssessment(assessment: Assessment): string {
  return `${levelLabel(assessment.level)}, ${assessment.source} assessment of ${assessment.date}`;
}

export function describeDates(rotation: Pick<Rotation, 'start' | 'end'>): string {
  return `${rotation.start} to ${rotation.end}`;
}

/**
 * Spec choice: the audit names the feedback's date and author, not its words: the text stays in
 * the plan (where erasing a person reaches it), the log says who added what and when.
 */
export function describeFeedback(feedback: Feedback): string {
  return `Feedback of ${feedback.date} from ${feedback.author}`;
}

export function describeRotation(rotation: Rotation, names: NameBook): string {
  const mentor = rotation.mentorId ? `, mentor ${names.person(rotation.mentorId)}` : '';
  return `${names.host(rotation.hostId)}, ${describeDates(rotation)}, ${statusLabel(rotation.status).toLowerCase()}${mentor}`;
}

export function describeRequirements(requirements: Requirements, names: NameBook): string {
  const threads = Object.entries(requirements.threads)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([thread, level]) => `${names.thread(thread)} at least ${level}`);
  const months = [
    requirements.frontMonths > 0 ? `${requirements.frontMonths} months client-facing` : null,
    requirements.backMonths > 0 ? `${requirements.backMonths} months technical` : null,
  ].filter((part): part is string => part !== null);
  const parts = [...threads, ...months];
  return parts.length ? parts.join('; ') : 'no requirements';
}

export function rotationSubject(rotation: Rotation, names: NameBook): string {
  return `Rotation of ${names.person(rotation.personId)} at ${names.host(rotation.hostId)}`;
}

/** What an action is, as the audit trail shows it before or after a change. */
export function describeAction(action: Action, names: NameBook): string {
  return `${describeDates(action)}, ${statusLabel(action.status).toLowerCase()}; ${describeActionDetails(action, names)}`;
}

/** The fields of an action besides its dates and status (a note is the plan's, not the log's). */
export function describeActionDetails(action: Action, names: NameBook): string {
  const parts = [
    `${ACTION_KIND_LABELS[action.kind].toLowerCase()} “${action.title}”`,
    `threads ${action.threads.map((t) => names.thread(t)).join(', ')}`,
    action.roleId ? `acting as ${names.role(action.roleId)}` : null,
    action.ownerId ? `owner ${names.person(action.ownerId)}` : null,
    action.evidenceDue ? `evidence due ${action.evidenceDue}` : null,
    action.cost !== null ? `cost ${action.cost}` : null,
  ];
  return parts.filter((part): part is string => part !== null).join(', ');
}

export function actionSubject(action: Action, names: NameBook): string {
  return `${ACTION_KIND_LABELS[action.kind]} “${action.title}” of ${names.person(action.personId)}`;
}
