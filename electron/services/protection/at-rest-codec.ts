import {
  isEnvelope,
  openEnvelope,
  ProtectedDataError,
  sealEnvelope,
  type EnvelopeKind,
} from './envelope';

export interface DataKey {
  id: Buffer;
  key: Buffer;
}

/** How the data folder is written and read right now (see Protection for the transitions). */
export type CodecState =
  | { kind: 'clear' }
  | { kind: 'locked' }
  /** `acceptClear` while a switch to protection is rewriting the folder. */
  | { kind: 'sealed'; dataKey: DataKey; acceptClear: boolean }
  /** Protection is being turned off: writes are clear, sealed files still open. */
  | { kind: 'unsealing'; dataKey: DataKey };

/** A Buffer view of the same bytes: a plan is tens of megabytes, a copy is not free. */
const asBuffer = (bytes: Uint8Array): Buffer => (Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));

export const LOCKED_MESSAGE = 'Braid is locked. Unlock it with your passphrase first; nothing was changed.';

/**
 * THE one place bytes of the plan, its backups, the files kept aside and the audit log
 * pass on their way to and from the data folder. While protection is on, `seal` can only
 * produce an encrypted envelope, and while it is locked `seal` refuses: there is no path
 * that writes those files in clear unless the user turned protection off.
 */
export class AtRestCodec {
  private state: CodecState = { kind: 'locked' };

  /** A codec for a folder where protection is off (tests, tools that never see protected data). */
  static clear(): AtRestCodec {
    const codec = new AtRestCodec();
    codec.setState({ kind: 'clear' });
    return codec;
  }

  setState(state: CodecState): void {
    this.state = state;
  }

  get kind(): CodecState['kind'] {
    return this.state.kind;
  }

  /** True when what is written now is encrypted. */
  get sealing(): boolean {
    return this.state.kind === 'sealed';
  }

  seal(plain: Uint8Array, kind: EnvelopeKind): Buffer {
    const state = this.state;
    switch (state.kind) {
      case 'clear':
      case 'unsealing':
        return asBuffer(plain);
      case 'locked':
        throw new ProtectedDataError('locked', LOCKED_MESSAGE);
      case 'sealed':
        return sealEnvelope(state.dataKey.key, plain, { kind, keyId: state.dataKey.id });
    }
  }

  /** Opens stored bytes; throws ProtectedDataError (never anything else) when they cannot be trusted. */
  open(stored: Uint8Array, kind: EnvelopeKind): Buffer {
    const state = this.state;
    if (state.kind === 'locked') throw new ProtectedDataError('locked', LOCKED_MESSAGE);
    if (isEnvelope(stored)) {
      if (state.kind === 'clear') {
        throw new ProtectedDataError('other-key', 'This file is encrypted, but protection is off for this data folder.');
      }
      return openEnvelope(state.dataKey.key, stored, { kind, keyId: state.dataKey.id });
    }
    if (state.kind === 'sealed' && !state.acceptClear) {
      // A clear file where an encrypted one belongs was put there by someone else.
      throw new ProtectedDataError('not-sealed', 'This file was changed or is damaged: it should be encrypted but is not.');
    }
    return asBuffer(stored);
  }

  sealText(text: string, kind: EnvelopeKind): Buffer {
    return this.seal(Buffer.from(text, 'utf8'), kind);
  }

  openText(stored: Uint8Array, kind: EnvelopeKind): string {
    return this.open(stored, kind).toString('utf8');
  }
}
