import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import type { Attachment } from '@pbgdpl/contract';
import type { Translate } from '../i18n.ts';
import type { RenderContext } from './context.ts';
import { printOnly } from './print.ts';
import { ReadAloudController, speechSupported } from './speech.ts';
import { canShare, copyText, shareNatively } from './share.ts';
import { DEFAULT_TEXT_SIZE, loadTextSize, saveTextSize, stepTextSize, textSizePercent } from './text-size.ts';
import { renderToolbar, toolText } from './toolbar.ts';

type Host = ReactiveControllerHost & HTMLElement;

/** What one reading (a document, an article) gives the toolbar. */
export interface ReadingTools extends RenderContext {
  /** The title: the e-mail's subject and the shared page's name. */
  title: string;
  /** The original file, offered as "Tải bản gốc". */
  original?: Attachment | undefined;
  onSave: () => void;
  /** The text to read aloud (the title and the body as shown). */
  spoken: () => string;
}

/**
 * The reader's tools for whatever an element shows to be read: print only it, save, copy the
 * page's link, share, text size (remembered), read aloud, each outcome said in a live region.
 * The element renders `toolbar()` and puts `sizeClass` on what it shows.
 */
export class ReaderController implements ReactiveController {
  textSize = loadTextSize();
  announcement = '';
  readonly #host: Host;
  readonly #t: () => Translate;
  readonly #speech: ReadAloudController;
  #undoPrint: (() => void) | undefined;
  #announceTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(host: Host, t: () => Translate) {
    this.#host = host;
    this.#t = t;
    this.#speech = new ReadAloudController(host);
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#undoPrint?.();
    this.#undoPrint = undefined;
    clearTimeout(this.#announceTimer);
  }

  /** Another item is about to show: stop reading the old one aloud, forget the last message. */
  reset(): void {
    this.#speech.stop();
    this.announcement = '';
  }

  /** `size-0` … `size-4`: the class that scales what is read. */
  get sizeClass(): string {
    return `size-${this.textSize}`;
  }

  toolbar(tools: ReadingTools): TemplateResult {
    const speech = this.#speech;
    return renderToolbar({
      ...tools,
      textSize: this.textSize,
      speech: speechSupported() ? speech.status : undefined,
      nativeShare: canShare(),
      pageUrl: location.href,
      mailSubject: tools.title,
      announcement: this.announcement,
      onPrint: this.#print,
      onSave: tools.onSave,
      onCopy: () => void this.#copy('copied'),
      onShare: () => void shareNatively({ title: tools.title, url: location.href }),
      onZalo: () => void this.#copy('zaloCopied'),
      onTextSize: this.#changeTextSize,
      // The content is Vietnamese whatever the interface language: read it with a Vietnamese voice.
      onListen: () => speech.start(tools.spoken(), 'vi'),
      onPause: () => speech.pause(),
      onResume: () => speech.resume(),
      onStop: () => speech.stop(),
    });
  }

  #print = () => {
    this.#undoPrint?.();
    this.#undoPrint = printOnly(this.#host);
  };

  async #copy(message: 'copied' | 'zaloCopied'): Promise<void> {
    const url = location.href;
    const copied = await copyText(url);
    const t = this.#t();
    this.#announce(copied ? toolText(t, message) : toolText(t, 'copyFailed', { url }));
  }

  #changeTextSize = (step: -1 | 0 | 1) => {
    this.textSize = step === 0 ? DEFAULT_TEXT_SIZE : stepTextSize(this.textSize, step);
    saveTextSize(this.textSize);
    this.#announce(toolText(this.#t(), 'sizeNow', { percent: textSizePercent(this.textSize) }));
  };

  /** Says what a tool did, in the toolbar's live region; the message clears after a while. */
  #announce(message: string): void {
    clearTimeout(this.#announceTimer);
    this.announcement = message;
    this.#host.requestUpdate();
    this.#announceTimer = setTimeout(() => {
      this.announcement = '';
      this.#host.requestUpdate();
    }, 8_000);
  }
}
