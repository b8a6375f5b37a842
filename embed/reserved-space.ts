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

/** Rows of a grid of `columns` columns holding `n` items: a number, or a CSS expression of `page-size`. */
const gridRows = (n: number | string, columns: number) =>
  typeof n === 'number' ? Math.ceil(n / columns) : `round(up,${n}/${columns},1)`;

/** The width of one column of `columns` with 1em gaps, in the element's own width. */
const column = (columns: number) => `((100cqw - ${columns - 1}em) / ${columns})`;

/**
 * The video grid: as many columns of 14em as fit with 1em gaps, a 16:9 poster (or the page's
 * `--pbgdpl-video-gallery-ratio`) and 6.0625em of title, date and gap per card, under the search
 * form (stacked in one column) and above the pager.
 */
function videoGrid(): Record<number, Height> {
  const heights: Record<number, Height> = {};
  for (let columns = 1; columns <= 8; columns++) {
    heights[columns === 1 ? 0 : 15 * columns - 1] = (n) =>
      `calc(${columns === 1 ? 15.25 : 10}em + ${gridRows(n, columns)} * (${column(columns)} / (var(--pbgdpl-video-gallery-ratio,16/9)) + 6.0625em))`;
  }
  return heights;
}

/**
 * The news cards: as many columns of 16em as fit with 1em gaps; each card is its cover (the
 * card's width less its border, at `--pbgdpl-news-ratio`) and 15.396875em of text lines, which
 * keep their height (news.styles.ts). `above(width)` and `below(width)` are what the view puts
 * around the grid at each least width (em) where it changes.
 */
function newsCards(above: Record<number, number>, below: Record<number, number> = { 0: 0 }) {
  const heights: Record<number, Height> = {};
  const columnsAt = (width: number) => Math.max(1, Math.floor((width + 1) / 17));
  const last = (steps: Record<number, number>, width: number) =>
    Object.entries(steps)
      .filter(([from]) => Number(from) <= width)
      .sort(([a], [b]) => Number(a) - Number(b))
      .at(-1)?.[1] ?? 0;
  const widths = new Set([...Object.keys(above), ...Object.keys(below)].map(Number));
  for (let columns = 2; columns <= 8; columns++) widths.add(17 * columns - 1);
  for (const width of [...widths].sort((a, b) => a - b)) {
    const columns = columnsAt(width);
    const card = `(${column(columns)} - 0.125em) / (var(--pbgdpl-news-ratio,16/9)) + 15.396875em`;
    heights[width] = (n) =>
      `calc(${last(above, width) + last(below, width) - 1}em + ${gridRows(n, columns)} * (${card} + 1em))`;
  }
  return heights;
}

/** A short view's heading (1.125em text, its padding and rule) and the gap below it. */
const NEWS_HEADING = 2.84375;

/**
 * Short news lists: the heading, then rows whose title keeps three lines below 30em, two below
 * 48em and one from there (`row(lines)`), 0.625em apart.
 */
function newsList(head: number, row: (lines: number) => number): Record<number, Height> {
  const at = (lines: number) => list(head - 0.625, row(lines) + 0.625);
  return { 0: at(3), 30: at(2), 48: at(1) };
}

/** A short news view, and the same with its "Xem tất cả" link (1.5em and a gap) below. */
function shortNews(view: string, rows: number, heights: (head: number) => Record<number, Height>): Reserve[] {
  const selector = `pbgdpl-news[view=${view}]`;
  return [
    { selector, rows: [rows, 12], heights: heights(NEWS_HEADING) },
    { selector: `${selector}[more-href]`, rows: [rows, 12], heights: heights(NEWS_HEADING + 2.25) },
  ];
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
    // Tabs, search and filters (measured on the demo's labels), the cards, the pager below.
    selector: 'pbgdpl-news',
    rows: [12, 12],
    heights: newsCards(
      {
        0: 63.75,
        15.5: 59.5,
        18: 58.375,
        24: 55.25,
        24.5: 52.125,
        25: 41.625,
        28: 38.5,
        30.5: 35.375,
        40: 32.25,
        50.5: 27,
        55.5: 23.875,
      },
      { 0: 10, 15.5: 6.875, 30.5: 3.75 },
    ),
  },
  ...shortNews('cards', 6, (head) => newsCards({ 0: head })),
  ...shortNews('headlines', 5, (head) => newsList(head, (lines) => lines * 1.5 + 2)),
  ...shortNews('compact', 5, (head) => newsList(head, (lines) => Math.max(3.5, lines * 1.5 + 1.4375))),
  { selector: 'pbgdpl-article', heights: { 0: '56em' } },
  {
    // Every section; the demo province's figures.
    selector: 'pbgdpl-stats-board',
    heights: { 0: '418em', 30: '350em', 48: '248em', 64: '240em' },
  },
  {
    // The demo province's seven links (six national, one of its own) in two groups; titles wrap when narrow.
    selector: 'pbgdpl-links',
    heights: { 0: '45.5em', 24: '41em', 36: '36.7em' },
  },
  {
    // Tiles of at least 11em: one, two, three to five, then six or more in a row.
    selector: 'pbgdpl-links[layout=grid]',
    heights: { 0: '61.5em', 23.5: '43.7em', 35: '34em', 68.5: '27em' },
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
    // Narrow to wide, so a wider container's rule comes later and wins (`15.5` is not an index key).
    const steps = Object.entries(heights).sort(([a], [b]) => Number(a) - Number(b));
    for (const [width, height] of steps) {
      const of = (n: number | string) => (typeof height === 'string' ? height : height(n));
      // Browsers that read `page-size` in CSS (typed attr()) size the list exactly; others keep the fallback.
      const exact = rows && `;height:${of(`min(attr(page-size type(<number>),${rows[0]}),${rows[1]})`)}`;
      const rule = `${selector}:not(:defined)::before{height:${of(rows?.[0] ?? 0)}${exact || ''}}`;
      css += width === '0' ? rule : `@container (min-width:${width}em){${rule}}`;
    }
  }
  return css;
}
