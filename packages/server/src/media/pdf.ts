import { getDocument, PDFDataRangeTransport } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { withFileReader } from './file-reader.ts';
import { unsafe } from './refusal.ts';

const damaged = () =>
  unsafe({
    vi: 'Không đọc được tệp PDF: tệp bị hỏng hoặc cần mật khẩu để mở',
    en: 'The PDF cannot be read: the file is damaged or needs a password to open',
  });

/**
 * The page count of a PDF, read by PDF.js through ranges of the file (the cross-reference table
 * and the page tree), never the whole file at once; refused when PDF.js cannot open it.
 */
export function pdfPageCount(path: string): Promise<number> {
  return withFileReader(path, async (read, size) => {
    const transport = new PDFDataRangeTransport(size, new Uint8Array(0));
    transport.requestDataRange = (begin: number, end: number) => {
      read(begin, end - begin).then(
        (bytes) => transport.onDataRange(begin, bytes),
        () => transport.abort(),
      );
    };
    const loading = getDocument({
      range: transport,
      length: size,
      disableAutoFetch: true,
      disableStream: true,
      stopAtErrors: true,
      verbosity: 0,
    });
    try {
      const document = await loading.promise;
      return document.numPages;
    } catch {
      throw damaged();
    } finally {
      await loading.destroy();
    }
  });
}
