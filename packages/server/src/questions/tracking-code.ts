import { randomInt } from 'node:crypto';

/** TRACKING_CODE's alphabet: no 0/O or 1/I/L to misread over the phone. */
export const TRACKING_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/**
 * 31⁸ ≈ 8.5·10¹¹ codes: not guessable, so a code is enough to see one's own question's state.
 * `HD-` (hỏi đáp) for questions, `PA-` (phản ánh) for feedback on documents.
 */
export function newTrackingCode(prefix: 'HD' | 'PA' = 'HD'): string {
  let code = `${prefix}-`;
  for (let i = 0; i < 8; i++) code += TRACKING_ALPHABET[randomInt(TRACKING_ALPHABET.length)];
  return code;
}
