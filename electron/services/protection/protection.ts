import { promises as fs } from 'node:fs';
import type { ProtectionChoice, ProtectionStatus } from '../../../shared/api/protection-schemas';
import { UserFacingError } from '../../../shared/api/dispatch';
import { AtRestCodec, type DataKey } from './at-rest-codec';
import { isEnvelope } from './envelope';
import { listPlanFiles } from './data-folder';
import {
  keyIdHex,
  newDataKey,
  readKeyring,
  unwrapWithKeystore,
  unwrapWithPassphrase,
  unwrapWithRecoveryKey,
  wrapWithKeystore,
  wrapWithPassphrase,
  wrapWithRecoveryKey,
  writeKeyring,
  type Keyring,
} from './keyring';
import { checkPassphrase, describeKdf, MIN_LOG_N, type KdfCost } from './passphrase-kdf';
import { newRecoveryKey, normalizeRecoveryKey } from './recovery-key';
import type { KeystorePort } from '../ports';

export type { KeystorePort };
export type KeystoreBackend = Awaited<ReturnType<KeystorePort['backend']>>;

export interface ProtectionOptions {
  dataDir: string;
  keystore?: KeystorePort;
  /** Cheaper scrypt for tests; files made with it are still refused below their own cost. */
  kdfCost?: KdfCost;
  /** Rewrites every protected file through the codec as it is now. */
  recode: () => Promise<void>;
  /** Runs a job while the store writes nothing. */
  exclusive?: <T>(job: () => Promise<T>) => Promise<T>;
}

const WRONG_PASSPHRASE = 'That passphrase is not right. Nothing was changed; try again.';
const WRONG_RECOVERY_KEY = 'That recovery key is not right. Check each group of five characters; nothing was changed.';

/**
 * Encryption at rest for one data folder: which protection is in force, the data key
 * while unlocked (only in memory — the passphrase is never stored), and the switches
 * between them. Every switch that changes how files are written goes: protection.json
 * first (with `recoding` set), then every file, then protection.json again, so a crash
 * half-way is finished at the next start and never leaves a file in clear by mistake.
 */
export class Protection {
  readonly codec = new AtRestCodec();
  private keyring: Keyring | null = null;
  private damaged: string | null = null;
  private lockedReason: string | null = null;
  private dataKey: DataKey | null = null;
  private backend: KeystoreBackend = 'unavailable';

  constructor(private readonly options: ProtectionOptions) {}

  private get minLogN(): number {
    return Math.min(this.options.kdfCost?.logN ?? MIN_LOG_N, MIN_LOG_N);
  }

  async load(): Promise<void> {
    const keystore = this.options.keystore;
    this.backend = keystore ? await keystore.backend().catch((): KeystoreBackend => 'unavailable') : 'unavailable';
    const reading = await readKeyring(this.options.dataDir);
    if (reading.kind === 'damaged') {
      this.damaged = `${reading.message} Braid will not guess how your plan is protected. Put back the protection.json from your own copy of the data folder.`;
    } else if (reading.kind === 'missing') {
      if (await this.anySealedPlanFile()) {
        this.damaged = 'protection.json is missing from the data folder, so the encrypted plan cannot be opened. Put it back from your own copy of the data folder.';
      } else if (this.backend === 'os') {
        // The desktop app with a real keystore: protection on from the start, nothing to ask.
        // No recovery key yet: nobody would see it now; the settings offer to make one.
        await this.turnOn({ mode: 'keystore' }, false).catch(() => undefined);
      }
    } else {
      this.keyring = reading.keyring;
      if (this.keyring.mode === 'keystore') await this.unlockWithKeystore();
    }
    this.applyState();
    await this.settle();
  }

  /** True when the plan can be read and written: protection is off, or it is unlocked. */
  get readable(): boolean {
    const state = this.state();
    return state === 'off' || state === 'unlocked';
  }

  status(): ProtectionStatus {
    const keyring = this.keyring;
    return {
      state: this.state(),
      mode: keyring?.mode ?? null,
      keystore: this.backend,
      recoveryKey: keyring?.recovery ? { createdAt: keyring.recovery.createdAt } : null,
      cipher: 'AES-256-GCM',
      kdf: keyring?.passphrase ? describeKdf(keyring.passphrase.kdf) : null,
      message: this.damaged ?? (this.state() === 'locked' ? this.lockedReason : null),
    };
  }

  /** First run, or turning protection on later. Returns the recovery key to print, once. */
  async choose(choice: ProtectionChoice): Promise<string | null> {
    const state = this.state();
    if (state !== 'setup' && state !== 'off') {
      throw new UserFacingError('Protection is already on. Change the passphrase or make a new recovery key in the settings instead.');
    }
    if (choice.mode === 'off') {
      if (state === 'setup') await this.saveKeyring({ format: 'braid-protection', version: 1, mode: 'off', keyId: null });
      this.applyState();
      return null;
    }
    return this.turnOn(choice);
  }

  async unlock(passphrase: string): Promise<void> {
    const keyring = this.requireState('locked');
    if (keyring.mode !== 'passphrase') throw new UserFacingError('This data folder is not protected by a passphrase. Use your recovery key.');
    try {
      this.dataKey = await unwrapWithPassphrase(keyring, passphrase, this.minLogN);
    } catch {
      throw new UserFacingError(WRONG_PASSPHRASE);
    }
    this.applyState();
    await this.settle();
  }

  /** Forgotten passphrase (or a keystore that no longer answers): the recovery key opens it and a new passphrase takes over. */
  async unlockWithRecovery(recoveryKey: string, newPassphrase: string): Promise<void> {
    const keyring = this.requireState('locked');
    const weak = checkPassphrase(newPassphrase, 'new passphrase');
    if (weak) throw new UserFacingError(weak);
    const canonical = normalizeRecoveryKey(recoveryKey);
    if (!canonical) throw new UserFacingError('A recovery key has 30 letters and digits in six groups of five, like 7K2QD-MX4PA-…');
    let dataKey: DataKey;
    try {
      dataKey = unwrapWithRecoveryKey(keyring, canonical);
    } catch {
      throw new UserFacingError(WRONG_RECOVERY_KEY);
    }
    const passphrase = await wrapWithPassphrase(dataKey, newPassphrase, this.options.kdfCost);
    await this.saveKeyring({ ...keyring, mode: 'passphrase', passphrase, keystore: undefined });
    this.dataKey = dataKey;
    this.applyState();
    await this.settle();
  }

  async changePassphrase(current: string, next: string): Promise<void> {
    const keyring = this.requireState('unlocked');
    if (keyring.mode !== 'passphrase') throw new UserFacingError('This data folder is protected by the system keychain, not a passphrase.');
    await this.verifyPassphrase(keyring, current);
    const weak = checkPassphrase(next, 'new passphrase');
    if (weak) throw new UserFacingError(weak);
    await this.saveKeyring({ ...keyring, passphrase: await wrapWithPassphrase(this.dataKey!, next, this.options.kdfCost) });
  }

  /** A new recovery key replaces the old one (which stops working); shown once. */
  async newRecoveryKey(): Promise<string> {
    const keyring = this.requireState('unlocked');
    const recoveryKey = newRecoveryKey();
    await this.saveKeyring({ ...keyring, recovery: wrapWithRecoveryKey(this.dataKey!, recoveryKey) });
    return recoveryKey;
  }

  /** Turns protection off: every file is rewritten in clear. The passphrase confirms it is really the user. */
  async disable(passphrase?: string): Promise<void> {
    const keyring = this.requireState('unlocked');
    if (keyring.mode === 'passphrase') {
      if (!passphrase) throw new UserFacingError('Type your passphrase to turn protection off.');
      await this.verifyPassphrase(keyring, passphrase);
    }
    await this.saveKeyring({ ...keyring, recoding: 'off' });
    this.applyState();
    await this.settle();
  }

  private async turnOn(choice: Exclude<ProtectionChoice, { mode: 'off' }>, withRecoveryKey = true): Promise<string | null> {
    const dataKey = newDataKey();
    const base = { format: 'braid-protection' as const, version: 1 as const, keyId: keyIdHex(dataKey), recoding: 'on' as const };
    let keyring: Keyring;
    if (choice.mode === 'keystore') {
      if (this.backend !== 'os' || !this.options.keystore) {
        throw new UserFacingError('This computer has no system keychain Braid can use. Choose a passphrase instead.');
      }
      keyring = { ...base, mode: 'keystore', keystore: await wrapWithKeystore(dataKey, this.options.keystore) };
    } else {
      const weak = checkPassphrase(choice.passphrase);
      if (weak) throw new UserFacingError(weak);
      keyring = { ...base, mode: 'passphrase', passphrase: await wrapWithPassphrase(dataKey, choice.passphrase, this.options.kdfCost) };
    }
    const recoveryKey = withRecoveryKey ? newRecoveryKey() : null;
    await this.saveKeyring(recoveryKey ? { ...keyring, recovery: wrapWithRecoveryKey(dataKey, recoveryKey) } : keyring);
    this.dataKey = dataKey;
    this.applyState();
    await this.settle();
    return recoveryKey;
  }

  /** Finishes an interrupted or just-started switch: rewrites every file, then clears the mark. */
  private async settle(): Promise<void> {
    const keyring = this.keyring;
    if (!keyring?.recoding || !this.dataKey) return;
    const exclusive = this.options.exclusive ?? ((job) => job());
    await exclusive(async () => {
      await this.options.recode();
      if (keyring.recoding === 'off') {
        await this.saveKeyring({ format: 'braid-protection', version: 1, mode: 'off', keyId: null });
        this.dataKey = null;
      } else {
        await this.saveKeyring({ ...keyring, recoding: undefined });
      }
      this.applyState();
    });
  }

  private async unlockWithKeystore(): Promise<void> {
    const keystore = this.options.keystore;
    try {
      if (!keystore || this.backend !== 'os') throw new Error('no keystore');
      this.dataKey = await unwrapWithKeystore(this.keyring!, keystore);
    } catch {
      this.lockedReason =
        'The system keychain did not give Braid its key (another user account, a reset keychain, or no keychain on this system). Unlock with your recovery key and choose a passphrase.';
    }
  }

  private async verifyPassphrase(keyring: Keyring, passphrase: string): Promise<void> {
    try {
      await unwrapWithPassphrase(keyring, passphrase, this.minLogN);
    } catch {
      throw new UserFacingError(WRONG_PASSPHRASE);
    }
  }

  private state(): ProtectionStatus['state'] {
    if (this.damaged) return 'damaged';
    if (!this.keyring) return 'setup';
    if (this.keyring.mode === 'off') return 'off';
    return this.dataKey ? 'unlocked' : 'locked';
  }

  private requireState(state: 'locked' | 'unlocked'): Keyring {
    if (this.state() !== state || !this.keyring) {
      const now = this.state();
      throw new UserFacingError(
        now === 'unlocked' ? 'Braid is already unlocked.' : now === 'off' ? 'Protection is off for this data folder.' : 'Unlock Braid first; nothing was changed.',
      );
    }
    return this.keyring;
  }

  private applyState(): void {
    const keyring = this.keyring;
    const dataKey = this.dataKey;
    if (this.damaged || !keyring) this.codec.setState({ kind: 'locked' });
    else if (keyring.mode === 'off') this.codec.setState({ kind: 'clear' });
    else if (!dataKey) this.codec.setState({ kind: 'locked' });
    else if (keyring.recoding === 'off') this.codec.setState({ kind: 'unsealing', dataKey });
    else this.codec.setState({ kind: 'sealed', dataKey, acceptClear: keyring.recoding === 'on' });
  }

  private async saveKeyring(keyring: Keyring): Promise<void> {
    const clean = Object.fromEntries(Object.entries(keyring).filter(([, v]) => v !== undefined)) as Keyring;
    await fs.mkdir(this.options.dataDir, { recursive: true, mode: 0o700 });
    await writeKeyring(this.options.dataDir, clean);
    this.keyring = clean;
  }

  private async anySealedPlanFile(): Promise<boolean> {
    for (const file of await listPlanFiles(this.options.dataDir)) {
      const handle = await fs.open(file.path, 'r').catch(() => null);
      if (!handle) continue;
      try {
        const head = Buffer.alloc(8);
        await handle.read(head, 0, 8, 0);
        if (isEnvelope(head)) return true;
      } finally {
        await handle.close();
      }
    }
    return false;
  }
}
