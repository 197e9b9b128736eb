import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import type { Plan } from '../../shared/domain/plan/schema';
import { validatePlan, formatPlanError } from '../../shared/domain/plan/validate';
import { PLAN_EDITS, type EditName } from '../../shared/domain/edits';
import type { EditResult, PlanSnapshot, StoreProblem } from '../../shared/api/contract';
import { UserFacingError } from '../../shared/api/dispatch';
import { Backups, listBackupEntries } from './backups';
import { readTextIfExists, removeStaleTempFiles, writeFileAtomic } from './plan-file';
import { readPlanDocument, serializePlan } from './plan-document';
import { UndoHistory } from './undo-history';
import { WriteQueue } from './write-queue';

export const PLAN_FILE_NAME = 'plan.braid.json';

/**
 * The working plan: one document in memory, persisted atomically after each change
 * (gathered into one write per burst), with rolling backups and undo. A change that
 * would make the plan invalid is refused and nothing is written.
 */
export class PlanStore {
  readonly planPath: string;
  readonly backups: Backups;
  private plan: Plan | null = null;
  private revision = 0;
  private problem: StoreProblem | null = null;
  private readonly history = new UndoHistory();
  private readonly writes: WriteQueue;

  constructor(
    readonly dataDir: string,
    debounceMs = 25,
  ) {
    this.planPath = join(dataDir, PLAN_FILE_NAME);
    this.backups = new Backups(join(dataDir, 'backups'));
    this.writes = new WriteQueue(() => this.writeCurrent(), debounceMs);
  }

  /** Reads the stored plan. An unreadable plan is moved aside, never overwritten. */
  async open(): Promise<void> {
    await fs.mkdir(this.dataDir, { recursive: true, mode: 0o700 });
    await this.backups.ensureDir();
    await removeStaleTempFiles(this.dataDir, PLAN_FILE_NAME);
    // Revisions keep counting across restarts so backup names stay in order.
    this.revision = (await listBackupEntries(this.backups.dir))[0]?.revision ?? 0;
    const text = await readTextIfExists(this.planPath);
    if (text === null) return;
    const reading = readPlanDocument(text, PLAN_FILE_NAME);
    if (reading.ok) {
      this.plan = reading.plan;
      return;
    }
    const keptAt = join(this.dataDir, `plan.unreadable-${new Date().toISOString().replace(/[:.]/g, '-')}.braid.json`);
    await fs.rename(this.planPath, keptAt);
    this.problem = {
      kind: 'invalid-plan',
      message: 'The stored plan could not be opened. It was kept aside unchanged; you can restore the newest good backup.',
      errors: reading.errors,
      keptAt,
      backup: await this.newestValidBackup(),
    };
  }

  snapshot(): PlanSnapshot {
    return { plan: this.plan, revision: this.revision, history: this.history.describe(), problem: this.problem };
  }

  current(): Plan | null {
    return this.plan;
  }

  async edit(name: EditName, input: unknown): Promise<EditResult> {
    if (!this.plan) throw new UserFacingError('There is no plan open yet. Load the demo or start a new plan first.');
    const definition = PLAN_EDITS[name];
    const next = (definition.apply as (plan: Plan, input: unknown) => Plan)(this.plan, input);
    this.refuseIfInvalid(next);
    this.history.record(this.plan, definition.label);
    this.commit(next);
    await this.writes.request();
    return { revision: this.revision, history: this.history.describe() };
  }

  /** Replaces the whole plan (new, demo, open, restore, import) as one undoable step. */
  async replace(plan: Plan, label: string): Promise<PlanSnapshot> {
    this.refuseIfInvalid(plan);
    this.history.record(this.plan, label);
    this.problem = null;
    this.commit(plan);
    await this.writes.request();
    return this.snapshot();
  }

  async undo(): Promise<PlanSnapshot> {
    const step = this.history.undo(this.plan);
    if (!step) throw new UserFacingError('There is nothing to undo.');
    this.commit(step.plan);
    await this.writes.request();
    return this.snapshot();
  }

  async redo(): Promise<PlanSnapshot> {
    const step = this.history.redo(this.plan);
    if (!step) throw new UserFacingError('There is nothing to redo.');
    this.commit(step.plan);
    await this.writes.request();
    return this.snapshot();
  }

  async restoreBackup(id: string): Promise<PlanSnapshot> {
    const reading = readPlanDocument(await this.backups.read(id), id);
    if (!reading.ok) throw new UserFacingError(`${reading.message} Nothing was changed.`, reading.errors);
    return this.replace(reading.plan, 'Restore backup');
  }

  /** Waits for every pending write (used on quit). */
  flush(): Promise<void> {
    return this.writes.idle();
  }

  private commit(plan: Plan | null): void {
    this.plan = plan;
    this.revision += 1;
  }

  private refuseIfInvalid(plan: Plan): void {
    const result = validatePlan(plan);
    if (!result.ok) {
      throw new UserFacingError('That change would make the plan invalid, so it was not made.', result.errors.map(formatPlanError));
    }
  }

  private async writeCurrent(): Promise<void> {
    const plan = this.plan;
    const revision = this.revision;
    if (!plan) {
      // Undoing the very first change of a new data folder: no plan, so no file.
      await fs.rm(this.planPath, { force: true });
      return;
    }
    await writeFileAtomic(this.planPath, serializePlan(plan));
    await this.backups.keep(this.planPath, revision);
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
