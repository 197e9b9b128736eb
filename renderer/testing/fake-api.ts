import { contract, type OperationInput, type OperationName, type OperationOutput } from '../../shared/api/contract';
import { BraidCallError } from '../platform/call-error';

type Reply<K extends OperationName> = OperationOutput<K> | ((input: OperationInput<K>) => OperationOutput<K> | Promise<OperationOutput<K>>);
type Stored = { reply: Reply<OperationName> } | { refusal: { message: string; details: string[] } };

export interface RecordedCall {
  name: OperationName;
  input: unknown;
}

/**
 * The one fake of the services for renderer tests, typed by the contract: a test says what an
 * operation answers (or that it refuses), and every call is checked as the real services check
 * it — the input against the operation's input schema, the answer against its output schema —
 * so a fake can neither accept what the services would refuse nor answer what they never could.
 *
 *   vi.mock('../../platform', async () => (await import('../../testing/fake-api')).fakePlatform);
 *   fakeApi.respond('audit:list', { entries, damaged: 0 });
 */
class FakeApi {
  readonly calls: RecordedCall[] = [];
  private replies = new Map<OperationName, Stored>();

  /** What `name` answers from now on: a value, or a function of the input. */
  respond<K extends OperationName>(name: K, reply: Reply<K>): this {
    this.replies.set(name, { reply: reply as Reply<OperationName> });
    return this;
  }

  /** `name` is refused from now on, as the services refuse: a BraidCallError with its details. */
  refuse(name: OperationName, message: string, details: string[] = []): this {
    this.replies.set(name, { refusal: { message, details } });
    return this;
  }

  /** The inputs `name` was called with, in order. */
  inputsOf<K extends OperationName>(name: K): OperationInput<K>[] {
    return this.calls.filter((c) => c.name === name).map((c) => c.input as OperationInput<K>);
  }

  /** Forgets the replies and the calls (call it in beforeEach). */
  reset(): void {
    this.calls.length = 0;
    this.replies.clear();
  }

  readonly call = async <K extends OperationName>(name: K, input: OperationInput<K>): Promise<OperationOutput<K>> => {
    this.calls.push({ name, input });
    const definition = contract[name];
    const checkedInput = definition.input.safeParse(input);
    if (!checkedInput.success) throw new Error(`the renderer called ${name} with an input the services refuse: ${checkedInput.error.message}`);
    if (!this.replies.has(name)) throw new Error(`unexpected call ${name}: the test gave it no reply`);
    const stored = this.replies.get(name)!;
    if ('refusal' in stored) throw new BraidCallError(stored.refusal.message, stored.refusal.details);
    const { reply } = stored;
    const value = typeof reply === 'function' ? await (reply as (input: unknown) => unknown)(input) : reply;
    const checkedOutput = definition.output.safeParse(value);
    if (!checkedOutput.success) throw new Error(`the fake answer of ${name} is not what the services answer: ${checkedOutput.error.message}`);
    return checkedOutput.data as OperationOutput<K>;
  };
}

export const fakeApi = new FakeApi();

/** The module renderer/platform as the tests see it. */
export const fakePlatform = {
  call: fakeApi.call,
  transport: 'web' as 'web' | 'electron',
  BraidCallError,
};
