import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { Site } from '@pbgdpl/contract';
import '../src/links.ts';
import type { PbgdplLinks } from '../src/links.ts';

const api = `${location.origin}/api/v1`;
const text = (node: Node | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function loaded(template: ReturnType<typeof html>): Promise<PbgdplLinks> {
  const el = await fixture<PbgdplLinks>(template);
  await waitUntil(() => el.shadowRoot?.querySelector('a, .state.error'), 'links did not settle', {
    timeout: 5000,
  });
  return el;
}

describe('<pbgdpl-links>', () => {
  it("lists the site's links from the API, the national ones first, grouped under headings, accessibly", async () => {
    const site = (await (await fetch(`${api}/site`)).json()) as Site;
    const el = await loaded(html`<pbgdpl-links api=${api}></pbgdpl-links>`);
    const root = el.shadowRoot!;
    expect(text(root.querySelector('nav h2'))).to.equal('Liên kết');
    const groups = [...root.querySelectorAll('section')];
    expect(groups.map((group) => text(group.querySelector('h3')))).to.deep.equal([
      'Cổng thông tin và cơ sở dữ liệu pháp luật quốc gia',
      'Liên kết của tỉnh',
    ]);
    const national = [...groups[0]!.querySelectorAll('a')];
    expect(national.map((a) => a.href.replace(/\/$/, ''))).to.deep.equal(
      site.links.filter((link) => link.kind !== 'other').map((link) => link.url.replace(/\/$/, '')),
    );
    expect(text(national.find((a) => a.href.startsWith('https://vbpl.vn')))).to.equal(
      'Cơ sở dữ liệu quốc gia về văn bản pháp luật Văn bản pháp luật',
    );
    for (const kind of ['codification', 'gazette', 'bookshelf', 'national-portal'])
      expect(
        site.links.some((link) => link.kind === kind),
        kind,
      ).to.equal(true);
    const province = [...groups[1]!.querySelectorAll('a')];
    expect(province.length).to.equal(site.links.filter((link) => link.kind === 'other').length);
    // The icons are decoration: the name of each link is its text.
    for (const svg of root.querySelectorAll('svg')) expect(svg.getAttribute('aria-hidden')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('shows tiles in the grid layout, takes a heading level, and speaks English', async () => {
    const el = await loaded(
      html`<pbgdpl-links api=${api} layout="grid" heading-level="3" lang="en"></pbgdpl-links>`,
    );
    await waitUntil(() => text(el.shadowRoot!.querySelector('h3')) === 'Links', 'English heading');
    const root = el.shadowRoot!;
    expect(text(root.querySelector('section h4'))).to.equal('National legal portals and databases');
    expect(getComputedStyle(root.querySelector('ul')!).display).to.equal('grid');
    const [first, second] = [...root.querySelectorAll('li')].map((li) => li.getBoundingClientRect());
    expect(Math.abs(first!.top - second!.top), 'tiles side by side').to.be.lessThan(1);
    await expect(el).to.be.accessible();
  });

  it('fires pbgdpl-load with the count, and shows the error state with a retry when the API fails', async () => {
    const el = document.createElement('pbgdpl-links');
    el.api = api;
    const event = oneEvent(document.body, 'pbgdpl-load');
    document.body.append(el);
    const { detail } = await event;
    expect(detail.count).to.be.greaterThan(4);
    el.remove();

    const broken = await loaded(
      html`<pbgdpl-links api=${`${location.origin}/outage/500/api/v1`}></pbgdpl-links>`,
    );
    expect(broken.shadowRoot!.querySelector('.state.error .retry')).to.not.equal(null);
    await expect(broken).to.be.accessible();
  });
});
