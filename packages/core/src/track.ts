import type { TrackedEvent } from '@pbgdpl/contract';
import { apiClient } from './api-client.ts';
import { loaderSettings } from './loader-settings.ts';

/** Beacons wait this long so the impressions of several widgets travel in one request. */
const FLUSH_DELAY_MS = 1_000;
const MAX_BATCH = 50;

const queues = new Map<string, TrackedEvent[]>();
let timer: ReturnType<typeof setTimeout> | undefined;

function flush(): void {
  clearTimeout(timer);
  timer = undefined;
  const { pageViewId } = loaderSettings();
  for (const [api, events] of queues) {
    for (let start = 0; start < events.length; start += MAX_BATCH) {
      apiClient(api).beacon({ pageViewId, events: events.slice(start, start + MAX_BATCH) });
    }
  }
  queues.clear();
}

let listening = false;
function flushWhenHidden(): void {
  if (listening) return;
  listening = true;
  // The last chance to send before a tab is closed or frozen.
  addEventListener('pagehide', flush);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flush();
  });
}

/** Counts an impression, click or view; batched, sent with sendBeacon, never throws. */
export function track(api: string, event: TrackedEvent): void {
  const queue = queues.get(api) ?? [];
  queue.push(event);
  queues.set(api, queue);
  flushWhenHidden();
  timer ??= setTimeout(flush, FLUSH_DELAY_MS);
}

/** Sends queued beacons now (a click that leaves the page cannot wait). */
export const flushTracking = flush;
