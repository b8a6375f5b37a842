import { toLang, translator } from '@pbgdpl/core';
import type { SectionContext } from '../context.ts';

/**
 * Pages kept out of the console's main chunk: `load` runs when one of them is first shown. A
 * failed load is tried again on the next visit; meanwhile the person hears why the page is empty.
 */
export function lazyChunk(load: () => Promise<unknown>): (ctx?: SectionContext) => void {
  let loading: Promise<unknown> | undefined;
  return (ctx) => {
    loading ??= load().catch(() => {
      loading = undefined;
      const t = translator(toLang(document.documentElement.lang) ?? 'vi', 'admin');
      ctx?.announce(t('core:error.network'));
    });
  };
}
