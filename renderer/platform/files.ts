import { call, transport } from './index';

/**
 * Saves bytes the user asked to export: the native save dialog in the desktop app, a
 * browser download in the web shell. Returns where it went, or null when cancelled.
 */
export async function saveBytes(fileName: string, bytes: Uint8Array | string, mime: string): Promise<string | null> {
  const data = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes;
  if (transport === 'electron') {
    const { path } = await call('file:save', { suggestedName: fileName, base64: toBase64(data), mime });
    return path;
  }
  const url = URL.createObjectURL(new Blob([data as BlobPart], { type: mime }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return fileName;
}

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function fromBase64(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

