import { constants, inflateRawSync } from 'node:zlib';
import { UserFacingError } from '../../../shared/api/dispatch';

/**
 * An .xlsx file is a zip of XML files, and a zip can say 3 MB on disk and 1 GB inside (a
 * "zip bomb"). Before anything is inflated, the zip's central directory gives each part's
 * uncompressed size and each sheet's first bytes give its dimension (A1:AH1471): a
 * workbook over the limits is refused in milliseconds, with a sentence naming the limit.
 */
export const WORKBOOK_LIMITS = {
  /** The XML parts together, uncompressed: 50 000 rows of 40 columns fit in about half. */
  uncompressedBytes: 100 * 1024 * 1024,
  /** Cells per sheet by its dimension: 50 000 rows × 40 columns. */
  cells: 2_000_000,
};

interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX_COMMENT = 0xffff;
const MB = (bytes: number) => `${Math.round(bytes / (1024 * 1024)).toLocaleString('en')} MB`;

const damaged = (fileName: string, why: string) => new UserFacingError(`${fileName} could not be read as an Excel workbook: ${why}. Nothing was imported.`);

function centralDirectory(bytes: Uint8Array, fileName: string): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - MAX_COMMENT); i--) {
    if (view.getUint32(i, true) === EOCD) {
      end = i;
      break;
    }
  }
  if (end < 0) throw damaged(fileName, 'its zip directory is missing (the file may be cut short)');
  const count = view.getUint16(end + 10, true);
  const offset = view.getUint32(end + 16, true);
  // ZIP64 marks sizes beyond 4 GB: no workbook Braid can read needs it.
  if (count === 0xffff || offset === 0xffffffff) throw new UserFacingError(`${fileName} is a zip of more than 4 GB or 65 535 parts; Braid opens workbooks of up to ${MB(WORKBOOK_LIMITS.uncompressedBytes)} uncompressed. Nothing was imported.`);
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL) throw damaged(fileName, 'its zip directory is damaged');
    const nameLength = view.getUint16(at + 28, true);
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    entries.push({
      name,
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      uncompressedSize: view.getUint32(at + 24, true),
      localOffset: view.getUint32(at + 42, true),
    });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
}

/** Where an entry's data starts; refuses an entry whose own header tells another size than the directory. */
function dataStart(bytes: Uint8Array, entry: ZipEntry, fileName: string): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL) throw damaged(fileName, `the part ${entry.name} is missing`);
  const sizesFollow = (view.getUint16(at + 6, true) & 0x8) !== 0;
  if (!sizesFollow && (view.getUint32(at + 18, true) !== entry.compressedSize || view.getUint32(at + 22, true) !== entry.uncompressedSize)) {
    throw damaged(fileName, `the sizes of ${entry.name} disagree within the zip`);
  }
  return at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
}

const read = (name: string) => name.endsWith('.xml') || name.endsWith('.rels');
const isSheet = (name: string) => /^xl\/worksheets\/[^/]+\.xml$/.test(name);

function columnNumber(letters: string): number {
  let n = 0;
  for (const c of letters) n = n * 26 + (c.charCodeAt(0) - 64);
  return n;
}

const DIMENSION = /<(?:\w+:)?dimension\s+ref="\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?"/;

/**
 * The dimension a sheet declares near its start. A few hundred compressed bytes are
 * inflated at a time (a bomb's bytes may each stand for a kilobyte), never more than 4 MB.
 */
function sheetDimension(bytes: Uint8Array, entry: ZipEntry, start: number): { ref: string; cells: number } | null {
  for (const length of [256, 1024, 4096]) {
    const head = bytes.subarray(start, start + Math.min(entry.compressedSize, length));
    let text: string;
    try {
      const plain = entry.method === 0 ? head : inflateRawSync(head, { finishFlush: constants.Z_SYNC_FLUSH, maxOutputLength: 4 << 20 });
      text = new TextDecoder().decode(plain.subarray(0, 1 << 16));
    } catch {
      return null;
    }
    const match = DIMENSION.exec(text);
    if (match) {
      const [, c1, r1, c2 = c1, r2 = r1] = match;
      const columns = Math.abs(columnNumber(c2) - columnNumber(c1)) + 1;
      const rows = Math.abs(Number(r2) - Number(r1)) + 1;
      return { ref: match[3] ? `${c1}${r1}:${c2}${r2}` : `${c1}${r1}`, cells: columns * rows };
    }
    // The dimension comes before the cells; past them, the sheet has none.
    if (text.includes('<sheetData') || length >= entry.compressedSize) return null;
  }
  return null;
}

/** Refuses a workbook over the limits, before any of it is inflated. */
export function checkWorkbookLimits(bytes: Uint8Array, fileName: string): void {
  const entries = centralDirectory(bytes, fileName).filter((e) => read(e.name));
  let total = 0;
  for (const entry of entries) {
    const start = dataStart(bytes, entry, fileName);
    total += entry.uncompressedSize;
    if (total > WORKBOOK_LIMITS.uncompressedBytes) {
      const whole = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
      throw new UserFacingError(
        `${fileName} would expand to ${MB(whole)} when opened; Braid opens workbooks of up to ${MB(WORKBOOK_LIMITS.uncompressedBytes)} uncompressed. Nothing was imported.`,
        ['Save the sheet you need on its own, or export it as CSV, and import that.'],
      );
    }
    if (!isSheet(entry.name)) continue;
    const dimension = sheetDimension(bytes, entry, start);
    if (dimension && dimension.cells > WORKBOOK_LIMITS.cells) {
      throw new UserFacingError(
        `A sheet of ${fileName} (${entry.name.slice('xl/worksheets/'.length)}) spans ${dimension.ref}, ${dimension.cells.toLocaleString('en')} cells; Braid reads sheets of up to ${WORKBOOK_LIMITS.cells.toLocaleString('en')} cells. Nothing was imported.`,
        ['Delete the empty rows and columns at the end of the sheet (Excel counts formatted ones too), or export the sheet as CSV.'],
      );
    }
  }
}
