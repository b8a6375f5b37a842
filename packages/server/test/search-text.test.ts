import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isWithoutNumber, numberKey } from '../src/documents/number-key.ts';
import { keyParts, typedNumberParts } from '../src/documents/number-parts.ts';
import { highlightNumber, highlightText, snippet, termPattern } from '../src/search/highlight.ts';
import { tsvectorInput } from '../src/search/postgres-words.ts';
import { parseQuery } from '../src/search/query.ts';
import { htmlToText } from '../src/text/html.ts';

test('number keys: folded, spaces removed; "Không số" in any spelling has no number', () => {
  assert.equal(numberKey(' 45 / 2019 /QĐ-UBND'), '45/2019/qd-ubnd');
  assert.equal(numberKey('45/2019/QĐ-UBND'.normalize('NFD')), '45/2019/qd-ubnd');
  assert.ok(isWithoutNumber(numberKey('KHÔNG SỐ')) && isWithoutNumber(numberKey('không  số')));
});

test('number parts: any order, no leading zeros, type names as their letters, a digit required', () => {
  assert.deepEqual(keyParts(numberKey('08/2025/NQ-HĐND')), ['8', '2025', 'nq', 'hdnd']);
  assert.deepEqual(parseQuery('HĐ-STP 019')?.numberParts, ['hd', 'stp', '19']);
  assert.deepEqual(parseQuery('Nghị quyết số 08 2025')?.numberParts, ['nq', '8', '2025']);
  assert.deepEqual(parseQuery('công văn 1024 SNNMT')?.numberParts, ['1024', 'snnmt']);
  assert.equal(typedNumberParts(['0', '00']), null, '0 and 00 are one part');
  assert.equal(parseQuery('hoà giải cơ sở')?.numberParts, null, 'no digit');
  assert.equal(parseQuery('2025')?.numberParts, null, 'one part');
  assert.equal(parseQuery('quyết định 2025 2025')?.numberParts?.join(), 'qd,2025');
});

test('queries: phrases, AND-ed words, the typed last word as a prefix, numbers', () => {
  assert.deepEqual(parseQuery('"Hoà giải" cơ s'), {
    terms: [
      { words: ['hoa', 'giai'], prefix: false },
      { words: ['co'], prefix: false },
      { words: ['s'], prefix: true },
    ],
    proximity: { words: ['co', 's'], prefix: true },
    numberKey: null,
    numberParts: null,
  });
  assert.equal(parseQuery('"đất đai"')?.terms[0]?.prefix, false);
  assert.equal(parseQuery('45 / 2019')?.numberKey, '45/2019');
  assert.equal(parseQuery('năm 2019')?.numberKey, null, 'a year is not a number');
  assert.equal(parseQuery('  " "  '), null);
  assert.equal(parseQuery(undefined), null);
});

test('PostgreSQL vectors: positions weighted by column; title words and pairs of neighbours within a column', () => {
  const vectors = tsvectorInput(['45/2019/qd-ubnd', 'bang gia dat', 'tom tat', 'dat o']);
  assert.equal(
    vectors.words,
    "'45':1A '2019':2A 'qd':3A 'ubnd':4A 'bang':5B 'gia':6B 'dat':7B,10D 'tom':8C 'tat':9C 'o':11D",
  );
  assert.equal(
    vectors.titleWords,
    "'45' '2019' '45 2019' 'qd' '2019 qd' 'ubnd' 'qd ubnd' 'bang' 'gia' 'bang gia' 'dat' 'gia dat'",
  );
  assert.equal(vectors.pairs, "'45 2019' '2019 qd' 'qd ubnd' 'bang gia' 'gia dat' 'tom tat' 'dat o'");
});

test('highlighting maps folded matches onto the display text and escapes the rest', () => {
  const pattern = termPattern(parseQuery('thuy loi')?.terms ?? []);
  assert.equal(
    highlightText('Phí thuỷ lợi & <b>', pattern),
    'Phí <mark>thuỷ</mark> <mark>lợi</mark> &amp; &lt;b&gt;',
  );
  assert.equal(highlightText('thuỷlợi', pattern), 'thuỷlợi', 'whole words only');
  const prefix = termPattern(parseQuery('tuyên truy')?.terms ?? []);
  assert.equal(highlightText('Tuyên truyền', prefix), '<mark>Tuyên</mark> <mark>truyền</mark>');
  assert.equal(highlightNumber('45/2019/QĐ-UBND', '45/2019/qd', null), '<mark>45/2019/QĐ</mark>-UBND');
  assert.equal(highlightNumber('145/2019/QĐ-UBND', '45/2019', null), '145/2019/QĐ-UBND');
  assert.equal(snippet('Không có từ nào', 'khong co tu nao', pattern), null);
});

test('html to text: blocks become spaces, entities decoded, scripts dropped', () => {
  assert.equal(
    htmlToText('<p>Điều 1</p><p>Điều&nbsp;2 &amp; 3<script>x()</script></p><ul><li>a</li><li>b</li></ul>'),
    'Điều 1 Điều 2 & 3 a b',
  );
});
