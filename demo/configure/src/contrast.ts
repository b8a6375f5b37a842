/** WCAG 2.1 contrast of two `#rrggbb` colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

function luminance(hex: string): number {
  const channels = [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16) / 255);
  const [r = 0, g = 0, b = 0] = channels.map((c) =>
    c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4,
  );
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Text needs 4.5:1 (WCAG 1.4.3); borders and focus rings 3:1 (1.4.11). */
export const TEXT_MINIMUM = 4.5;
export const NON_TEXT_MINIMUM = 3;

/**
 * Which colour each token is read against, and the minimum it needs. Borders are not listed:
 * they only separate blocks (controls are outlined in the text or brand colour), so WCAG asks
 * nothing of them.
 */
export const CONTRAST_PARTNERS: Record<string, { against: string; minimum: number }> = {
  '--pbgdpl-color-primary': { against: '--pbgdpl-color-surface', minimum: TEXT_MINIMUM },
  '--pbgdpl-color-on-primary': { against: '--pbgdpl-color-primary', minimum: TEXT_MINIMUM },
  '--pbgdpl-color-text': { against: '--pbgdpl-color-surface', minimum: TEXT_MINIMUM },
  '--pbgdpl-color-muted': { against: '--pbgdpl-color-surface', minimum: TEXT_MINIMUM },
  '--pbgdpl-color-surface': { against: '--pbgdpl-color-text', minimum: TEXT_MINIMUM },
  '--pbgdpl-color-surface-alt': { against: '--pbgdpl-color-text', minimum: TEXT_MINIMUM },
  '--pbgdpl-color-focus': { against: '--pbgdpl-color-surface', minimum: NON_TEXT_MINIMUM },
};
