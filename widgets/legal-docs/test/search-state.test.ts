import { expect } from '@open-wc/testing';
import type { IssuerRef } from '@pbgdpl/contract';
import { apiQuery, searchCodec, type SearchState } from '../src/search-state.ts';
import { formerUnitNote, translator } from '@pbgdpl/core';
import '../src/legal-docs.ts';

describe('legal-docs search state', () => {
  const state = (patch: Partial<SearchState>): SearchState => ({ ...searchCodec.empty(), ...patch });

  it('reads only its own, valid parameters', () => {
    const read = searchCodec.read(
      '?vb-q=%C4%91%E1%BA%A5t+%C4%91ai&vb-type=quyet-dinh&vb-year=2024&vb-issuer=Bad!&vb-page=3&vb-doc=12&vb-sort=issued&other=1&vbx-q=no',
      'vb-',
    );
    expect(read).to.deep.equal(
      state({ q: 'đất đai', type: 'quyet-dinh', year: '2024', sort: 'issued', page: 3, doc: 12 }),
    );
    expect(
      searchCodec.read('?vb-page=-2&vb-doc=abc&vb-sort=nope&vb-year=12&vb-type=nope', 'vb-'),
    ).to.deep.equal(searchCodec.empty());
  });

  it('writes its parameters in a fixed order, without touching the others or the hash', () => {
    const href = 'https://example.vn/tin-tuc?id=5&utm_source=a%20b&flag&vb-q=old#muc-2';
    const next = searchCodec.withState(href, state({ q: 'đất đai', field: 'dat-dai', page: 2 }), 'vb-');
    expect(next).to.equal(
      'https://example.vn/tin-tuc?id=5&utm_source=a%20b&flag&vb-q=%C4%91%E1%BA%A5t%20%C4%91ai&vb-field=dat-dai&vb-page=2#muc-2',
    );
    expect(searchCodec.withState(next, searchCodec.empty(), 'vb-')).to.equal(
      'https://example.vn/tin-tuc?id=5&utm_source=a%20b&flag#muc-2',
    );
  });

  it('lets presets win and asks the API with the default sort', () => {
    const query = apiQuery(
      state({ issuer: 'ubnd-tinh', type: 'luat' }),
      { issuer: 'so-tu-phap' },
      10,
      'issued',
    );
    expect(query).to.include({ issuer: 'so-tu-phap', type: 'luat', sort: 'issued', page: 1, pageSize: 10 });
    expect(query.q).to.equal(undefined);
  });

  it('marks a former issuer with the day it ceased', () => {
    const t = translator('vi', 'legal-docs');
    const issuer: IssuerRef = {
      id: 'long-an',
      name: 'UBND tỉnh Long An',
      kind: 'former-province',
      validTo: '2025-06-30',
      successors: [],
    };
    expect(formerUnitNote(issuer, t, 'vi')).to.equal('(trước 01/07/2025)');
    expect(formerUnitNote({ ...issuer, validTo: null }, t, 'vi')).to.equal('');
    const district = {
      ...issuer,
      successors: [
        { id: 'xa-hoa-thanh', name: 'UBND xã Hòa Thạnh' },
        { id: 'tay-ninh', name: 'UBND tỉnh Tây Ninh' },
      ],
    };
    expect(formerUnitNote(district, t, 'vi')).to.equal(
      '(trước 01/07/2025; nay là UBND xã Hòa Thạnh và UBND tỉnh Tây Ninh)',
    );
  });
});
