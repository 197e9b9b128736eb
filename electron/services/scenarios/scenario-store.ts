import { promises as fs } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { EditResult } from '../../../shared/api/contract';
import { UserFacingError } from '../../../shared/api/dispatch';
import type { ScenarioInfo, ScenarioSnapshot } from '../../../shared/api/scenario-schemas';
import { analyzePlan } from '../../../shared/domain/analysis';
import { PLAN_EDITS } from '../../../shared/domain/edits';
import type { Plan } from '../../../shared/domain/plan/schema';
import { compareScenario, promoteScenario, WHAT_IFS, type ScenarioComparison } from '../../../shared/domain/scenarios';
import { readPlanDocument, serializePlan } from '../plan-document';
import { readBytesIfExists, removeStaleTempFiles, writeFileAtomic } from '../plan-file';
import { refuseInvalidPlan, type PlanStore, type StoreChange } from '../plan-store';
import { writeFailure } from '../plan-file-faults';
import { ProtectedDataError } from '../protection/envelope';
import { UndoHistory } from '../undo-history';
import { baseFileName, readScenarioDocument, SCENARIO_FILE, scenarioDocument, scenarioFileName, SCENARIOS_DIR_NAME } from './scenario-file';

interface OpenScenario {
  info: ScenarioInfo;
  plan: Plan;
  revision: number;
  history: UndoHistory;
}

type Definition = { apply: (plan: Plan, input: unknown) => Plan; input: { parse(input: unknown): unknown }; label: string };
const EDITS: Record<string, Definition> = { ...PLAN_EDITS, ...WHAT_IFS } as unknown as Record<string, Definition>;

/**
 * The scenarios of a data folder (DOMAIN §8.5): named copies of the working plan in
 * `scenarios/`, each written atomically through the same codec as the plan (encrypted
 * while protection is on), each with its own undo history. Nothing here writes the plan
 * except `promote`, which goes through the plan store as one undoable, audited step.
 * Every call takes its turn in the data folder's writer: a scenario is loaded, changed and
 * written in one turn, and a promote reads the plan and the scenario's base in the turn
 * that replaces the plan.
 */
export class ScenarioStore {
  readonly dir: string;
  private readonly opened = new Map<string, OpenScenario>();
  /** Discarded scenarios' files as they were on disk, so that a discard can be undone this session. */
  private readonly discarded = new Map<string, [string, Buffer][]>();
  private swept = false;

  /** Each promotion's resulting plan, so that undoing it (and redoing it) is seen for what it is. */
  private readonly promotions = new WeakMap<Plan, { id: string; promotedAt: string }>();

  constructor(private readonly plans: PlanStore) {
    this.dir = join(plans.dataDir, SCENARIOS_DIR_NAME);
    plans.watchSteps((change) => this.followPromotion(change));
  }

  /** A promotion undone leaves the scenario unpromoted; redone, promoted again as it was. */
  private async followPromotion(change: StoreChange): Promise<void> {
    const promotion = change.kind === 'undo' ? change.before && this.promotions.get(change.before) : change.after && this.promotions.get(change.after);
    if (!promotion) return;
    const scenario = await this.load(promotion.id).catch(() => null);
    if (!scenario) return;
    scenario.info = { ...scenario.info, promotedAt: change.kind === 'undo' ? null : promotion.promotedAt };
    await this.save(scenario);
  }

  list(): Promise<ScenarioInfo[]> {
    return this.plans.writer.run(() => this.listNow());
  }

  private async listNow(): Promise<ScenarioInfo[]> {
    await this.sweepTempFiles();
    const names = await fs.readdir(this.dir).catch(() => [] as string[]);
    const infos: ScenarioInfo[] = [];
    for (const name of names) {
      const id = SCENARIO_FILE.exec(name)?.[1];
      if (!id) continue;
      const scenario = await this.load(id).catch((error: unknown) => {
        // One unreadable scenario must not hide the others; it is left on disk untouched.
        if (error instanceof UserFacingError || error instanceof ProtectedDataError) return null;
        throw error;
      });
      if (scenario) infos.push(scenario.info);
    }
    return infos.sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
  }

  create(name: string, note: string): Promise<ScenarioSnapshot> {
    return this.plans.writer.run(() => this.createNow(name, note));
  }

  private async createNow(name: string, note: string): Promise<ScenarioSnapshot> {
    const plan = this.plans.current();
    if (!plan) throw new UserFacingError('There is no plan to make a scenario from yet.');
    const info: ScenarioInfo = {
      id: `sc-${Date.now().toString(36)}${randomBytes(3).toString('hex')}`,
      name: name.trim(),
      note,
      createdAt: new Date().toISOString(),
      baseRevision: this.plans.snapshot().revision,
      promotedAt: null,
    };
    await fs.mkdir(this.dir, { recursive: true, mode: 0o700 });
    await removeStaleTempFiles(this.dir, scenarioFileName(info.id));
    await this.write(baseFileName(info.id), serializePlan(plan, this.layout()));
    const scenario: OpenScenario = { info, plan, revision: 0, history: new UndoHistory() };
    await this.save(scenario);
    this.opened.set(info.id, scenario);
    return this.snapshotOf(scenario);
  }

  get(id: string): Promise<ScenarioSnapshot> {
    return this.plans.writer.run(() => this.getNow(id));
  }

  private async getNow(id: string): Promise<ScenarioSnapshot> {
    return this.snapshotOf(await this.load(id));
  }

  edit(id: string, name: string, input: unknown): Promise<EditResult> {
    return this.plans.writer.run(() => this.editNow(id, name, input));
  }

  private async editNow(id: string, name: string, input: unknown): Promise<EditResult> {
    const scenario = await this.load(id);
    const definition = EDITS[name];
    if (!definition) throw new UserFacingError(`Unknown change "${name}".`);
    let parsed: unknown;
    try {
      parsed = definition.input.parse(input);
    } catch (error) {
      const issues = (error as { issues?: { path: PropertyKey[]; message: string }[] }).issues ?? [];
      throw new UserFacingError(`The change "${name}" was not valid, so it was not made.`, issues.map((i) => `${i.path.map(String).join('.') || '(input)'}: ${i.message}`));
    }
    const next = definition.apply(scenario.plan, parsed);
    refuseInvalidPlan(next);
    const before = scenario.plan;
    await this.commit(scenario, next);
    scenario.history.record(before, definition.label);
    return { revision: scenario.revision, history: scenario.history.describe() };
  }

  async undo(id: string): Promise<ScenarioSnapshot> {
    return this.step(id, 'undo');
  }

  async redo(id: string): Promise<ScenarioSnapshot> {
    return this.step(id, 'redo');
  }

  compare(id: string): Promise<ScenarioComparison> {
    return this.plans.writer.run(() => this.compareNow(id));
  }

  private async compareNow(id: string): Promise<ScenarioComparison> {
    const scenario = await this.load(id);
    const plan = this.currentPlan();
    return compareScenario(plan, analyzePlan(plan), scenario.plan, analyzePlan(scenario.plan));
  }

  /** What the comparison PDF prints: the scenario's name, note and plan with its comparison. */
  reportInput(id: string): Promise<{ name: string; note: string; plan: Plan; comparison: ScenarioComparison }> {
    return this.plans.writer.run(async () => {
      const scenario = await this.load(id);
      return { name: scenario.info.name, note: scenario.info.note, plan: scenario.plan, comparison: await this.compareNow(id) };
    });
  }

  /**
   * Applies what the scenario changed since it was made to the plan as it is now, as one
   * undoable, audited step; refused, naming the items, where the plan changed them otherwise.
   */
  promote(id: string): Promise<{ changedItems: number }> {
    return this.plans.writer.run(() => this.promoteNow(id));
  }

  private async promoteNow(id: string): Promise<{ changedItems: number }> {
    const scenario = await this.load(id);
    const current = this.currentPlan();
    const base = await this.readBase(id);
    const result = promoteScenario(base, scenario.plan, current);
    if (!result.ok) {
      throw new UserFacingError(
        `“${scenario.info.name}” was not promoted: since it was made, the plan changed ${result.conflicts.length === 1 ? 'an item' : `${result.conflicts.length} items`} the scenario changes too. Change them in one place, then promote again. Nothing was changed.`,
        result.conflicts.map((c) => c.label),
      );
    }
    if (result.changedItems === 0) throw new UserFacingError(`“${scenario.info.name}” has nothing the plan does not have already. Nothing was changed.`);
    refuseInvalidPlan(result.plan);
    await this.plans.replace(result.plan, `Promote scenario “${scenario.info.name}”`);
    scenario.info = { ...scenario.info, promotedAt: new Date().toISOString() };
    this.promotions.set(result.plan, { id, promotedAt: scenario.info.promotedAt! });
    await this.save(scenario);
    return { changedItems: result.changedItems };
  }

  /** Removes the scenario's files; `restore` brings them back during this session. */
  discard(id: string): Promise<ScenarioInfo[]> {
    return this.plans.writer.run(() => this.discardNow(id));
  }

  private async discardNow(id: string): Promise<ScenarioInfo[]> {
    await this.load(id);
    const files: [string, Buffer][] = [];
    for (const name of [scenarioFileName(id), baseFileName(id)]) {
      const bytes = await readBytesIfExists(join(this.dir, name));
      if (bytes) files.push([name, bytes]);
    }
    await this.plans.exclusive(async () => {
      for (const [name] of files) await fs.rm(join(this.dir, name), { force: true });
    });
    this.discarded.set(id, files);
    this.opened.delete(id);
    return this.list();
  }

  restore(id: string): Promise<ScenarioInfo[]> {
    return this.plans.writer.run(() => this.restoreNow(id));
  }

  private async restoreNow(id: string): Promise<ScenarioInfo[]> {
    const files = this.discarded.get(id);
    if (!files) throw new UserFacingError('That scenario cannot be brought back any more.');
    await fs.mkdir(this.dir, { recursive: true, mode: 0o700 });
    await this.plans.exclusive(async () => {
      for (const [name, bytes] of files) await writeFileAtomic(join(this.dir, name), bytes);
    });
    this.discarded.delete(id);
    return this.list();
  }

  /**
   * Forgets every scenario held in memory, with their undo histories and discarded copies:
   * after an erasure they still hold the erased person, and the files on disk are the truth.
   */
  forgetHeld(): void {
    this.opened.clear();
    this.discarded.clear();
  }

  private step(id: string, way: 'undo' | 'redo'): Promise<ScenarioSnapshot> {
    return this.plans.writer.run(() => this.stepNow(id, way));
  }

  private async stepNow(id: string, way: 'undo' | 'redo'): Promise<ScenarioSnapshot> {
    const scenario = await this.load(id);
    const step = way === 'undo' ? scenario.history.undo(scenario.plan) : scenario.history.redo(scenario.plan);
    if (!step || !step.plan) throw new UserFacingError(`There is nothing to ${way} in this scenario.`);
    await this.commit(scenario, step.plan);
    return this.snapshotOf(scenario);
  }

  /** The scenario as changed, once it is on disk: a write refused (a full disk) leaves it as it was, in memory too. */
  private async commit(scenario: OpenScenario, plan: Plan): Promise<void> {
    const { plan: before, revision } = scenario;
    scenario.plan = plan;
    scenario.revision += 1;
    try {
      await this.save(scenario);
    } catch (error) {
      scenario.plan = before;
      scenario.revision = revision;
      throw writeFailure(error, 'The scenario was not changed; it is as it was before.');
    }
  }

  private currentPlan(): Plan {
    const plan = this.plans.current();
    if (!plan) throw new UserFacingError('There is no plan open to compare with.');
    return plan;
  }

  private snapshotOf(scenario: OpenScenario): ScenarioSnapshot {
    return { scenario: scenario.info, plan: scenario.plan, revision: scenario.revision, history: scenario.history.describe() };
  }

  private layout(): 'readable' | 'compact' {
    return this.plans.codec.sealing ? 'compact' : 'readable';
  }

  private async save(scenario: OpenScenario): Promise<void> {
    await this.write(scenarioFileName(scenario.info.id), scenarioDocument(scenario.plan, scenario.info, this.layout()));
  }

  private async write(name: string, text: string): Promise<void> {
    // Between the plan's writes, never alongside a protection switch re-encrypting the folder.
    await this.plans.exclusive(() => writeFileAtomic(join(this.dir, name), this.plans.codec.sealText(text, 'plan')));
  }

  private async readText(name: string): Promise<string> {
    const bytes = await readBytesIfExists(join(this.dir, name));
    if (!bytes) throw new UserFacingError('That scenario is not in the data folder any more (it may have been discarded).');
    try {
      return this.plans.codec.openText(bytes, 'plan');
    } catch (error) {
      if (error instanceof ProtectedDataError && error.reason !== 'locked') throw new UserFacingError(`${name}: ${error.message}`);
      throw error;
    }
  }

  private async load(id: string): Promise<OpenScenario> {
    await this.sweepTempFiles();
    const held = this.opened.get(id);
    if (held) return held;
    const name = scenarioFileName(id);
    const reading = readScenarioDocument(await this.readText(name), name);
    if (!reading.ok) throw new UserFacingError(reading.message, reading.errors);
    const scenario: OpenScenario = { info: reading.info, plan: reading.plan, revision: 0, history: new UndoHistory() };
    this.opened.set(id, scenario);
    return scenario;
  }

  /**
   * Temporary files of writes a crash cut short: only one Braid has the folder open (the lock),
   * so at its first scenario call any temporary file in scenarios/ is a leftover.
   */
  private async sweepTempFiles(): Promise<void> {
    if (this.swept) return;
    this.swept = true;
    await removeStaleTempFiles(this.dir);
  }

  private async readBase(id: string): Promise<Plan> {
    const name = baseFileName(id);
    const reading = readPlanDocument(await this.readText(name), name);
    if (!reading.ok) throw new UserFacingError(`${reading.message} The scenario cannot be promoted.`, reading.errors);
    return reading.plan;
  }
}
