import { toLang, translator } from '@pbgdpl/core';
import type { SectionContext } from '../context.ts';

/**
 * A section's pages kept in a chunk of their own: `load()` imports it once, when first shown.
 * A failed import is tried again on the next visit; meanwhile the person hears why the page
 * stays empty.
 */
export function lazyChunk(importChunk: () => Promise<unknown>): (ctx?: SectionContext) => void {
  let chunk: Promise<unknown> | undefined;
  return (ctx) => {
    chunk ??= importChunk().catch(() => {
      chunk = undefined;
      const t = translator(toLang(document.documentElement.lang) ?? 'vi', 'admin');
      ctx?.announce(t('core:error.network'));
    });
  };
}
