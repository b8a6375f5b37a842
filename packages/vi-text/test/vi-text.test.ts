import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareCodes, compareVi, foldVi, normalizeVi, tokenizeVi } from '../src/index.ts';

const nfd = (s: string) => s.normalize('NFD');

test('normalizeVi returns NFC for NFD input', () => {
  const out = normalizeVi(nfd('Quyết định về phổ biến pháp luật'));
  assert.equal(out, 'Quyết định về phổ biến pháp luật');
  assert.equal(out, out.normalize('NFC'));
});

test('normalizeVi puts the tone on one agreed vowel', () => {
  const cases: Array<[string, string]> = [
    ['hoà', 'hòa'],
    ['Khánh Hoà', 'Khánh Hòa'],
    ['thuỷ lợi', 'thủy lợi'],
    ['hoè', 'hòe'],
    ['khuỷu', 'khuỷu'],
    ['ngoài', 'ngoài'],
    ['hoàn thành', 'hoàn thành'],
    ['quý', 'quý'],
    ['giá', 'giá'],
    ['gì', 'gì'],
    ['người', 'người'],
    ['mùa', 'mùa'],
    ['tuổi', 'tuổi'],
    ['THUỶ', 'THỦY'],
  ];
  for (const [input, expected] of cases) {
    assert.equal(normalizeVi(input), expected, input);
    assert.equal(normalizeVi(nfd(input)), expected, `NFD ${input}`);
  }
});

test('normalizeVi leaves non-Vietnamese words and numbers alone', () => {
  for (const s of ['45/2019/QĐ-UBND', 'café', 'naïve', 'https://vbpl.vn/a?b=1', '']) {
    assert.equal(normalizeVi(s), s.normalize('NFC'));
  }
});

test('foldVi removes marks, maps đ to d and lowers case', () => {
  assert.equal(foldVi('Đường bộ ĐẶC KHU'), 'duong bo dac khu');
  assert.equal(foldVi(nfd('Phổ biến, giáo dục pháp luật')), 'pho bien, giao duc phap luat');
});

test('foldVi makes spelling variants meet', () => {
  assert.equal(foldVi('hoà giải'), foldVi('hòa giải'));
  assert.equal(foldVi('kĩ thuật'), foldVi('kỹ thuật'));
  assert.equal(foldVi('lí lịch'), foldVi('lý lịch'));
  assert.equal(foldVi('qui định'), foldVi('quy định'));
  assert.notEqual(foldVi('tay'), foldVi('tai'));
});

test('foldVi keeps one character per NFC character, so offsets carry over', () => {
  const text = 'Nghị quyết số 12/2024/NQ-HĐND về thủy lợi và hoà giải ở cơ sở';
  assert.equal(foldVi(text).length, text.length);
});

test('tokenizeVi splits folded words and numbers', () => {
  assert.deepEqual(tokenizeVi('Luật Hòa giải ở cơ sở, 2013'), [
    'luat',
    'hoa',
    'giai',
    'o',
    'co',
    'so',
    '2013',
  ]);
});

test('compareVi sorts in Vietnamese alphabetical order', () => {
  const words = ['Đông', 'Ân', 'Dương', 'An', 'Ăn', 'Bình', 'Ê', 'E'];
  assert.deepEqual([...words].sort(compareVi), ['An', 'Ăn', 'Ân', 'Bình', 'Dương', 'Đông', 'E', 'Ê']);
  assert.equal(compareVi('hoà', 'hòa'), 0);
  assert.ok(compareVi('Văn bản 2', 'Văn bản 10') < 0);
});

test('compareCodes orders codes by code unit, whatever the locale', () => {
  // Danish and Norwegian collation put "aa" after "z"; ids must not move with the machine.
  const ids = ['so-y-te', 'aa-unit', 'Z-unit', '2026-01-09', '2026-01-10', 'so-tu-phap'];
  assert.deepEqual([...ids].sort(compareCodes), [
    '2026-01-09',
    '2026-01-10',
    'Z-unit',
    'aa-unit',
    'so-tu-phap',
    'so-y-te',
  ]);
  assert.equal(compareCodes('a', 'a'), 0);
});
