/**
 * Plan files carry a format version; an older file is brought up to date step by step
 * (version N → N+1) before it is validated, so validation only ever knows the current shape.
 * A file from a newer Braid is refused rather than guessed at: reading it and saving it back
 * would silently drop what this version does not understand.
 */

export const PLAN_FORMAT = 'braid-plan';
export const CURRENT_VERSION = 1;

export type PlanDocument = Record<string, unknown>;
/** Turns a document of version N into one of version N+1. Must not mutate its input. */
export type PlanMigration = (doc: PlanDocument) => PlanDocument;
export type MigrationRegistry = Readonly<Record<number, PlanMigration>>;

/** Keyed by the version a migration starts from. Empty while version 1 is the only one. */
export const MIGRATIONS: MigrationRegistry = {};

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
