import { z } from 'zod';
import { AuditEntry, AuditQuery } from '../domain/audit/types';

/**
 * The schemas of the protection, erasure and audit operations (kept out of contract.ts so
 * that file stays a list of operations).
 */

export const ProtectionState = z.enum(['setup', 'locked', 'unlocked', 'off', 'damaged']);
export type ProtectionState = z.infer<typeof ProtectionState>;

export const ProtectionStatus = z.object({
  /**
   * setup: first run, the user has not chosen yet (nothing is stored until they do);
   * locked: protected, waiting for the passphrase; unlocked: protected and open;
   * off: the user chose no encryption; damaged: protection.json is missing or changed.
   */
  state: ProtectionState,
  /** How the data key is kept; null before the first choice. */
  mode: z.enum(['off', 'passphrase', 'keystore']).nullable(),
  /** What the operating system offers: a real keystore, Linux's fixed-key fallback, or nothing. */
  keystore: z.enum(['os', 'basic_text', 'unavailable']),
  recoveryKey: z.object({ createdAt: z.string() }).nullable(),
  cipher: z.string(),
  kdf: z.string().nullable(),
  /** Why it is locked or damaged, in words for the user. */
  message: z.string().nullable(),
});
export type ProtectionStatus = z.infer<typeof ProtectionStatus>;

const Passphrase = z.string().min(1, 'Type the passphrase.').max(1024);

export const ProtectionChoice = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('passphrase'), passphrase: Passphrase }).strict(),
  z.object({ mode: z.literal('keystore') }).strict(),
  z.object({ mode: z.literal('off') }).strict(),
]);
export type ProtectionChoice = z.infer<typeof ProtectionChoice>;

/** A status and, right after protection was turned on, the recovery key to print (shown once). */
export const ProtectionResult = z.object({ status: ProtectionStatus, recoveryKey: z.string().nullable() });
export type ProtectionResult = z.infer<typeof ProtectionResult>;

export const protectionInputs = {
  unlock: z.object({ passphrase: Passphrase }).strict(),
  disable: z.object({ passphrase: Passphrase.optional() }).strict(),
  changePassphrase: z.object({ current: Passphrase, next: Passphrase }).strict(),
  unlockWithRecovery: z.object({ recoveryKey: z.string().min(1).max(200), newPassphrase: Passphrase }).strict(),
  exportProtected: z.object({ passphrase: Passphrase }).strict(),
};

/** What erasing a person will remove, shown in the confirmation before anything happens. */
export const ErasurePreview = z.object({
  personId: z.string(),
  name: z.string(),
  rotations: z.number(),
  mentoring: z.number(),
  nominations: z.number(),
  assessments: z.number(),
  reports: z.number(),
  incumbentOf: z.number(),
  backups: z.number(),
  keptAside: z.number(),
  /** What-if scenarios and other plan documents beside the plan. */
  scenarios: z.number(),
  auditEntries: z.number(),
  undoSteps: z.number(),
  /** Files Braid cannot read (damaged, another key, no permission): they may hold the person, so they can only be deleted. */
  unreadable: z.array(z.object({ file: z.string(), detail: z.string() })),
});
export type ErasurePreview = z.infer<typeof ErasurePreview>;

export const ErasureResult = z.object({
  marker: z.string(),
  backupsRewritten: z.number(),
  keptAsideRewritten: z.number(),
  scenariosRewritten: z.number(),
  /** Preferences, import mappings and any other file of the data folder that named the person. */
  otherFilesRewritten: z.number(),
  auditEntriesAnonymised: z.number(),
  /** Unreadable files deleted because the user confirmed it. */
  deleted: z.array(z.string()),
  /** Files that may still hold the person (they became unreadable during the erasure). */
  remaining: z.array(z.string()),
  /** True only when no file that may hold the person remains. */
  complete: z.boolean(),
});
export type ErasureResult = z.infer<typeof ErasureResult>;

export const ErasureRequest = z
  .object({
    personId: z.string().min(1),
    /** The unreadable files of the preview the user agreed to delete, by name. */
    deleteUnreadable: z.array(z.string().max(1000)).max(10_000).optional(),
  })
  .strict();

export const AuditListing = z.object({ entries: z.array(AuditEntry), damaged: z.number() });
export type AuditListing = z.infer<typeof AuditListing>;

export { AuditQuery };

export { looksLikeProtectedPlan, PROTECTED_PLAN_EXTENSION, PROTECTED_PLAN_FORMAT } from './protected-plan-format';
