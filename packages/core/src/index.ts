export { PbgdplElement } from './base-element.ts';
export { defineElement } from './define.ts';
export { configContext, resolveConfig, type PbgdplConfig } from './config.ts';
export { loaderSettings, type LoaderSettings } from './loader-settings.ts';
export {
  ApiClient,
  apiClient,
  type ApiClientOptions,
  type ApiResult,
  type GetOptions,
  type QueryParams,
  type ReadRoute,
  type RouteInput,
  type RouteQuery,
  type RouteReply,
  type SendOptions,
} from './api-client.ts';
export { ApiError, type ApiErrorKind } from './api-error.ts';
export { ApiResource, type ResourceState, type ResourceRequest } from './resource.ts';
export { registerLocales, translator, toLang, LANGS, type Lang, type Translate } from './i18n.ts';
export { resolveLang } from './lang.ts';
export { dayAfter, formatDate, formatList, formatNumber, formatTime } from './format.ts';
export { type FormerUnit, formerUnitNote } from './former-unit.ts';
export { mediaUrl, srcsetOf } from './media-url.ts';
export { randomId } from './random-id.ts';
export { emit, type PbgdplEventMap } from './events.ts';
export { track, flushTracking } from './track.ts';
export { whenHalfVisible } from './visibility.ts';
export { tokens, hostReset } from './tokens.ts';
export { VERSION } from './version.ts';
import './provider.ts';
export { PbgdplProvider } from './provider.ts';
export { renderSearchField, searchFieldStyles } from './search-field.ts';
export { buttonStyles } from './button-styles.ts';
export { BrowseController, TYPING_DELAY, type BrowseOptions, type BrowseState } from './browse-controller.ts';
export {
  browseStyles,
  foundText,
  isPlainClick,
  pageWindow,
  renderBack,
  renderDetailDialog,
  renderItemLink,
  renderPager,
  renderSkeleton,
  type DialogContext,
  type ItemLink,
  type PagerContext,
} from './browse-view.ts';
export {
  idParam,
  MAX_QUERY,
  oneOfParam,
  pageParam,
  patternParam,
  textParam,
  UrlCodec,
  viewParam,
  type Param,
  type Params,
} from './url-codec.ts';
export { renderLoading } from './states.ts';
