/**
 * Gathers a burst of changes into one write: every caller of `request()` gets a promise
 * that settles when a write that started after its request has finished, so a change
 * acknowledged to the UI is on disk. Writes never overlap.
 */
export class WriteQueue {
  private pending: Promise<void> | null = null;
  private chain: Promise<void> = Promise.resolve();

  constructor(
    private readonly write: () => Promise<void>,
    private readonly debounceMs: number,
  ) {}

  request(): Promise<void> {
    if (!this.pending) {
      this.pending = new Promise<void>((resolve, reject) => {
        setTimeout(() => {
          this.pending = null;
          const job = this.chain.then(() => this.write());
          this.chain = job.catch(() => undefined);
          job.then(resolve, reject);
        }, this.debounceMs);
      });
    }
    return this.pending;
  }

  /**
   * Runs `job` after the writes already requested and before any later one: the folder
   * is still while it runs (re-encrypting it, rewriting backups for an erasure).
   */
  async exclusive<T>(job: () => Promise<T>): Promise<T> {
    while (this.pending) await this.pending.catch(() => undefined);
    const run = this.chain.then(job);
    this.chain = run.then(
      () => undefined,
      () => undefined,
    );
    return run;
  }

  /** Settles when every requested write has finished. */
  async idle(): Promise<void> {
    while (this.pending) await this.pending.catch(() => undefined);
    await this.chain;
  }
}
