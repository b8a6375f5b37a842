import { html, nothing } from 'lit';
import type { Video } from '@pbgdpl/contract';
import { ifDefined } from 'lit/directives/if-defined.js';
import { formatDate, mediaUrl, srcsetOf, type Lang, type Translate } from '@pbgdpl/core';
import { clockDuration, spokenDuration } from './duration.ts';

export interface PlayerContext {
  t: Translate;
  lang: Lang;
  api: string;
  /** The reader pressed play on the YouTube facade: only then does the iframe exist. */
  youtubeStarted: boolean;
  onYoutubePlay: () => void;
  /** The native player started playing (a beacon counts it). */
  onPlay: () => void;
  onCopy: () => void;
  onShare: (() => void) | undefined;
  /** What the live region says after copying. */
  status: string;
}

const youtubeSrc = (id: string, lang: Lang) =>
  `https://www.youtube-nocookie.com/embed/${encodeURIComponent(id)}?autoplay=1&rel=0&hl=${lang}&cc_load_policy=1&cc_lang_pref=${lang}`;

/**
 * The native player: our files, captions in the reader's language on by default. The element
 * loads nothing but metadata until played; `crossorigin` lets captions load from the API's origin.
 */
function nativeVideo(video: Video, ctx: PlayerContext) {
  const { api, t, lang } = ctx;
  return html`<video
    class="media"
    part="video"
    controls
    playsinline
    preload="metadata"
    crossorigin="anonymous"
    poster=${mediaUrl(api, video.poster.url)}
    width=${video.poster.width}
    height=${video.poster.height}
    @play=${ctx.onPlay}
  >
    ${video.sources.map((source) => html`<source src=${mediaUrl(api, source.url)} type=${source.type} />`)}
    ${video.captions.map(
      (caption) =>
        html`<track
          kind="captions"
          src=${mediaUrl(api, caption.url)}
          srclang=${caption.lang}
          label=${t(`captions.${caption.lang}`)}
          ?default=${caption.lang === lang}
        />`,
    )}
    ${t('noPlayer')}
  </video>`;
}

/** Our own poster and a play button; YouTube is not contacted until the button is pressed. */
function youtubeFacade(video: Video, youtubeId: string, ctx: PlayerContext) {
  const { t, api } = ctx;
  if (ctx.youtubeStarted)
    return html`<iframe
      class="media"
      part="youtube"
      src=${youtubeSrc(youtubeId, ctx.lang)}
      title=${video.title}
      allow="autoplay; encrypted-media; picture-in-picture; fullscreen"
      allowfullscreen
      referrerpolicy="strict-origin-when-cross-origin"
    ></iframe>`;
  return html`<button type="button" class="media facade" part="facade" @click=${ctx.onYoutubePlay}>
    <img
      src=${mediaUrl(api, video.poster.url)}
      srcset=${ifDefined(srcsetOf(api, video.poster))}
      sizes="(max-width: 56em) 100vw, 56em"
      width=${video.poster.width}
      height=${video.poster.height}
      alt=""
    />
    <span class="play-icon" aria-hidden="true"></span>
    <span class="visually-hidden">${t('youtube.play', { title: video.title })}</span>
  </button>`;
}

/** The transcript's paragraphs, split on blank lines. */
const paragraphs = (text: string) =>
  text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);

/** One video: player, title, date and duration, description, transcript, link sharing. */
export function renderPlayer(video: Video, ctx: PlayerContext) {
  const { t, lang } = ctx;
  // Our own files win when a video has both.
  const youtubeId = video.sources.length === 0 ? video.youtubeId : null;
  return html`<article class="player" part="player" aria-labelledby="video-title">
    <div class="frame">${youtubeId ? youtubeFacade(video, youtubeId, ctx) : nativeVideo(video, ctx)}</div>
    ${youtubeId && !ctx.youtubeStarted ? html`<p class="note">${t('youtube.note')}</p>` : nothing}
    <h2 class="video-title" id="video-title">${video.title}</h2>
    <p class="meta">
      <span
        >${t('published')}
        <time datetime=${video.publishedAt}>${formatDate(video.publishedAt, lang)}</time></span
      >
      <span
        ><span aria-hidden="true">${clockDuration(video.durationSeconds)}</span
        ><span class="visually-hidden"
          >${t('duration', { text: spokenDuration(t, video.durationSeconds) })}</span
        ></span
      >
      <span>${t(`category.${video.category}`)}</span>
      ${video.unit ? html`<span>${video.unit.name}</span>` : nothing}
    </p>
    ${video.description ? html`<p class="description">${video.description}</p>` : nothing}
    ${video.transcript
      ? html`<details class="transcript" part="transcript">
          <summary>${t('transcript')}</summary>
          ${paragraphs(video.transcript).map((p) => html`<p>${p}</p>`)}
        </details>`
      : nothing}
    <div class="actions">
      <button type="button" class="action" part="copy" @click=${ctx.onCopy}>${t('copy')}</button>
      ${ctx.onShare
        ? html`<button type="button" class="action" part="share" @click=${ctx.onShare}>${t('share')}</button>`
        : nothing}
      <span class="status" role="status">${ctx.status}</span>
    </div>
  </article>`;
}

/** While a video loads: its frame at the poster's ratio and the room of its title and details. */
export function renderPlayerSkeleton(t: Translate) {
  return html`<div class="player-skeleton" part="state loading" role="status" aria-busy="true">
    <span class="visually-hidden">${t('core:loading')}</span>
    <div class="frame"></div>
    <div class="details shimmer"></div>
  </div>`;
}
