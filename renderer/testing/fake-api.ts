import { contract, type BraidError, type Handlers, type OperationInput, type OperationName, type OperationOutput } from '../../shared/api/contract';
import { BraidCallError } from '../platform/call-error';

/**
 * What an operation answers: a value, or a function of the input (which may throw a `refusal`). The
 * function gets the input as the services' handler does, parsed by the contract (defaults filled in).
 */
export type Reply<K extends OperationName> = OperationOutput<K> | ((input: Parameters<Handlers[K]>[0]) => OperationOutput<K> | Promise<OperationOutput<K>>);
type Stored = { reply: Reply<OperationName> } | { refusal: BraidError };

export interface RecordedCall {
  name: OperationName;
  input: unknown;
}

/** A file the renderer saved (desktop: through the save dialog, web: as a download). */
export interface SavedFile {
  fileName: string;
  bytes: Uint8Array;
  mime: string;
  /** The bytes read as UTF-8. */
  text: string;
}

/** Calls of one operation kept waiting until the test answers them: for "busy meanwhile" behaviour. */
export interface Held<K extends OperationName> {
  /** How many calls are waiting. */
  readonly waiting: number;
  /** Answers every waiting call (and any later one, the hold is over): with `value`, else with the operation's reply. */
  resolve(value?: OperationOutput<K>): Promise<void>;
  /** Refuses every waiting call (and any later one) as the services refuse. */
  refuse(message: string, details?: string[]): Promise<void>;
}

/** A refusal as the services send it, for a reply function to throw (e.g. a wrong passphrase). */
export const refusal = (message: string, details: string[] = []) => new BraidCallError(message, details);

/**
 * The one fake of the services for renderer tests, typed by the contract: a test says what an
 * operation answers (or that it refuses), and every call is checked as the real services check
 * it — the input against the operation's input schema, the answer against its output schema —
 * so a fake can neither accept what the services would refuse nor answer what they never could.
 * renderer/testing/fake-platform.setup.ts puts it in place of renderer/platform for every test
 * and resets it after each; a test only says what the services answer:
 *
 *   fakeApi.respond('audit:list', { entries, damaged: 0 });
 *   … expect(fakeApi.inputsOf('audit:list')).toEqual([{ personId: 'ana' }]);
 */
class FakeApi {
  readonly calls: RecordedCall[] = [];
  /** Every file saved through renderer/platform/files, in order. */
  readonly saved: SavedFile[] = [];
  /** Which transport the renderer believes it runs on: the desktop app's bridge or the web shell. */
  transport: 'web' | 'electron' = 'web';
  /** What went wrong in a call whatever the renderer did with the error; `verify` fails the test on it. */
  private problems: string[] = [];
  private replies = new Map<OperationName, Stored>();
  private once = new Map<OperationName, Stored[]>();
  private holds = new Map<OperationName, { gate: Promise<void>; open: () => void; waiting: number; answer?: Stored }>();

  /** What `name` answers from now on: a value, or a function of the input. */
  respond<K extends OperationName>(name: K, reply: Reply<K>): this {
    this.replies.set(name, { reply: reply as Reply<OperationName> });
    return this;
  }

  /** What the next call of `name` answers, before its `respond` reply (queued in order). */
  respondOnce<K extends OperationName>(name: K, reply: Reply<K>): this {
    return this.queue(name, { reply: reply as Reply<OperationName> });
  }

  /** `name` is refused from now on, as the services refuse: a BraidCallError with its details. */
  refuse(name: OperationName, message: string, details: string[] = []): this {
    this.replies.set(name, { refusal: { message, details } });
    return this;
  }

  /** The next call of `name` is refused (queued in order with respondOnce). */
  refuseOnce(name: OperationName, message: string, details: string[] = []): this {
    return this.queue(name, { refusal: { message, details } });
  }

  /** Keeps every call of `name` waiting until the test resolves or refuses them. */
  hold<K extends OperationName>(name: K): Held<K> {
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    const hold: { gate: Promise<void>; open: () => void; waiting: number; answer?: Stored } = { gate, open, waiting: 0 };
    this.holds.set(name, hold);
    const settle = async (answer?: Stored) => {
      hold.answer = answer;
      if (this.holds.get(name) === hold) this.holds.delete(name);
      hold.open();
      // Lets the waiting calls and what the renderer does with their answers run.
      for (let i = 0; i < 10; i++) await Promise.resolve();
    };
    return {
      get waiting() {
        return hold.waiting;
      },
      resolve: (value) => settle(value === undefined ? undefined : { reply: value as OperationOutput<OperationName> }),
      refuse: (message, details = []) => settle({ refusal: { message, details } }),
    };
  }

  /** The inputs `name` was called with, in order. */
  inputsOf<K extends OperationName>(name: K): OperationInput<K>[] {
    return this.calls.filter((c) => c.name === name).map((c) => c.input as OperationInput<K>);
  }

  /** The names of the operations called, in order. */
  names(): OperationName[] {
    return this.calls.map((c) => c.name);
  }

  /**
   * Throws when a call broke the contract (an input the services refuse, an answer they could never
   * give) or had no reply, even when the renderer caught the error and showed it as a notice.
   * fake-platform.setup.ts calls it after every test.
   */
  verify(): void {
    const problems = this.problems.splice(0);
    if (problems.length) throw new Error(`the fake services saw ${problems.length === 1 ? 'a problem' : `${problems.length} problems`}:\n${problems.join('\n')}`);
  }

  /** Forgets the replies, the holds, the calls and the saved files, and goes back to the web shell. */
  reset(): void {
    this.calls.length = 0;
    this.problems.length = 0;
    this.saved.length = 0;
    this.replies.clear();
    this.once.clear();
    for (const hold of this.holds.values()) hold.open();
    this.holds.clear();
    this.transport = 'web';
  }

  readonly call = async <K extends OperationName>(name: K, input: OperationInput<K>): Promise<OperationOutput<K>> => {
    this.calls.push({ name, input });
    const definition = contract[name];
    const checkedInput = definition.input.safeParse(input);
    if (!checkedInput.success) throw this.problem(`the renderer called ${name} with an input the services refuse: ${checkedInput.error.message}`);
    const hold = this.holds.get(name);
    let stored: Stored | undefined;
    if (hold) {
      hold.waiting += 1;
      await hold.gate;
      hold.waiting -= 1;
      stored = hold.answer;
    }
    stored ??= this.once.get(name)?.shift() ?? this.replies.get(name);
    if (!stored) throw this.problem(`unexpected call ${name}: the test gave it no reply`);
    if ('refusal' in stored) throw refusal(stored.refusal.message, stored.refusal.details);
    const { reply } = stored;
    const value = typeof reply === 'function' ? await (reply as (input: unknown) => unknown)(checkedInput.data) : reply;
    const checkedOutput = definition.output.safeParse(value);
    if (!checkedOutput.success) throw this.problem(`the fake answer of ${name} is not what the services answer: ${checkedOutput.error.message}`);
    return checkedOutput.data as OperationOutput<K>;
  };

  private problem(message: string): Error {
    this.problems.push(message);
    return new Error(message);
  }

  private queue(name: OperationName, stored: Stored): this {
    const list = this.once.get(name) ?? [];
    list.push(stored);
    this.once.set(name, list);
    return this;
  }
}

export const fakeApi = new FakeApi();
// How fake-platform.setup.ts finds the fake after each test without loading it into tests that never use it.
(globalThis as { __braidFakeApi?: FakeApi }).__braidFakeApi = fakeApi;
