/**
 * Every tag the loader knows and the chunk that defines it. A new widget adds one line here;
 * the bundler turns each import into a separate chunk sharing the runtime chunk.
 */
export const widgetChunks: Record<string, () => Promise<unknown>> = {
  'pbgdpl-provider': () => import('@pbgdpl/core/provider'),
  'pbgdpl-banner': () => import('@pbgdpl/banner'),
  'pbgdpl-legal-docs': () => import('@pbgdpl/legal-docs'),
  // A document and an article alone: without the list's code, which loads them when one opens.
  'pbgdpl-legal-doc': () => import('@pbgdpl/legal-docs/legal-doc'),
  'pbgdpl-news': () => import('@pbgdpl/news'),
  'pbgdpl-article': () => import('@pbgdpl/news/article'),
  'pbgdpl-video-gallery': () => import('@pbgdpl/video-gallery'),
  'pbgdpl-qa-box': () => import('@pbgdpl/qa-box'),
  'pbgdpl-stats-board': () => import('@pbgdpl/stats-board'),
  'pbgdpl-quiz': () => import('@pbgdpl/quiz'),
  'pbgdpl-dialogue': () => import('@pbgdpl/dialogue'),
  'pbgdpl-links': () => import('@pbgdpl/links'),
};
