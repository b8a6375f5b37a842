import type { ApiErrorKind } from './api-error.ts';

/** Details of the events every widget may fire; widgets add their own by merging this map. */
export interface PbgdplEventMap {
  /** Content arrived (also when it is a stale copy). */
  'pbgdpl-load': { count: number; stale: boolean };
  /** Content could not be loaded and nothing older was available. */
  'pbgdpl-error': { kind: ApiErrorKind; status?: number };
}

/** Fires a `pbgdpl-*` event that crosses shadow roots so the host page can listen anywhere. */
export function emit<M extends object, K extends keyof M & string>(
  target: EventTarget,
  type: K,
  detail: M[K],
): boolean {
  return target.dispatchEvent(
    new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable: true }),
  );
}
