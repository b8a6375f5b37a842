/** Reading sizes, as multiples of the widget's font size; index 1 is the default. */
export const TEXT_SIZES = [0.9, 1, 1.15, 1.3, 1.5] as const;
export const DEFAULT_TEXT_SIZE = 1;
const KEY = 'pbgdpl-legal-doc-text-size';

const clamp = (index: number) => Math.min(TEXT_SIZES.length - 1, Math.max(0, Math.trunc(index)));

/** The reader's last choice; storage may be blocked (private mode, sandboxed iframes). */
export function loadTextSize(): number {
  try {
    const saved = localStorage.getItem(KEY);
    if (saved === null) return DEFAULT_TEXT_SIZE;
    const index = Number(saved);
    return Number.isFinite(index) ? clamp(index) : DEFAULT_TEXT_SIZE;
  } catch {
    return DEFAULT_TEXT_SIZE;
  }
}

export function saveTextSize(index: number): void {
  try {
    if (index === DEFAULT_TEXT_SIZE) localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, String(clamp(index)));
  } catch {
    // Not persisted: the size still applies to this page.
  }
}

export const stepTextSize = (index: number, step: -1 | 1): number => clamp(index + step);
export const textSizePercent = (index: number): number => Math.round((TEXT_SIZES[clamp(index)] ?? 1) * 100);
export const TEXT_SIZE_KEY = KEY;
