import type { WorkChallenge } from '@pbgdpl/contract';

/** Hashes between pauses: long enough to be quick, short enough to keep the page responsive. */
const BATCH = 2_000;

const hex = (buffer: ArrayBuffer) =>
  Array.from(new Uint8Array(buffer), (byte) => byte.toString(16).padStart(2, '0')).join('');

const pause = () => new Promise((resolve) => setTimeout(resolve));

/**
 * Solves an ALTCHA challenge (find n ≤ maxNumber with sha256(salt + n) = challenge) with Web
 * Crypto, pausing every few thousand tries so typing and screen readers stay responsive.
 * Answers the payload the server expects: base64 JSON of {algorithm, challenge, number, salt,
 * signature}; undefined when no number fits or the wait was abandoned.
 */
export async function solveChallenge(
  { algorithm, challenge, salt, maxNumber, signature }: WorkChallenge,
  signal?: AbortSignal,
): Promise<string | undefined> {
  // Web Crypto exists only on HTTPS pages; without it the server's refusal explains itself.
  if (!crypto.subtle) return undefined;
  const encoder = new TextEncoder();
  for (let number = 0; number <= maxNumber; number++) {
    if (number % BATCH === 0) {
      await pause();
      if (signal?.aborted) return undefined;
    }
    const digest = await crypto.subtle.digest('SHA-256', encoder.encode(salt + number));
    if (hex(digest) === challenge)
      return btoa(JSON.stringify({ algorithm, challenge, number, salt, signature }));
  }
  return undefined;
}
