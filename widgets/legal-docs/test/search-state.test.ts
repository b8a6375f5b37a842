import { expect } from '@open-wc/testing';
import {
  apiQuery,
  emptyState,
  readState,
  sameState,
  withState,
  type SearchState,
} from '../src/search-state.ts';
import { pageWindow } from '../src/pager.ts';
import { historicalNote } from '../src/results.ts';
import { translator } from '@pbgdpl/core';
import '../src/legal-docs.ts';

describe('legal-docs search state', () => {
  const state = (patch: Partial<SearchState>): SearchState => ({ ...emptyState(), ...patch });

  it('reads only its own, valid parameters', () => {
    const read = readState(
      '?vb-q=%C4%91%E1%BA%A5t+%C4%91ai&vb-type=quyet-dinh&vb-year=2024&vb-issuer=Bad!&vb-page=3&vb-doc=12&vb-sort=issued&other=1&vbx-q=no',
      'vb-',
    );
    expect(read).to.deep.equal({
      q: 'đất đai',
      filters: { type: 'quyet-dinh', year: '2024' },
      sort: 'issued',
      page: 3,
      doc: 12,
    });
    expect(readState('?vb-page=-2&vb-doc=abc&vb-sort=nope&vb-year=12', 'vb-')).to.deep.equal(emptyState());
  });

  it('writes its parameters without touching the others or the hash', () => {
    const href = 'https://example.vn/tin-tuc?id=5&utm_source=a%20b&flag&vb-q=old#muc-2';
    const next = withState(href, state({ q: 'đất đai', filters: { field: 'dat-dai' }, page: 2 }), 'vb-');
    expect(next).to.equal(
      'https://example.vn/tin-tuc?id=5&utm_source=a%20b&flag&vb-q=%C4%91%E1%BA%A5t%20%C4%91ai&vb-field=dat-dai&vb-page=2#muc-2',
    );
    expect(withState(next, emptyState(), 'vb-')).to.equal(
      'https://example.vn/tin-tuc?id=5&utm_source=a%20b&flag#muc-2',
    );
    expect(withState('https://example.vn/', emptyState(), 'vb-')).to.equal('https://example.vn/');
  });

  it('keeps two prefixes apart', () => {
    const a = withState('https://example.vn/p', state({ q: 'thuế' }), 'a-');
    const both = withState(a, state({ doc: 7 }), 'b-');
    expect(readState(new URL(both).search, 'a-').q).to.equal('thuế');
    expect(readState(new URL(both).search, 'a-').doc).to.equal(undefined);
    expect(readState(new URL(both).search, 'b-').doc).to.equal(7);
    expect(sameState(readState(new URL(both).search, 'a-'), state({ q: 'thuế' }))).to.equal(true);
  });

  it('lets presets win and asks the API with the default sort', () => {
    const query = apiQuery(
      state({ filters: { issuer: 'ubnd-tinh', type: 'luat' } }),
      { issuer: 'so-tu-phap' },
      10,
      'issued',
    );
    expect(query).to.include({ issuer: 'so-tu-phap', type: 'luat', sort: 'issued', page: 1, pageSize: 10 });
    expect(query.q).to.equal(undefined);
  });

  it('windows page numbers', () => {
    expect(pageWindow(1, 3)).to.deep.equal([1, 2, 3]);
    expect(pageWindow(6, 15)).to.deep.equal([1, 0, 4, 5, 6, 7, 8, 0, 15]);
    expect(pageWindow(2, 15)).to.deep.equal([1, 2, 3, 4, 0, 15]);
  });

  it('marks a former issuer with the day it ceased', () => {
    const t = translator('vi', 'legal-docs');
    const issuer = {
      id: 'long-an',
      name: 'UBND tỉnh Long An',
      kind: 'former-province',
      validTo: '2025-06-30',
    } as const;
    expect(historicalNote(issuer, t, 'vi')).to.equal('(trước 01/07/2025)');
    expect(historicalNote({ ...issuer, validTo: null }, t, 'vi')).to.equal('');
  });
});
