import { expect, fixture, html } from '@open-wc/testing';
import type { Question, QuestionPage, Site } from '@pbgdpl/contract';
import { translator } from '@pbgdpl/core';
import { renderQuestion, unitNote } from '../src/question-detail.ts';
import '../src/qa-box.ts';

const api = `${location.origin}/api/v1`;
const get = async <T>(path: string) => (await (await fetch(`${api}${path}`)).json()) as T;

describe('Q&A detail: the unit that answered', () => {
  it('says "nay là …" for a unit gone in the 2025 reform, from the site’s unit list, and nothing for a unit of today', async () => {
    const { units } = await get<Site>('/site');
    const t = translator('vi', 'qa-box');
    expect(unitNote(units, 'phuong-1-tan-an', t, 'vi')).to.equal(
      'đơn vị cũ, đến 30/06/2025; nay là Phường Long An',
    );
    expect(unitNote(units, 'phuong-long-an', t, 'vi')).to.equal('');
    expect(unitNote(units, 'khong-co', t, 'vi')).to.equal('');

    // A published question shown as if a former ward had answered it: the note follows the name.
    const listed = await get<QuestionPage>('/questions?pageSize=1');
    const question = await get<Question>(`/questions/${listed.items[0]!.id}`);
    const former = { ...question, unit: { id: 'phuong-1-tan-an', name: 'UBND Phường 1, thành phố Tân An' } };
    const context = {
      t,
      lang: 'vi' as const,
      api,
      documentsHref: undefined,
      unitNote: (id: string) => unitNote(units, id, t, 'vi'),
    };
    const el = await fixture(html`<div>${renderQuestion(former, context)}</div>`);
    expect(el.querySelector('.facts .historical')?.textContent).to.equal(
      '(đơn vị cũ, đến 30/06/2025; nay là Phường Long An)',
    );
  });
});
