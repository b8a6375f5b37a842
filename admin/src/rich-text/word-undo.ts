import { closeHistory } from 'prosemirror-history';
import type { EditorState, Transaction } from 'prosemirror-state';
import { ReplaceStep } from 'prosemirror-transform';

/**
 * Typing starts a new undo step at each word's first letter, so Ctrl+Z takes back the last
 * word rather than a letter or a whole sentence. An IME's composition (Telex "dd" → "đ",
 * "a" + "s" → "á") only replaces letters of the word it started, so it stays in that word's
 * step.
 */
export function closeAtWordStart(tr: Transaction, state: EditorState): Transaction {
  if (tr.steps.length !== 1 || tr.getMeta('paste') || tr.getMeta('uiEvent') === 'drop') return tr;
  const step = tr.steps[0];
  if (!(step instanceof ReplaceStep)) return tr;
  const { from, to, slice } = step;
  const first = slice.content.firstChild;
  if (from !== to || slice.content.childCount !== 1 || !first?.isText || !/^\S/.test(first.text ?? ''))
    return tr;
  const $from = state.doc.resolve(from);
  const before = $from.parentOffset === 0 ? '' : state.doc.textBetween(from - 1, from, '\n', '\n');
  return before === '' || /\s/.test(before) ? closeHistory(tr) : tr;
}
