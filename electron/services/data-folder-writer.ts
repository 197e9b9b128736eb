import { AsyncLocalStorage } from 'node:async_hooks';
import { Mutex } from 'async-mutex';

/**
 * The one writer of a data folder: every change — a plan edit, a scenario edit, an erasure,
 * a promote, a restore, an import, a sign-off, a protection switch — takes its turn here,
 * one at a time, and reads what it changes inside that turn, so no change is ever made over
 * a copy another change has already replaced. A change that is part of another (a promote
 * replacing the plan, an erasure forgetting the scenarios held in memory) runs inside the
 * outer change's turn rather than waiting behind it. A team-sync adapter applies remote
 * changes through here too.
 */
export class DataFolderWriter {
  private readonly mutex = new Mutex();
  private readonly turn = new AsyncLocalStorage<DataFolderWriter>();

  /** Runs `change` alone: after every change already waiting, before any that comes later. */
  run<T>(change: () => Promise<T>): Promise<T> {
    if (this.turn.getStore() === this) return change();
    return this.mutex.runExclusive(() => this.turn.run(this, change));
  }

  /** True while a change holds the folder (tests and the soak watch it). */
  get busy(): boolean {
    return this.mutex.isLocked();
  }
}
