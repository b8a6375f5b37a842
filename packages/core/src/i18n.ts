import i18next, { type TFunction } from 'i18next';
import coreVi from './locales/vi.json';
import coreEn from './locales/en.json';

export type Lang = 'vi' | 'en';
export const LANGS: readonly Lang[] = ['vi', 'en'];
export type Translate = TFunction;

/** A private instance: the host page may run its own i18next, and we must not touch it. */
const i18n = i18next.createInstance();
void i18n.init({
  lng: 'vi',
  fallbackLng: 'vi',
  supportedLngs: [...LANGS],
  ns: ['core'],
  defaultNS: 'core',
  initAsync: false,
  // Lit escapes every text binding; escaping here too would show "&amp;".
  interpolation: { escapeValue: false },
  resources: { vi: { core: coreVi }, en: { core: coreEn } },
});

/** Each widget adds its own namespace of messages, in both languages. */
export function registerLocales(namespace: string, messages: Record<Lang, object>): void {
  for (const lang of LANGS) i18n.addResourceBundle(lang, namespace, messages[lang], true, false);
}

/** A translate function bound to a language and namespace; `core:` keys stay reachable. */
export function translator(lang: Lang, namespace = 'core'): Translate {
  return i18n.getFixedT(lang, namespace);
}

/** `en-GB` → `en`; anything we do not speak falls back to Vietnamese. */
export function toLang(tag: string | null | undefined): Lang | undefined {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return LANGS.find((lang) => lang === primary);
}
