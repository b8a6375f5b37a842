import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../src/rich-text-editor.ts';
import type { PbgdplRichText } from '../src/rich-text-editor.ts';
import { $, deepActive, root } from './helpers.ts';

async function editor(value = ''): Promise<PbgdplRichText> {
  const el = await fixture<PbgdplRichText>(
    html`<pbgdpl-rich-text label="Toàn văn" .value=${value}></pbgdpl-rich-text>`,
  );
  await waitUntil(() => root(el).querySelector('[role=toolbar]'), 'the editor did not load', {
    timeout: 5000,
  });
  return el;
}

const text = (el: PbgdplRichText) => $(el, '[role=textbox]');

describe('<pbgdpl-rich-text> smoke', () => {
  it('loads, types and pastes through the OS clipboard', async () => {
    const el = await editor('<p>Mở đầu.</p>');
    el.focus();
    expect(deepActive()).to.equal(text(el));
    await sendKeys({ press: 'End' });
    await sendKeys({ type: ' abc' });
    expect(el.value).to.equal('<p>Mở đầu. abc</p>');
    const changed = oneEvent(el, 'pbgdpl-rich-text-input');
    await executeServerCommand('os-paste', { html: '<p>Điều 1. <b>Đậm</b></p><p>Hai</p>', text: 'x' });
    await changed;
    console.log(el.value);
    await executeServerCommand('ime', [
      { compose: 'd' },
      { compose: 'đ' },
      { compose: 'đâ' },
      { compose: 'đất' },
      { commit: 'đất' },
    ]);
    console.log(el.value);
  });
});
