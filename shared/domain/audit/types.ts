import { z } from 'zod';

/**
 * The audit trail: one entry per change to what a talent review rests on — nominations,
 * readiness, emergency cover, assessments, rotations, development actions and role requirements — plus whole-plan
 * replacements, protection changes and erasures. The log lives beside the plan, never in it,
 * so restoring a backup or undoing never rolls it back.
 */
export const AuditArea = z.enum([
  'nomination',
  'readiness',
  'emergency',
  'assessment',
  'rating',
  'review',
  'rotation',
  'action',
  'requirements',
  'plan',
  'protection',
  'erasure',
]);
export type AuditArea = z.infer<typeof AuditArea>;

export const AUDIT_AREA_LABELS: Record<AuditArea, string> = {
  nomination: 'Nomination',
  readiness: 'Readiness',
  emergency: 'Emergency cover',
  assessment: 'Assessment',
  rating: '9-box rating',
  review: 'Talent review',
  rotation: 'Rotation',
  action: 'Development action',
  requirements: 'Role requirements',
  plan: 'Whole plan',
  protection: 'Protection',
  erasure: 'Erasure',
};

/** What changed, as the pure differ sees it (no time, no author yet). */
export const AuditChange = z.object({
  area: AuditArea,
  /** The user's action: the edit's label, "Undo: …", "Redo: …", "Restore backup"… */
  action: z.string(),
  /** One sentence a reviewer can read on its own. */
  summary: z.string(),
  personIds: z.array(z.string()),
  roleIds: z.array(z.string()),
  rotationIds: z.array(z.string()),
  /** Names of the people and titles of the roles involved, as they were at the time. */
  names: z.array(z.string()),
  before: z.string().nullable(),
  after: z.string().nullable(),
  /** The talent review whose sign-off made the change (§8.6). */
  reviewId: z.string().optional(),
  /** The reason the review gave for the move. */
  reason: z.string().optional(),
});
export type AuditChange = z.infer<typeof AuditChange>;

/**
 * A change in the area, naming no person, role or rotation and with no before and after unless
 * given: whole-plan replacements, protection changes and erasures.
 */
export function auditChange(change: Pick<AuditChange, 'area' | 'action' | 'summary'> & Partial<AuditChange>): AuditChange {
  return { personIds: [], roleIds: [], rotationIds: [], names: [], before: null, after: null, ...change };
}

export const AuditEntry = AuditChange.extend({
  seq: z.number().int().nonnegative(),
  /** ISO 8601 time of the change. */
  at: z.string(),
  /** The operating-system user who made it. */
  who: z.string(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

export const AuditQuery = z
  .object({
    personId: z.string().optional(),
    roleId: z.string().optional(),
    rotationId: z.string().optional(),
    reviewId: z.string().optional(),
    area: AuditArea.optional(),
  })
  .strict();
export type AuditQuery = z.infer<typeof AuditQuery>;
