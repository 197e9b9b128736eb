import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import type { Plan } from '../../shared/domain/plan/schema';
import { validatePlan, formatPlanError } from '../../shared/domain/plan/validate';
import { PLAN_EDITS, type EditName } from '../../shared/domain/edits';
import type { EditResult, PlanSnapshot, StoreProblem } from '../../shared/api/contract';
import { UserFacingError } from '../../shared/api/dispatch';
import { Backups, listBackupEntries } from './backups';
import { removeStaleTempFiles, writeFileAtomic } from './plan-file';
import { readPlanDocument, serializePlan } from './plan-document';
import { UndoHistory, type HistoryCheckpoint } from './undo-history';
import { readStoredPlan, writeFailure } from './plan-file-faults';
import { WriteQueue } from './write-queue';
import { DataFolderWriter } from './data-folder-writer';
import { AtRestCodec } from './protection/at-rest-codec';
import { ProtectedDataError } from './protection/envelope';
import { BACKUPS_DIR_NAME, keptAsideName, PLAN_FILE_NAME } from './protection/data-folder';

export { PLAN_FILE_NAME };

/** A change that would leave an invalid plan is refused, naming what is wrong (the plan's own and every scenario's). */
export function refuseInvalidPlan(plan: Plan): void {
  const result = validatePlan(plan);
  if (!result.ok) {
    throw new UserFacingError('That change would make the plan invalid, so it was not made.', result.errors.map(formatPlanError));
  }
}

/** A change the store committed, for the audit log. */
export interface StoreChange {
  kind: 'edit' | 'replace' | 'undo' | 'redo';
  label: string;
  before: Plan | null;
  after: Plan | null;
}

export interface PlanStoreOptions {
  /** How files are written and read; clear unless protection gives its codec. */
  codec?: AtRestCodec;
  /** Told of every change once it is on disk (the audit log listens here). */
  onChange?: (change: StoreChange) => Promise<void>;
}

/** A write requested inside the writer's turn and awaited after it, so a burst of edits is one write. */
interface Requested {
  written: Promise<void>;
}

/**
 * The working plan: one document in memory, persisted atomically after each change
 * (gathered into one write per burst), with rolling backups and undo. A change that
 * would make the plan invalid is refused and nothing is written. Every byte written goes
 * through the codec, so while protection is on nothing reaches the disk in clear.
 */
export class PlanStore {
  readonly planPath: string;
  readonly backups: Backups;
  readonly codec: AtRestCodec;
  /** Every change to this data folder takes its turn here (scenarios, erasure and imports too). */
  readonly writer = new DataFolderWriter();
  private plan: Plan | null = null;
  private revision = 0;
  private problem: StoreProblem | null = null;
  private opened = false;
  private readonly history = new UndoHistory();
  private readonly writes: WriteQueue;
  private readonly onChange?: (change: StoreChange) => Promise<void>;
  private readonly stepWatchers: ((change: StoreChange) => Promise<void>)[] = [];
  /** The plan as it is on disk and the history that goes with it, to go back to when a write fails. */
  private saved: { plan: Plan | null; history: HistoryCheckpoint } = { plan: null, history: { past: [], future: [] } };

  constructor(
    readonly dataDir: string,
    debounceMs = 25,
    options: PlanStoreOptions = {},
  ) {
    this.codec = options.codec ?? AtRestCodec.clear();
    this.onChange = options.onChange;
    this.planPath = join(dataDir, PLAN_FILE_NAME);
    this.backups = new Backups(join(dataDir, BACKUPS_DIR_NAME), this.codec);
    this.writes = new WriteQueue(() => this.writeCurrent(), debounceMs);
  }

  get isOpen(): boolean {
    return this.opened;
  }

  /** Reads the stored plan. An unreadable plan is moved aside, never overwritten. */
  async open(): Promise<void> {
    await fs.mkdir(this.dataDir, { recursive: true, mode: 0o700 });
    await this.backups.ensureDir();
    await removeStaleTempFiles(this.dataDir);
    // Revisions keep counting across restarts so backup names stay in order.
    this.revision = (await listBackupEntries(this.backups.dir))[0]?.revision ?? 0;
    const stored = await readStoredPlan(this.planPath);
    if (stored.kind === 'bytes') await this.adoptStored(stored.bytes);
    if (stored.kind === 'refused') await this.keepAside(stored.message, [stored.message]);
    this.saved = { plan: this.plan, history: this.history.checkpoint() };
    this.opened = true;
  }

  private async adoptStored(stored: Buffer): Promise<void> {
    let message = 'The stored plan could not be opened. It was kept aside unchanged; you can restore the newest good backup.';
    let errors: string[];
    try {
      const reading = readPlanDocument(this.codec.openText(stored, 'plan'), PLAN_FILE_NAME);
      if (reading.ok) {
        this.plan = reading.plan;
        if (reading.fromVersion !== undefined) await this.saveMigrated();
        return;
      }
      errors = reading.errors;
    } catch (error) {
      if (!(error instanceof ProtectedDataError) || error.reason === 'locked') throw error;
      message = `The stored plan was changed or is damaged, so Braid did not use it. It was kept aside unchanged; you can restore the newest good backup.`;
      errors = [error.message];
    }
    await this.keepAside(message, errors);
  }

  /** Moves whatever is at the plan's place aside, unchanged (a file, a folder, a link), and offers the newest good backup. */
  private async keepAside(message: string, errors: string[]): Promise<void> {
    const keptAt = join(this.dataDir, keptAsideName());
    await fs.rename(this.planPath, keptAt);
    this.problem = { kind: 'invalid-plan', message, errors, keptAt, backup: await this.newestValidBackup() };
  }

  /**
   * A plan written by an older Braid is saved in the current format at once, so the file on
   * disk and the plan in memory agree; the file as it was is kept first among the backups
   * (an older Braid can still open that copy).
   */
  private async saveMigrated(): Promise<void> {
    await this.backups.keep(this.planPath, this.revision);
    this.commit(this.plan);
    await this.writeCurrent();
  }

  snapshot(): PlanSnapshot {
    return { plan: this.plan, revision: this.revision, history: this.history.describe(), problem: this.problem };
  }

  current(): Plan | null {
    return this.plan;
  }

  /** How many earlier revisions undo and redo still hold. */
  historySize(): number {
    const { undo, redo } = this.history.size();
    return undo + redo;
  }

  async edit(name: EditName, input: unknown): Promise<EditResult> {
    const definition = PLAN_EDITS[name];
    let change!: StoreChange;
    const { written, result } = await this.writer.run(async () => {
      this.refuseWhileClosed();
      if (!this.plan) throw new UserFacingError('There is no plan open yet. Load the demo or start a new plan first.');
      const before = this.plan;
      const next = (definition.apply as (plan: Plan, input: unknown) => Plan)(before, input);
      this.refuseIfInvalid(next);
      this.history.record(before, definition.label);
      this.commit(next);
      change = { kind: 'edit', label: definition.label, before, after: next };
      return { ...this.requestWrite(), result: { revision: this.revision, history: this.history.describe() } };
    });
    await this.persist(change, written);
    return result;
  }

  /** Replaces the whole plan (new, demo, open, restore, import, promote) as one undoable step. */
  async replace(plan: Plan, label: string): Promise<PlanSnapshot> {
    let change!: StoreChange;
    const { written } = await this.writer.run(async () => {
      this.refuseWhileClosed();
      this.refuseIfInvalid(plan);
      const before = this.plan;
      this.history.record(before, label);
      this.problem = null;
      this.commit(plan);
      change = { kind: 'replace', label, before, after: plan };
      return this.requestWrite();
    });
    await this.persist(change, written);
    return this.snapshot();
  }

  /** Told after each undo and redo is saved (a promoted scenario follows its promotion back and forth). */
  watchSteps(watcher: (change: StoreChange) => Promise<void>): void {
    this.stepWatchers.push(watcher);
  }

  undo(): Promise<PlanSnapshot> {
    return this.step('undo');
  }

  redo(): Promise<PlanSnapshot> {
    return this.step('redo');
  }

  /** One step back or forward through the history, saved like any change. */
  private async step(kind: 'undo' | 'redo'): Promise<PlanSnapshot> {
    // Undo and redo keep their turn until saved: the watchers (a promoted scenario following
    // its promotion) change files too.
    return this.writer.run(async () => {
      this.refuseWhileClosed();
      const before = this.plan;
      const step = this.history[kind](before);
      if (!step) throw new UserFacingError(`There is nothing to ${kind}.`);
      this.commit(step.plan);
      const change: StoreChange = { kind, label: step.label, before, after: step.plan };
      await this.persist(change, this.requestWrite().written);
      for (const watcher of this.stepWatchers) await watcher(change);
      return this.snapshot();
    });
  }

  async restoreBackup(id: string): Promise<PlanSnapshot> {
    let text: string;
    try {
      text = await this.backups.read(id);
    } catch (error) {
      if (error instanceof ProtectedDataError) throw new UserFacingError(`${id}: ${error.message} Nothing was changed.`);
      throw error;
    }
    const reading = readPlanDocument(text, id);
    if (!reading.ok) throw new UserFacingError(`${reading.message} Nothing was changed.`, reading.errors);
    return this.replace(reading.plan, 'Restore backup');
  }

  /**
   * Puts a plan in place that must not be undone back out of (an erasure): the whole undo
   * history goes, because every earlier revision still holds what was erased.
   */
  async replaceForgettingHistory(plan: Plan): Promise<PlanSnapshot> {
    const { written } = await this.writer.run(async () => {
      this.refuseWhileClosed();
      this.refuseIfInvalid(plan);
      this.history.clear();
      this.commit(plan);
      return this.requestWrite();
    });
    await written;
    return this.snapshot();
  }

  /** Runs `job` in the writer's turn and between the plan's writes, never alongside one (protection switches, erasure, scenario files). */
  exclusive<T>(job: () => Promise<T>): Promise<T> {
    return this.writer.run(() => this.writes.exclusive(job));
  }

  /** Waits for every pending write (used on quit). */
  flush(): Promise<void> {
    return this.writes.idle();
  }

  private requestWrite(): Requested {
    const written = this.writes.request();
    // Awaited by the caller once its turn is over; never an unhandled rejection meanwhile.
    written.catch(() => undefined);
    return { written };
  }

  /**
   * The audit entry is written only once the change is on disk: a crash in between can
   * lose an entry, but never leave one for a change that did not happen.
   */
  private async persist(change: StoreChange, written: Promise<void>): Promise<void> {
    await written;
    try {
      await this.onChange?.(change);
    } catch (failed) {
      const reason = failed instanceof Error ? failed.message : String(failed);
      throw new UserFacingError(`The change was saved, but its audit entry could not be written: ${reason}`);
    }
  }

  private commit(plan: Plan | null): void {
    this.plan = plan;
    this.revision += 1;
  }

  private refuseWhileClosed(): void {
    if (!this.opened) throw new UserFacingError('Braid is locked. Unlock it first; nothing was changed.');
  }

  private refuseIfInvalid(plan: Plan): void {
    refuseInvalidPlan(plan);
  }

  private async writeCurrent(): Promise<void> {
    const plan = this.plan;
    const revision = this.revision;
    const history = this.history.checkpoint();
    try {
      if (!plan) {
        // Undoing the very first change of a new data folder: no plan, so no file.
        await fs.rm(this.planPath, { force: true });
      } else {
        await writeFileAtomic(this.planPath, this.codec.sealText(serializePlan(plan, this.codec.sealing ? 'compact' : 'readable'), 'plan'));
      }
    } catch (error) {
      // The plan on disk is as it was (writes are atomic); so is the plan in memory then,
      // unless a newer change is already waiting for the next write, which will carry both.
      if (this.revision === revision) {
        this.plan = this.saved.plan;
        this.history.restore(this.saved.history);
        this.revision += 1;
      }
      throw writeFailure(error, 'The change was not saved; the plan on disk is as it was before it.');
    }
    this.saved = { plan, history };
    if (!plan) return;
    try {
      await this.backups.keep(this.planPath, revision);
    } catch (error) {
      throw writeFailure(error, 'The change was saved, but its backup could not be written.');
    }
  }

  private async newestValidBackup() {
    const list = await this.backups.list();
    for (const backup of list) {
      const text = await this.backups.read(backup.id).catch(() => null);
      if (text !== null && readPlanDocument(text, backup.id).ok) return backup;
    }
    return null;
  }
}
