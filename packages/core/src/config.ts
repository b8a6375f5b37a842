import { createContext } from '@lit/context';
import { loaderSettings } from './loader-settings.ts';

/** Settings a widget needs to talk to the API, resolved per element. */
export interface PbgdplConfig {
  /** Base URL of the API, e.g. `https://pbgdpl.tayninh.gov.vn/api/v1`. */
  api: string;
  /** Unit (department, commune) whose site shows the widget; filters unit-specific content. */
  unit?: string;
  lang?: string;
}

/** A string key (not a Symbol) so providers and widgets from two bundle copies still meet. */
export const configContext = createContext<Partial<PbgdplConfig> | undefined>('pbgdpl-config');

export const DEFAULT_API = '/api/v1';

/**
 * Precedence: the element's own attribute > the nearest `<pbgdpl-provider>` > the loader's
 * `data-*` > same-origin defaults.
 */
export function resolveConfig(
  own: Partial<PbgdplConfig>,
  provided: Partial<PbgdplConfig> | undefined,
): PbgdplConfig {
  const loader = loaderSettings();
  const pick = (key: keyof PbgdplConfig) => own[key] || provided?.[key] || loader[key] || undefined;
  const api = new URL(pick('api') ?? DEFAULT_API, document.baseURI).href.replace(/\/+$/, '');
  return { api, unit: pick('unit'), lang: pick('lang') };
}
