import i18next, { type TFunction } from 'i18next';
import coreVi from './locales/vi.json';

export type Lang = 'vi' | 'en';
export const LANGS: readonly Lang[] = ['vi', 'en'];
export type Translate = TFunction;

/**
 * A widget's messages in one language: the object itself, or a function importing it. Only
 * Vietnamese, the default, ships in the widget's chunk; other languages are imported the
 * first time an element shows them, so Vietnamese pages never download English.
 */
type Importer = () => Promise<{ default: object }>;
export type Messages = Record<string, unknown> | Importer;

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
  resources: { vi: { core: coreVi } },
});

/** Importers not run yet, per `lang/namespace` (a namespace may be registered by several modules). */
const pending = new Map<string, Importer[]>();
const loading = new Map<string, Promise<void>>();

function add(lang: Lang, namespace: string, messages: Messages): void {
  if (typeof messages !== 'function') {
    i18n.addResourceBundle(lang, namespace, messages, true, false);
    return;
  }
  const key = `${lang}/${namespace}`;
  pending.set(key, [...(pending.get(key) ?? []), messages]);
  loading.delete(key);
}

/** Each widget adds its own namespace of messages, in both languages. */
export function registerLocales(namespace: string, messages: Record<Lang, Messages>): void {
  for (const lang of LANGS) add(lang, namespace, messages[lang]);
}

registerLocales('core', { vi: coreVi, en: () => import('./locales/en.json') });

function load(key: string): Promise<void> {
  let promise = loading.get(key);
  if (!promise) {
    const [lang = 'vi', namespace = 'core'] = key.split('/');
    const importers = pending.get(key) ?? [];
    promise = Promise.all(importers.map((load) => load())).then(
      (modules) => {
        for (const module of modules) i18n.addResourceBundle(lang, namespace, module.default, true, false);
        pending.delete(key);
      },
      // Unreachable chunk: stop asking; missing keys fall back to Vietnamese.
      () => void pending.delete(key),
    );
    loading.set(key, promise);
  }
  return promise;
}

/**
 * Undefined when every registered namespace has its messages in `lang`; else a promise for
 * them. All at once: a widget may use another's keys (`legal-docs:…` in the document view).
 */
export function localesReady(lang: Lang): Promise<void> | undefined {
  const keys = [...pending.keys()].filter((key) => key.startsWith(`${lang}/`));
  return keys.length === 0 ? undefined : Promise.all(keys.map(load)).then(() => undefined);
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
