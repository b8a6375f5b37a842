import { html, nothing, svg, type TemplateResult } from 'lit';
import type { Attachment } from '@pbgdpl/contract';
import type { Translate } from '../i18n.ts';
import type { RenderContext } from './context.ts';
import { fileTypeLabel, fileUrl, formatSize, isSameOrigin } from './files.ts';
import type { SpeechStatus } from './speech.ts';
import { DEFAULT_TEXT_SIZE, TEXT_SIZES } from './text-size.ts';
import { facebookShareUrl, mailtoUrl } from './share.ts';

/**
 * A toolbar message: the widget's own `toolbar.*` wording when it has one ("In văn bản",
 * "In bài viết"), else the shared one of the `reader` namespace.
 */
export const toolText = (t: Translate, key: string, options?: Record<string, unknown>): string =>
  t([`toolbar.${key}`, `reader:toolbar.${key}`], options);

export interface ToolbarContext extends RenderContext {
  /** The original (a PDF attachment), offered as "Tải văn bản gốc". */
  original?: Attachment | undefined;
  textSize: number;
  /** Undefined when the browser cannot speak: the button is not shown. */
  speech: SpeechStatus | undefined;
  /** The system share sheet exists. */
  nativeShare: boolean;
  pageUrl: string;
  /** The subject of the "send by e-mail" message (the title). */
  mailSubject: string;
  announcement: string;
  onPrint: () => void;
  onSave: () => void;
  onCopy: () => void;
  onShare: () => void;
  onZalo: () => void;
  onTextSize: (step: -1 | 0 | 1) => void;
  onListen: () => void;
  onPause: () => void;
  onResume: () => void;
  onStop: () => void;
}

const icons = {
  print: svg`<path d="M7 3h10v4H7zM5 8h14a2 2 0 0 1 2 2v6h-4v4H7v-4H3v-6a2 2 0 0 1 2-2zm4 7v3h6v-3z"/>`,
  save: svg`<path d="M11 3h2v9.2l3.3-3.3 1.4 1.4L12 16l-5.7-5.7 1.4-1.4 3.3 3.3zM4 18h16v2H4z"/>`,
  link: svg`<path d="M10.6 13.4a1 1 0 0 1 0-1.4l3.5-3.5a1 1 0 1 1 1.4 1.4L12 13.4a1 1 0 0 1-1.4 0zM8.5 19a4.5 4.5 0 0 1-3.2-7.7l2.1-2.1 1.4 1.4-2.1 2.1a2.5 2.5 0 0 0 3.5 3.5l2.1-2.1 1.4 1.4-2.1 2.1A4.5 4.5 0 0 1 8.5 19zm8.1-4.2-1.4-1.4 2.1-2.1a2.5 2.5 0 0 0-3.5-3.5l-2.1 2.1-1.4-1.4 2.1-2.1a4.5 4.5 0 0 1 6.4 6.4z"/>`,
  mail: svg`<path d="M3 5h18v14H3zm2 2v.4l7 4.4 7-4.4V7zm14 2.8-7 4.4-7-4.4V17h14z"/>`,
  share: svg`<path d="M18 16a3 3 0 0 0-2.2 1l-7-3.6a3 3 0 0 0 0-1.6l7-3.6A3 3 0 1 0 15 6.5l-7 3.6a3 3 0 1 0 0 3.8l7 3.6A3 3 0 1 0 18 16z"/>`,
  speak: svg`<path d="M4 9v6h4l5 5V4L8 9zm12.5 3a4.5 4.5 0 0 0-2.5-4v8a4.5 4.5 0 0 0 2.5-4z"/>`,
  pause: svg`<path d="M6 5h4v14H6zm8 0h4v14h-4z"/>`,
  stop: svg`<path d="M6 6h12v12H6z"/>`,
};

const icon = (name: keyof typeof icons) =>
  html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${icons[name]}</svg>`;

function renderTextSize({ t, textSize, onTextSize }: ToolbarContext): TemplateResult {
  return html`<div class="tool-group text-size" role="group" aria-label=${toolText(t, 'textSize')}>
    <button
      type="button"
      class="tool size-button"
      aria-label=${toolText(t, 'smaller')}
      title=${toolText(t, 'smaller')}
      ?disabled=${textSize <= 0}
      @click=${() => onTextSize(-1)}
    >
      A<span aria-hidden="true">−</span>
    </button>
    <button
      type="button"
      class="tool size-button"
      aria-label=${toolText(t, 'reset')}
      title=${toolText(t, 'reset')}
      aria-pressed=${textSize === DEFAULT_TEXT_SIZE ? 'true' : 'false'}
      @click=${() => onTextSize(0)}
    >
      A
    </button>
    <button
      type="button"
      class="tool size-button"
      aria-label=${toolText(t, 'larger')}
      title=${toolText(t, 'larger')}
      ?disabled=${textSize >= TEXT_SIZES.length - 1}
      @click=${() => onTextSize(1)}
    >
      A<span aria-hidden="true">+</span>
    </button>
  </div>`;
}

function renderSpeech(context: ToolbarContext): TemplateResult | typeof nothing {
  const { t, speech } = context;
  if (speech === undefined) return nothing;
  if (speech === 'idle')
    return html`<button type="button" class="tool listen" @click=${context.onListen}>
      ${icon('speak')}<span>${toolText(t, 'listen')}</span>
    </button>`;
  return html`<div class="tool-group speech" role="group" aria-label=${toolText(t, 'listen')}>
    ${speech === 'speaking'
      ? html`<button type="button" class="tool pause" @click=${context.onPause}>
          ${icon('pause')}<span>${toolText(t, 'pause')}</span>
        </button>`
      : html`<button type="button" class="tool resume" @click=${context.onResume}>
          ${icon('speak')}<span>${toolText(t, 'resume')}</span>
        </button>`}
    <button type="button" class="tool stop" @click=${context.onStop}>
      ${icon('stop')}<span>${toolText(t, 'stop')}</span>
    </button>
  </div>`;
}

function renderShare(context: ToolbarContext): TemplateResult {
  const { t } = context;
  if (context.nativeShare)
    return html`<button
      type="button"
      class="tool share"
      aria-label=${toolText(t, 'shareLabel')}
      @click=${context.onShare}
    >
      ${icon('share')}<span>${toolText(t, 'share')}</span>
    </button>`;
  return html`<div class="tool-group share" role="group" aria-label=${toolText(t, 'shareLabel')}>
    <a
      class="tool facebook"
      href=${facebookShareUrl(context.pageUrl)}
      target="_blank"
      rel="noopener noreferrer"
      aria-label=${toolText(t, 'facebookLabel')}
      >${icon('share')}<span>${toolText(t, 'facebook')}</span></a
    >
    <button type="button" class="tool zalo" aria-label=${toolText(t, 'zaloLabel')} @click=${context.onZalo}>
      <span>${toolText(t, 'zalo')}</span>
    </button>
  </div>`;
}

function renderOriginal({ t, api, lang, original }: ToolbarContext): TemplateResult | typeof nothing {
  const href = original ? fileUrl(api, original.url) : '';
  if (!original || !href) return nothing;
  const label = toolText(t, 'originalLabel', {
    type: fileTypeLabel(original),
    size: formatSize(original.size, lang),
  });
  return html`<a
    class="tool original"
    href=${href}
    ?download=${isSameOrigin(href)}
    target=${isSameOrigin(href) ? nothing : '_blank'}
    rel="noopener noreferrer"
    aria-label=${label}
    >${icon('save')}<span>${toolText(t, 'original')}</span></a
  >`;
}

/** Print, save, copy link, share, text size and read aloud; hidden when printing. */
export function renderToolbar(context: ToolbarContext): TemplateResult {
  const { t } = context;
  return html`<div class="toolbar" part="toolbar" role="group" aria-label=${toolText(t, 'label')}>
      <button
        type="button"
        class="tool print"
        aria-label=${toolText(t, 'printLabel')}
        @click=${context.onPrint}
      >
        ${icon('print')}<span>${toolText(t, 'print')}</span>
      </button>
      <button type="button" class="tool save" aria-label=${toolText(t, 'saveLabel')} @click=${context.onSave}>
        ${icon('save')}<span>${toolText(t, 'save')}</span>
      </button>
      ${renderOriginal(context)}
      <button type="button" class="tool copy" @click=${context.onCopy}>
        ${icon('link')}<span>${toolText(t, 'copy')}</span>
      </button>
      <a class="tool mail" href=${mailtoUrl(context.mailSubject, context.pageUrl)}
        >${icon('mail')}<span>${toolText(t, 'mail')}</span></a
      >
      ${renderShare(context)} ${renderTextSize(context)} ${renderSpeech(context)}
    </div>
    <p class="notice" part="notice" role="status">${context.announcement}</p>`;
}
