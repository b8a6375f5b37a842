/** A job a node repeats: `stop()` waits for the round in progress and starts no other. */
export interface Periodic {
  stop(): Promise<void>;
}

/**
 * Runs `round` now, then `intervalMs` after each round ends (rounds never overlap). A failed
 * round is logged with `failure` and the next one runs as usual.
 */
export function repeat(intervalMs: number, round: () => Promise<unknown>, failure: string): Periodic {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  const next = () => {
    running = round()
      .catch((error: unknown) => console.error(failure, error))
      .finally(() => {
        if (!stopped) timer = setTimeout(next, intervalMs);
      });
  };
  next();
  return {
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
