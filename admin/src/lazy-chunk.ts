import { toLang, translator } from '@pbgdpl/core';
import type { SectionContext } from './context.ts';

/**
 * A part of the console kept out of the main chunk, loaded when first shown: the returned
 * function starts the import once; a failed one is tried again on the next call, and meanwhile
 * the person hears why the view stays empty.
 */
export function lazyChunk(importer: () => Promise<unknown>): (ctx?: SectionContext) => void {
  let loading: Promise<unknown> | undefined;
  return (ctx) => {
    loading ??= importer().catch(() => {
      loading = undefined;
      const t = translator(toLang(document.documentElement.lang) ?? 'vi', 'admin');
      ctx?.announce(t('core:error.network'));
    });
  };
}
