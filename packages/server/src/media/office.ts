import { fromBufferPromise, openPromise, type Options, type ZipFile } from 'yauzl';
import { officeType } from './file-types.ts';
import { MediaRefusal, unsafe } from './refusal.ts';

/** Office files a person writes hold a few hundred parts and unpack to a few times their size. */
const MAX_PARTS = 10_000;
const MAX_UNPACKED_BYTES = 512 * 1024 * 1024;
/** Text compresses perhaps 20 times; a part packed far tighter than that is a bomb's filler. */
const MAX_RATIO = 200;
const RATIO_FROM_BYTES = 1024 * 1024;

const bomb = () =>
  unsafe({
    vi: 'Tệp nén bất thường (nén quá mức, có thể là "bom nén"); hãy lưu lại tệp bằng Word, Excel hoặc LibreOffice rồi tải lên',
    en: 'The file is packed abnormally tightly (possibly a "zip bomb"); save it again with Word, Excel or LibreOffice, then upload it',
  });

const damaged = () =>
  unsafe({
    vi: 'Không đọc được tệp: tệp bị hỏng hoặc có mật khẩu',
    en: 'The file cannot be read: it is damaged or password-protected',
  });

/** Unpacks every part, counting: a part that unpacks to more than it declares stops yauzl. */
async function unpackAll(zip: ZipFile, maxUnpacked: number): Promise<void> {
  let unpacked = 0;
  for await (const entry of zip.eachEntry()) {
    unpacked += entry.uncompressedSize;
    const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
    if (unpacked > maxUnpacked || (entry.uncompressedSize > RATIO_FROM_BYTES && ratio > MAX_RATIO))
      throw bomb();
    if (entry.fileName.endsWith('/')) continue;
    const part = await zip.openReadStreamPromise(entry);
    for await (const _ of part);
  }
}

/**
 * A DOCX, XLSX or ODT: a ZIP container that unpacks to a sane size (its declared sizes checked,
 * then every part unpacked and counted, so lying headers do not help a bomb), then the exact
 * office type from its contents.
 */
export async function inspectOffice(path: string): Promise<string> {
  await checkZip((options) => openPromise(path, options), MAX_UNPACKED_BYTES);
  return officeType(path);
}

/**
 * Refuses (MediaRefusal) a ZIP container that is damaged or unpacks to more than `maxUnpacked`
 * bytes or abnormally tightly: a spreadsheet received in a request's body, before a reader
 * unpacks it whole.
 */
export async function checkZip(
  open: (options: Options) => Promise<ZipFile>,
  maxUnpacked: number,
): Promise<void> {
  let zip: ZipFile | undefined;
  try {
    zip = await open({ lazyEntries: true, autoClose: false, validateEntrySizes: true });
    if (zip.entryCount > MAX_PARTS) throw bomb();
    await unpackAll(zip, maxUnpacked);
  } catch (error) {
    throw error instanceof MediaRefusal ? error : damaged();
  } finally {
    zip?.close();
  }
}

/** `checkZip` of bytes in memory. */
export const checkZipBytes = (bytes: Uint8Array, maxUnpacked: number): Promise<void> =>
  checkZip((options) => fromBufferPromise(Buffer.from(bytes), options), maxUnpacked);
