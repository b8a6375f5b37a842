/**
 * The room each element keeps on the host page before its chunk has defined it, so the page
 * does not move when the widget arrives (no CSS of the host's needed). One entry per element
 * and view. Heights are those of the widget's loading state (its skeleton, which is as tall as
 * the first content), keyed by the least width of the element, in em of the widget's own font
 * size; `n` stands for the number of rows the list shows (`page-size`, capped as the widget
 * caps it). A new widget adds its entries here.
 */
export interface Reserve {
  /** The element, and the attributes that pick the view (`[view=compact]`). */
  selector: string;
  /** Height from each least width (em) on; a function of `n`, a number or a CSS expression of `page-size`. */
  heights?: Record<number, Height>;
  /** Rows shown without a `page-size`, and the most the widget shows. */
  rows?: [fallback: number, most: number];
  /** Declarations for the element's own box (a banner keeps its format's proportions). */
  box?: string;
}

type Height = string | ((n: number | string) => string);

/** Skeleton rows under a fixed head: `head + n × row` (rows include their gap). */
const list = (head: number, row: number) => (n: number | string) => `calc(${head}em + ${n} * ${row}em)`;

/**
 * The video grid: as many columns of 14em as fit with 1em gaps, a 16:9 poster (or the page's
 * `--pbgdpl-video-gallery-ratio`) and 6.0625em of title, date and gap per card, under the search
 * form (stacked in one column) and above the pager.
 */
function videoGrid(): Record<number, Height> {
  const heights: Record<number, Height> = {};
  for (let columns = 1; columns <= 8; columns++) {
    const rows = (n: number | string) =>
      typeof n === 'number' ? Math.ceil(n / columns) : `round(up,${n}/${columns},1)`;
    heights[columns === 1 ? 0 : 15 * columns - 1] = (n) =>
      `calc(${columns === 1 ? 15.25 : 10}em + ${rows(n)} * ((100cqw - ${columns - 1}em) / ${columns} / (var(--pbgdpl-video-gallery-ratio,16/9)) + 6.0625em))`;
  }
  return heights;
}

export const reservedSpace: readonly Reserve[] = [
  { selector: 'pbgdpl-banner', box: 'max-width:300px;aspect-ratio:300/250' },
  {
    selector: 'pbgdpl-banner:is([size=leaderboard],:not([size])[placement=leaderboard])',
    box: 'max-width:728px;aspect-ratio:728/90',
  },
  {
    selector: 'pbgdpl-banner:is([size=square],:not([size])[placement=square])',
    box: 'max-width:250px;aspect-ratio:1',
  },
  {
    // From 48em the facets stand beside the results, and are the taller column for a short page.
    selector: 'pbgdpl-legal-docs',
    rows: [10, 10],
    heights: { 0: list(23.37, 23.85), 30: list(18.12, 13.95), 48: (n) => `max(107em,${list(15, 11.75)(n)})` },
  },
  {
    selector: 'pbgdpl-legal-docs[view=compact]',
    rows: [5, 100],
    heights: { 0: list(1.75, 5.3), 20: list(1.75, 4.4), 30: list(1.75, 4.1), 40: list(1.75, 3.5) },
  },
  { selector: 'pbgdpl-legal-doc', heights: { 0: '56em' } },
  {
    selector: 'pbgdpl-qa-box',
    rows: [10, 10],
    heights: {
      0: list(35.94, 12.9375),
      30: list(27.81, 11.375),
      40: list(22.69, 8.5625),
      48: list(22.69, 8.25),
      64: list(22.69, 7),
    },
  },
  { selector: 'pbgdpl-video-gallery', rows: [12, 12], heights: videoGrid() },
  { selector: 'pbgdpl-video-gallery[layout=carousel]', heights: { 0: '12.94em' } },
  {
    selector: 'pbgdpl-video-gallery:is([layout=single],[video-id])',
    heights: { 0: 'calc(100cqw / (var(--pbgdpl-video-gallery-ratio,16/9)) + 13em)' },
  },
  {
    // Every section; the demo province's figures.
    selector: 'pbgdpl-stats-board',
    heights: { 0: '418em', 30: '350em', 48: '248em', 64: '240em' },
  },
  {
    // Chosen sections: the room of one block of figures, the least a board shows.
    selector: 'pbgdpl-stats-board[sections]',
    heights: { 0: '60em', 30: '40em', 40: '30em', 64: '21.7em' },
  },
  {
    // The list of contests: heading, state filter and the demo's two contests (the skeleton's two rows).
    selector: 'pbgdpl-quiz',
    heights: { 0: '48.69em', 21: '42em', 26: '36.44em', 36: '30.75em', 45: '29.25em', 64: '23.56em' },
  },
  // One contest opens on its rules, whose length is the organiser's: the room of its head and tabs.
  { selector: 'pbgdpl-quiz[contest-id]', heights: { 0: '12em' } },
];

/** The style sheet for `reservedSpace`: each element contains a float as tall as its entry says. */
export function reservedSpaceCss(): string {
  const tags = [...new Set(reservedSpace.map(({ selector }) => /^[\w-]+/.exec(selector)?.[0]))].join();
  let css =
    `:is(${tags}):not(:defined){display:flow-root;container-type:inline-size;font-size:var(--pbgdpl-font-size,medium)}` +
    `:is(${tags}):not(:defined)::before{content:"";float:left}`;
  for (const { selector, heights = {}, rows, box } of reservedSpace) {
    if (box) css += `${selector}:not(:defined){${box}}`;
    for (const [width, height] of Object.entries(heights)) {
      const of = (n: number | string) => (typeof height === 'string' ? height : height(n));
      // Browsers that read `page-size` in CSS (typed attr()) size the list exactly; others keep the fallback.
      const exact = rows && `;height:${of(`min(attr(page-size type(<number>),${rows[0]}),${rows[1]})`)}`;
      const rule = `${selector}:not(:defined)::before{height:${of(rows?.[0] ?? 0)}${exact || ''}}`;
      css += width === '0' ? rule : `@container (min-width:${width}em){${rule}}`;
    }
  }
  return css;
}
