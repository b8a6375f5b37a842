import { closeHistory } from 'prosemirror-history';
import type { EditorState, Transaction } from 'prosemirror-state';
import { ReplaceStep } from 'prosemirror-transform';

/**
 * Typing starts a new undo step at each space that ends a word, so Ctrl+Z takes back the last
 * word (with the space before it) rather than a letter or a whole sentence. An IME's
 * composition (Telex "dd" → "đ", "a" + "s" → "á") is merged into the step it continues by
 * prosemirror-history itself, so a composed word is never split.
 */
export function closeAtWordEnd(tr: Transaction, state: EditorState): Transaction {
  if (tr.steps.length !== 1 || tr.getMeta('composition') !== undefined) return tr;
  const step = tr.steps[0];
  if (!(step instanceof ReplaceStep)) return tr;
  const { from, to, slice } = step;
  const first = slice.content.firstChild;
  if (from !== to || slice.content.childCount !== 1 || !first?.isText || !/^\s/.test(first.text ?? ''))
    return tr;
  const $from = state.doc.resolve(from);
  const before = $from.parentOffset === 0 ? '' : state.doc.textBetween(from - 1, from, '\n', '\n');
  return before && /\S/.test(before) ? closeHistory(tr) : tr;
}
