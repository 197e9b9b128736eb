import { createDecipheriv } from 'node:crypto';
import { HEADER_BYTES, MAGIC, TAG_BYTES } from '../../electron/services/protection/envelope';
import { filesUnder } from './folder-scan';

/**
 * What an attacker with the data key reads from an envelope whose tag no longer verifies:
 * AES-GCM is AES-CTR under the hood (counter 2 onwards for a 96-bit nonce), so skipping the
 * tag check decrypts every byte. Braid must leave nothing there to read.
 */
export function decryptIgnoringTag(key: Uint8Array, bytes: Buffer): Buffer {
  const nonce = bytes.subarray(18, HEADER_BYTES);
  const counter = Buffer.concat([nonce, Buffer.from([0, 0, 0, 2])]);
  const decipher = createDecipheriv('aes-256-ctr', key, counter);
  return Buffer.concat([decipher.update(bytes.subarray(HEADER_BYTES, bytes.length - TAG_BYTES)), decipher.final()]);
}

const isEnvelope = (bytes: Buffer) => bytes.subarray(0, MAGIC.length).equals(MAGIC);

/** Every file of the folder as the attacker reads it: envelopes (whole files or base64 audit lines) decrypted without the tag check. */
export async function readEverythingIgnoringTags(dir: string, key: Uint8Array): Promise<{ path: string; text: string }[]> {
  return (await filesUnder(dir)).map(({ path, bytes }) => {
    if (isEnvelope(bytes)) return { path, text: decryptIgnoringTag(key, bytes).toString('utf8') };
    const lines = bytes.toString('utf8').split('\n');
    const text = lines
      .map((line) => {
        const decoded = /^[A-Za-z0-9+/=]+$/.test(line) ? Buffer.from(line, 'base64') : null;
        return decoded && isEnvelope(decoded) ? decryptIgnoringTag(key, decoded).toString('utf8') : line;
      })
      .join('\n');
    return { path, text };
  });
}
