/**
 * Every widget as a webmaster embeds it, and how a test knows it rendered its content: a
 * selector inside its shadow root. The hostile-host pages carry all of them; a new widget
 * adds one entry here.
 */
export interface Embed {
  /** Unique on the page: `[data-embed="<id>"]` finds the element. */
  id: string;
  tag: string;
  markup: string;
  /** Present in the shadow root once real content (not a skeleton) is shown. */
  ready: string;
  /** Present in the shadow root when the API cannot be used. */
  failed: string;
  /** The button in the failed state that tries again; absent where the fallback simply stays. */
  retry?: string;
}

const ERROR_STATE = { failed: '.state.error', retry: '.state.error .retry' };

export const embeds: Embed[] = [
  {
    id: 'banner',
    tag: 'pbgdpl-banner',
    markup: '<pbgdpl-banner data-embed="banner" placement="sidebar"><a href="/">PBGDPL</a></pbgdpl-banner>',
    ready: '.slide img',
    // The light-DOM link shows instead: nothing to retry, the next page view tries again.
    // (While loading, the link waits in the banner's box: that slot is not the failed state.)
    failed: 'slot:not(.carousel slot)',
  },
  {
    id: 'legal-docs',
    tag: 'pbgdpl-legal-docs',
    markup: '<pbgdpl-legal-docs data-embed="legal-docs" page-size="5" no-url></pbgdpl-legal-docs>',
    ready: '.result .title',
    ...ERROR_STATE,
  },
  {
    id: 'legal-docs-compact',
    tag: 'pbgdpl-legal-docs',
    markup:
      '<pbgdpl-legal-docs data-embed="legal-docs-compact" view="compact" issuer="so-tu-phap" no-url></pbgdpl-legal-docs>',
    ready: '.compact-item',
    ...ERROR_STATE,
  },
  {
    id: 'legal-doc',
    tag: 'pbgdpl-legal-doc',
    markup: '<pbgdpl-legal-doc data-embed="legal-doc" document-id="1" no-track></pbgdpl-legal-doc>',
    ready: 'article.doc .number',
    ...ERROR_STATE,
  },
  {
    id: 'news',
    tag: 'pbgdpl-news',
    markup: '<pbgdpl-news data-embed="news" page-size="4" no-url></pbgdpl-news>',
    ready: '.card .card-title',
    ...ERROR_STATE,
  },
  {
    id: 'news-headlines',
    tag: 'pbgdpl-news',
    markup: '<pbgdpl-news data-embed="news-headlines" view="headlines" no-url></pbgdpl-news>',
    ready: '.headline .article-link',
    ...ERROR_STATE,
  },
  {
    id: 'article',
    tag: 'pbgdpl-article',
    markup: '<pbgdpl-article data-embed="article" article-id="1"></pbgdpl-article>',
    ready: 'article.article .title',
    ...ERROR_STATE,
  },
  {
    id: 'qa-box',
    tag: 'pbgdpl-qa-box',
    markup: '<pbgdpl-qa-box data-embed="qa-box" page-size="5" no-url></pbgdpl-qa-box>',
    ready: '.list .item .title',
    ...ERROR_STATE,
  },
  {
    id: 'video-gallery',
    tag: 'pbgdpl-video-gallery',
    markup:
      '<pbgdpl-video-gallery data-embed="video-gallery" page-size="6" no-url no-track></pbgdpl-video-gallery>',
    ready: '.grid .thumb img',
    ...ERROR_STATE,
  },
  {
    id: 'stats-board',
    tag: 'pbgdpl-stats-board',
    // Figures editors enter: beacons sent by the other widgets would change computed ones between pages.
    markup: '<pbgdpl-stats-board data-embed="stats-board" sections="activities"></pbgdpl-stats-board>',
    ready: '.card .kpi-value',
    ...ERROR_STATE,
  },
  {
    id: 'quiz',
    tag: 'pbgdpl-quiz',
    markup: '<pbgdpl-quiz data-embed="quiz" no-url></pbgdpl-quiz>',
    ready: '.card .contest-link',
    ...ERROR_STATE,
  },
];
