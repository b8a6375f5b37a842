/**
 * Reading one text (a legal document, an article): the toolbar and its tools, headings, file
 * links, tables and styles. A chunk of its own, shared by the widgets that show such texts.
 */
import { registerLocales } from '../i18n.ts';
import vi from './locales/vi.json';

registerLocales('reader', { vi, en: () => import('./locales/en.json') });

export { renderAttachments, renderFileLink } from './attachments.ts';
export type { RenderContext } from './context.ts';
export { downloadFile } from './download.ts';
export { fileTypeLabel, fileUrl, formatSize, isPdf, isSameOrigin, webUrl } from './files.ts';
export { below, renderHeading, renderTitle, toHeadingLevel, type HeadingLevel } from './headings.ts';
export { isolateForPrint, printOnly } from './print.ts';
export { ReaderController, type ReadingTools } from './reader-controller.ts';
export { readerStyles } from './reader.styles.ts';
export { renderNotFound, renderReadingSkeleton } from './reading-states.ts';
export { speechChunks, speechSupported, ReadAloudController, type SpeechStatus } from './speech.ts';
export { canShare, copyText, facebookShareUrl, mailtoUrl, shareNatively } from './share.ts';
export { wrapTables } from './tables.ts';
export { DEFAULT_TEXT_SIZE, loadTextSize, TEXT_SIZE_KEY, TEXT_SIZES, textSizePercent } from './text-size.ts';
export { toolText } from './toolbar.ts';
export { savedPageHtml, type SavedPage } from './saved-page.ts';
