import { z } from 'zod';
import { Plan } from '../domain/plan/schema';
import { PLAN_EDITS, type PlanEdits } from '../domain/edits';
import { ImportCommitRequest, ImportPreview, ImportRequest, RefusedRowsRequest, SavedMapping, TemplateRequest } from '../import/contract-schemas';
import { ExportedBytes, ExportRequest } from '../export/export-table';
import * as protection from './protection-schemas';
import { withInputLimits } from './input-limits';
import * as scenario from './scenario-schemas';

/**
 * Every operation the renderer, the web shell and the CLI can ask of the services,
 * declared once: its input schema and its output schema. Transports (IPC, HTTP) and
 * the preload bridge are derived from the keys of `contract`.
 */

export const History = z.object({
  canUndo: z.boolean(),
  canRedo: z.boolean(),
  undoLabel: z.string().nullable(),
  redoLabel: z.string().nullable(),
});
export type History = z.infer<typeof History>;

export const BackupInfo = z.object({
  id: z.string(),
  createdAt: z.string(),
  revision: z.number(),
  bytes: z.number(),
  kind: z.enum(['recent', 'daily']),
});
export type BackupInfo = z.infer<typeof BackupInfo>;

/** Why the stored plan could not be opened at start, and what was done about it. */
export const StoreProblem = z.object({
  kind: z.literal('invalid-plan'),
  message: z.string(),
  errors: z.array(z.string()),
  /** Where the unreadable file was moved; nothing was overwritten. */
  keptAt: z.string(),
  /** The newest backup that validates, offered for restore. */
  backup: BackupInfo.nullable(),
});
export type StoreProblem = z.infer<typeof StoreProblem>;

export const PlanSnapshot = z.object({
  /** null on first run, or when the stored plan could not be opened. */
  plan: Plan.nullable(),
  revision: z.number(),
  history: History,
  problem: StoreProblem.nullable(),
  /** True while protection keeps the plan closed (first-run choice pending, or waiting for the passphrase). */
  locked: z.boolean().optional(),
});
export type PlanSnapshot = z.infer<typeof PlanSnapshot>;

export const EditResult = z.object({ revision: z.number(), history: History });
export type EditResult = z.infer<typeof EditResult>;

export const AppInfo = z.object({
  version: z.string(),
  transport: z.enum(['electron', 'web']),
  dataDir: z.string(),
  planPath: z.string(),
  backupsDir: z.string(),
});
export type AppInfo = z.infer<typeof AppInfo>;

/**
 * How the rotation planner was last shown, so a reload opens it the same way.
 * Spec choice: the find box is not kept — what is typed there is often a person's name, and
 * the preferences file is never encrypted.
 */
export const PlannerViewSettings = z
  .object({
    view: z.enum(['host', 'person']),
    zoom: z.enum(['quarters', 'months', 'weeks']),
    snap: z.enum(['day', 'week', 'month']),
    showCancelled: z.boolean(),
    everyone: z.boolean(),
  })
  .strict();
export type PlannerViewSettings = z.infer<typeof PlannerViewSettings>;

/**
 * Spec choice: preferences hold no file paths (a plan's file name is often a person's or a
 * team's name, and the preferences file is never encrypted): Braid has no recent-files list,
 * and the paths an earlier version kept there are dropped.
 */
export const Preferences = z.object({
  theme: z.enum(['system', 'light', 'dark']),
  paper: z.enum(['a4', 'letter']),
  planner: PlannerViewSettings.optional(),
});
export type Preferences = z.infer<typeof Preferences>;

/** The preferences, and once after a start, why they were reset (an unreadable preferences file). */
export const PreferencesReading = Preferences.extend({ notice: z.string().nullable() });

export const ExportedFile = z.object({ fileName: z.string(), text: z.string() });

const Empty = z.object({}).strict();

export const ReportPdfRequest = z.object({
  report: z.enum(['org', 'role', 'person', 'review-outcomes', 'review-compare', 'scenario']),
  /** Scenario report: the scenario compared with the plan. */
  scenarioId: z.string().regex(/^sc-[a-z0-9]{4,40}$/).optional(),
  roleId: z.string().min(1).optional(),
  personId: z.string().min(1).optional(),
  /** Talent-review reports: the session (outcomes), and the 2–4 people side by side (comparison, against roleId when given). */
  reviewId: z.string().min(1).max(64).optional(),
  personIds: z.array(z.string().min(1).max(64)).min(2).max(4).optional(),
  paper: z.enum(['a4', 'letter']),
  /** Role report: add the role's audit trail ("Changes to this role"). */
  includeAudit: z.boolean().optional(),
});
export type ReportPdfRequest = z.infer<typeof ReportPdfRequest>;

/** Operations whose input carries a whole file at its top level (a plan, an HRIS export, a PDF). */
type FileInput = 'file';

function op<I extends z.ZodType, O extends z.ZodType>(input: I, output: O, carries?: FileInput) {
  return { input: withInputLimits(input, carries === 'file'), output };
}

/**
 * Spec choice: the largest plan file Braid opens, 200 MB — the 50 000-person plan is 139 MB
 * (README, speed), and an HRIS export is bounded the same (shared/import).
 */
export const MAX_PLAN_TEXT = 200 * 1024 * 1024;

const queries = {
  'app:info': op(Empty, AppInfo),
  'plan:get': op(Empty, PlanSnapshot),
  'plan:new': op(z.object({ name: z.string().min(1).max(200) }), PlanSnapshot),
  'plan:loadDemo': op(Empty, PlanSnapshot),
  'plan:open': op(
    z.object({ fileName: z.string().max(500), text: z.string().max(MAX_PLAN_TEXT, `is larger than ${MAX_PLAN_TEXT / 1024 / 1024} MB, more than the largest plan Braid opens`), passphrase: z.string().max(1024).optional() }),
    PlanSnapshot,
    'file',
  ),
  'plan:export': op(Empty, ExportedFile),
  'plan:undo': op(Empty, PlanSnapshot),
  'plan:redo': op(Empty, PlanSnapshot),
  'backups:list': op(Empty, z.array(BackupInfo)),
  'backups:restore': op(z.object({ id: z.string().regex(/^[\w.-]+$/) }), PlanSnapshot),
  'prefs:get': op(Empty, PreferencesReading),
  'prefs:set': op(Preferences.partial().strict(), Preferences),
  /** Saves bytes the renderer produced through the native save dialog (desktop only). */
  'file:save': op(
    z.object({ suggestedName: z.string().max(255), base64: z.string(), mime: z.string().max(200, 'is longer than 200 characters (the limit for a file type)') }),
    z.object({ path: z.string().nullable() }),
    'file',
  ),
  /** Opens a file this session saved through 'file:save' (desktop only); any other path is refused. */
  'file:open': op(z.object({ path: z.string().min(1).max(4096) }), z.object({ opened: z.boolean() })),
  /** A PDF report of the current plan: the organisation's succession plan, one role's, or one person's braid profile. */
  'report:pdf': op(ReportPdfRequest, z.object({ fileName: z.string(), base64: z.string() })),
  /** Reads an HRIS file (CSV or XLSX) and shows what importing it would do; changes nothing. */
  'import:preview': op(ImportRequest, ImportPreview, 'file'),
  /** Imports a file all-or-nothing as one undoable step ('Import people'). */
  'import:commit': op(ImportCommitRequest, PlanSnapshot, 'file'),
  'import:mappings': op(Empty, z.array(SavedMapping)),
  'import:saveMapping': op(SavedMapping, z.array(SavedMapping)),
  'import:deleteMapping': op(z.object({ name: z.string().min(1).max(100) }), z.array(SavedMapping)),
  /** The template to fill in: CSV, or XLSX with a second sheet explaining each column. */
  'import:template': op(TemplateRequest, ExportedBytes),
  /** The refused rows of a file as CSV, the reason in a last column, to fix in Excel and import again. */
  'import:refusedRows': op(RefusedRowsRequest, ExportedBytes, 'file'),
  /** One table of the plan (or, for xlsx, all of them) as a spreadsheet file. */
  'export:table': op(ExportRequest, ExportedBytes),
  /** Encryption at rest (protection-schemas.ts says what each state means). */
  'protection:status': op(Empty, protection.ProtectionStatus),
  'protection:choose': op(protection.ProtectionChoice, protection.ProtectionResult),
  'protection:unlock': op(protection.protectionInputs.unlock, protection.ProtectionStatus),
  'protection:unlockWithRecovery': op(protection.protectionInputs.unlockWithRecovery, protection.ProtectionStatus),
  'protection:changePassphrase': op(protection.protectionInputs.changePassphrase, protection.ProtectionStatus),
  /** Makes a new recovery key (the old one stops working) and returns it, once. */
  'protection:recoveryKey': op(Empty, protection.ProtectionResult),
  'protection:disable': op(protection.protectionInputs.disable, protection.ProtectionStatus),
  /** A passphrase-protected copy of the plan to send (`*.braid.protected`). */
  'plan:exportProtected': op(protection.protectionInputs.exportProtected, ExportedFile),
  /** What erasing a person would remove; changes nothing. */
  'person:erasePreview': op(z.object({ personId: z.string().min(1) }).strict(), protection.ErasurePreview),
  /** Erases a person from the plan, every backup and the audit log; cannot be undone. */
  'person:erase': op(protection.ErasureRequest, PlanSnapshot.extend({ erasure: protection.ErasureResult })),
  'audit:list': op(protection.AuditQuery, protection.AuditListing),
  'audit:exportCsv': op(protection.AuditQuery, ExportedFile),
  /** What-if scenarios (DOMAIN §8.5): named copies of the plan in the data folder; none of these writes the plan but promote. */
  'scenario:list': op(Empty, z.array(scenario.ScenarioInfo)),
  'scenario:create': op(scenario.ScenarioCreate, scenario.ScenarioSnapshot),
  'scenario:get': op(scenario.ScenarioRef, scenario.ScenarioSnapshot),
  /** Any plan edit or what-if (whatif:leave, whatif:slip, whatif:vacancy, whatif:capacity), made in the scenario only. */
  'scenario:edit': op(scenario.ScenarioEdit, EditResult),
  'scenario:undo': op(scenario.ScenarioRef, scenario.ScenarioSnapshot),
  'scenario:redo': op(scenario.ScenarioRef, scenario.ScenarioSnapshot),
  /** The scenario against the plan as it is now: metrics, flags raised / cleared / changed, roles whose cover changed. */
  'scenario:compare': op(scenario.ScenarioRef, scenario.ScenarioComparisonOut),
  /** Applies the scenario's changes to the plan as one undoable step; refused, naming the items, on a conflict. */
  'scenario:promote': op(scenario.ScenarioRef, scenario.PromoteOutcome.extend({ snapshot: PlanSnapshot })),
  'scenario:discard': op(scenario.ScenarioRef, z.array(scenario.ScenarioInfo)),
  /** Brings back a scenario discarded in this session (the undo of a discard). */
  'scenario:restore': op(scenario.ScenarioRef, z.array(scenario.ScenarioInfo)),
} as const;

type EditOps = { [K in keyof PlanEdits]: { input: PlanEdits[K]['input']; output: typeof EditResult } };

const edits = Object.fromEntries(
  Object.entries(PLAN_EDITS).map(([name, definition]) => [name, op(definition.input, EditResult)]),
) as EditOps;

export const contract = { ...queries, ...edits };

export type Contract = typeof contract;
export type OperationName = keyof Contract;
export type OperationInput<K extends OperationName> = z.input<Contract[K]['input']>;
export type OperationOutput<K extends OperationName> = z.output<Contract[K]['output']>;

export interface BraidError {
  message: string;
  /** Further lines, e.g. the first validation errors of a refused file. */
  details?: string[];
}
export type Result<T> = { ok: true; value: T } | { ok: false; error: BraidError };

/** What window.braid (preload) and the HTTP client both provide. */
export type BraidApi = {
  [K in OperationName]: (input: OperationInput<K>) => Promise<Result<OperationOutput<K>>>;
};

/** What the services implement: inputs already parsed. */
export type Handlers = {
  [K in OperationName]: (input: z.output<Contract[K]['input']>) => Promise<OperationOutput<K>>;
};
