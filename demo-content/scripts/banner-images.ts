/**
 * Draws the demo banners' SVG images into demo-content/media/banners/ from banners.json (each
 * banner's `art`). Run after changing them: `node --import tsx demo-content/scripts/banner-images.ts`
 * (a server test checks the committed files match).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { isMain, mediaDir, mediaFileName, readDemoJson } from './demo-data.ts';

export const bannerImageDir = mediaDir('banners');

/** What the drawing needs of a banner in banners.json. */
export interface DemoBanner {
  alt: string;
  image: { url: string; width: number; height: number };
  art: { lines: string[]; background: string; foreground: string; accent: string };
}

export const demoBanners = (): DemoBanner[] =>
  readDemoJson<{ banners: DemoBanner[] }>('banners.json').banners;

const FONT = "'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', sans-serif";

const escapeXml = (text: string) => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

/** A rough width for a sans-serif line; lines that would not fit are squeezed to fit. */
const fitLength = (text: string, size: number, maxWidth: number) =>
  text.length * size * 0.56 > maxWidth ? ` textLength="${maxWidth}" lengthAdjust="spacingAndGlyphs"` : '';

export function bannerSvg(banner: DemoBanner): string {
  const { width, height } = banner.image;
  const { lines, background, foreground, accent } = banner.art;
  const wide = width / height > 3;
  // Wide banners: a stripe on the left; boxes: a stripe on top.
  const stripe = wide
    ? `<rect width="12" height="${height}" fill="${accent}"/>`
    : `<rect width="${width}" height="12" fill="${accent}"/>`;
  const left = wide ? 12 : 0;
  const centreX = left + (width - left) / 2;
  const maxWidth = width - left - 32;
  const sizes = lines.map((_, i) => (i === 0 ? (wide ? 28 : width >= 300 ? 28 : 24) : wide ? 17 : 18));
  const gap = wide ? 8 : 12;
  const total = sizes.reduce((sum, size) => sum + size, 0) + gap * (lines.length - 1);
  let y = (wide ? 0 : 12) + (height - (wide ? 0 : 12) - total) / 2;
  const texts = lines.map((line, i) => {
    const size = sizes[i] ?? 18;
    y += size;
    const text =
      `<text x="${centreX}" y="${Math.round(y - size * 0.2)}" font-size="${size}"` +
      `${i === 0 ? ' font-weight="700"' : ''} fill="${i === lines.length - 1 && i > 0 ? accent : foreground}"` +
      `${fitLength(line, size, maxWidth)}>${escapeXml(line)}</text>`;
    y += gap;
    return text;
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="t">`,
    `<title id="t">${escapeXml(banner.alt)}</title>`,
    `<rect width="${width}" height="${height}" fill="${background}"/>`,
    stripe,
    `<g font-family="${FONT}" text-anchor="middle">`,
    ...texts,
    '</g>',
    '</svg>',
    '',
  ].join('\n');
}

if (isMain(import.meta)) {
  mkdirSync(bannerImageDir, { recursive: true });
  for (const banner of demoBanners()) {
    const file = mediaFileName(banner.image.url);
    writeFileSync(resolve(bannerImageDir, file), bannerSvg(banner));
    console.log(`Đã ghi ${file}`);
  }
}
