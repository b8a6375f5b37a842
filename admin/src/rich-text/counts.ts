import type { Node as PMNode } from 'prosemirror-model';

/** Words (runs of letters and digits between spaces, as Word counts Vietnamese syllables) and characters. */
export function countText(doc: PMNode): { words: number; characters: number } {
  const text = doc.textBetween(0, doc.content.size, '\n', '\n');
  return {
    words: text.match(/[^\s\u00a0]+/g)?.length ?? 0,
    characters: [...text.replace(/\n/g, '')].length,
  };
}
