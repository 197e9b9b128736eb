/**
 * Plan files carry a format version; an older file is brought up to date step by step
 * (version N → N+1) before it is validated, so validation only ever knows the current shape.
 * A file from a newer Braid is refused rather than guessed at: reading it and saving it back
 * would silently drop what this version does not understand.
 */

export const PLAN_FORMAT = 'braid-plan';
export const CURRENT_VERSION = 3;

export type PlanDocument = Record<string, unknown>;
/** Turns a document of version N into one of version N+1. Must not mutate its input. */
export type PlanMigration = (doc: PlanDocument) => PlanDocument;
export type MigrationRegistry = Readonly<Record<number, PlanMigration>>;

/** Keyed by the version a migration starts from. */
export const MIGRATIONS: MigrationRegistry = { 1: migrateV1toV2, 2: migrateV2toV3 };

/** Its message reads after the version value, as a PlanError at path `version` does. */
export class PlanVersionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PlanVersionError';
  }
}

export function newerVersionMessage(version: number, currentVersion = CURRENT_VERSION): string {
  return `${version} is a newer plan format than this version of Braid reads (up to version ${currentVersion}): the file was saved by a newer Braid; update Braid to open it.`;
}

const isDocument = (value: unknown): value is PlanDocument => typeof value === 'object' && value !== null && !Array.isArray(value);

export interface MigrationOptions {
  migrations?: MigrationRegistry;
  currentVersion?: number;
}

/**
 * Returns the document at the current version. Anything that is not recognisably a Braid
 * plan of an older version is returned untouched for validation to explain; a newer
 * version, or a gap in the chain of migrations, throws a PlanVersionError.
 */
export function migratePlan(raw: unknown, options: MigrationOptions = {}): unknown {
  const migrations = options.migrations ?? MIGRATIONS;
  const currentVersion = options.currentVersion ?? CURRENT_VERSION;
  if (!isDocument(raw) || raw.format !== PLAN_FORMAT) return raw;
  const version = raw.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return raw;
  if (version > currentVersion) throw new PlanVersionError(newerVersionMessage(version, currentVersion));

  let doc: PlanDocument = raw;
  for (let from = version; from < currentVersion; from++) {
    const step = migrations[from];
    if (!step) throw new PlanVersionError(`${from} cannot be brought up to version ${currentVersion}: there is no migration from version ${from} to ${from + 1}`);
    // The runner stamps the version so no migration can forget to.
    doc = { ...step(doc), version: from + 1 };
  }
  return doc;
}

const documents = (value: unknown): PlanDocument[] | null => (Array.isArray(value) ? value : null);
const withDefault = (doc: PlanDocument, key: string, value: unknown): PlanDocument => (key in doc ? doc : { ...doc, [key]: value });

/**
 * Version 1 → 2 (DOMAIN.md §4, §8). Version 2 names what a version-1 file could only carry
 * as extra fields (`person.archived`, `role.retired`) and adds the currency, the backfill of a
 * rotation, when a slate was last reviewed and the talent-review sessions. The step writes
 * each new field's default explicitly, so a saved version-2 file says what it means.
 * Spec choice: an `archived`/`retired` extra that is not a boolean in a version-1 file (a
 * hand edit such as "yes") is read as true when it is the text "true" or "yes", and as false
 * otherwise, rather than refusing the file over a field version 1 never defined.
 * Anything that is not shaped like a plan is passed through for validation to explain.
 */
export function migrateV1toV2(doc: PlanDocument): PlanDocument {
  const next: PlanDocument = { ...doc };
  if (isDocument(doc.organization)) next.organization = withDefault(doc.organization, 'currency', null);
  const people = documents(doc.people);
  if (people) next.people = people.map((person) => (isDocument(person) && 'archived' in person ? { ...person, archived: asFlag(person.archived) } : person));
  const rotations = documents(doc.rotations);
  if (rotations) next.rotations = rotations.map((rotation) => (isDocument(rotation) ? withDefault(rotation, 'backfillId', null) : rotation));
  const roles = documents(doc.roles);
  if (roles) {
    next.roles = roles.map((role) => {
      if (!isDocument(role)) return role;
      const stamped = withDefault(role, 'reviewedOn', null);
      return 'retired' in role ? { ...stamped, retired: asFlag(role.retired) } : stamped;
    });
  }
  if (!('reviews' in doc)) next.reviews = [];
  return next;
}

/**
 * Version 2 → 3 (DOMAIN.md §9.1): development actions besides rotations. A version-2 plan has
 * none, so the step writes `actions: []`; an `actions` a version-2 file carried as an extra is
 * kept for validation to judge rather than thrown away. The policy's evidenceGraceMonths is
 * left to its default (a saved policy names only what the user set).
 */
export function migrateV2toV3(doc: PlanDocument): PlanDocument {
  return withDefault(doc, 'actions', []);
}

function asFlag(value: unknown): unknown {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string') return ['true', 'yes'].includes(value.trim().toLowerCase());
  return value === 1;
}
