import { readFile } from 'node:fs/promises';
import { Parser } from 'htmlparser2';
import { unsafe } from './refusal.ts';

/**
 * SVG is taken only when it is drawing and nothing else, so that opening the file itself runs
 * nothing and loads nothing (an `<img>` would not run it, but a link to the file would). Every
 * element must be one of these; anything else is refused, not removed, so what is stored is
 * exactly what was checked.
 */
const DRAWING = new Set(
  [
    'svg',
    'g',
    'defs',
    'title',
    'desc',
    'metadata',
    'symbol',
    'use',
    'switch',
    'style',
    'rect',
    'circle',
    'ellipse',
    'line',
    'polyline',
    'polygon',
    'path',
    'image',
    'text',
    'tspan',
    'textPath',
    'a',
    'linearGradient',
    'radialGradient',
    'stop',
    'pattern',
    'clipPath',
    'mask',
    'marker',
    'filter',
    'feBlend',
    'feColorMatrix',
    'feComponentTransfer',
    'feComposite',
    'feConvolveMatrix',
    'feDiffuseLighting',
    'feDisplacementMap',
    'feDistantLight',
    'feDropShadow',
    'feFlood',
    'feFuncA',
    'feFuncB',
    'feFuncG',
    'feFuncR',
    'feGaussianBlur',
    'feImage',
    'feMerge',
    'feMergeNode',
    'feMorphology',
    'feOffset',
    'fePointLight',
    'feSpecularLighting',
    'feSpotLight',
    'feTile',
    'feTurbulence',
    'animate',
    'animateMotion',
    'animateTransform',
    'set',
  ].map((name) => name.toLowerCase()),
);

const SCRIPTING = new Set(['script', 'foreignobject', 'handler', 'listener']);

/** Namespaces drawing programs write (their own bookkeeping, licences); XHTML is not one. */
const NAMESPACES = new Set([
  'http://www.w3.org/2000/svg',
  'http://www.w3.org/1999/xlink',
  'http://www.w3.org/XML/1998/namespace',
  'http://www.inkscape.org/namespaces/inkscape',
  'http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd',
  'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  'http://creativecommons.org/ns#',
  'http://purl.org/dc/elements/1.1/',
  'http://ns.adobe.com/AdobeIllustrator/10.0/',
  'http://ns.adobe.com/Graphs/1.0/',
  'http://ns.adobe.com/SaveForWeb/1.0/',
  'http://ns.adobe.com/Variables/1.0/',
  'http://ns.adobe.com/Extensibility/1.0/',
  'http://ns.adobe.com/AdobeSVGViewerExtensions/3.0/',
]);

/** Links inside the drawing, and embedded raster pictures: nothing fetched from elsewhere. */
const SAFE_HREF = /^(?:#|data:image\/(?:png|jpeg|gif|webp);base64,)/i;
/** CSS that loads or runs something. */
const UNSAFE_CSS = /@import|url\(\s*['"]?\s*(?!#)|expression\s*\(|javascript:|behavior\s*:|-moz-binding/i;
const SCRIPT_URL = /j\s*a\s*v\s*a\s*s\s*c\s*r\s*i\s*p\s*t\s*:/i;

const refused = (what: string) =>
  unsafe({
    vi: `SVG có nội dung không an toàn (${what}); chỉ nhận hình vẽ, không mã lệnh hay liên kết ra ngoài`,
    en: `The SVG holds unsafe content (${what}); only drawing is accepted, no script or outside links`,
  });

function checkAttribute(element: string, name: string, value: string): string | undefined {
  const local = name.slice(name.indexOf(':') + 1).toLowerCase();
  if (name === 'xmlns' || name.startsWith('xmlns:'))
    return NAMESPACES.has(value.trim()) ? undefined : `xmlns ${value}`;
  if (local.startsWith('on')) return `${name}=`;
  if (local === 'href' && !SAFE_HREF.test(value.trim())) return `${element} ${name}="${value.slice(0, 40)}"`;
  if (SCRIPT_URL.test(value)) return `${name}="javascript:…"`;
  if (local === 'style' && UNSAFE_CSS.test(value)) return 'style="…url(…)"';
  const animated = local === 'attributename' && /^(?:(?:\w+:)?href|on)/i.test(value.trim());
  return animated ? `${element} attributeName="${value}"` : undefined;
}

/** Refuses an SVG file that holds anything but drawing (see `DRAWING`, `NAMESPACES`, `SAFE_HREF`). */
export async function checkSvg(path: string): Promise<void> {
  const source = await readFile(path, 'utf8');
  let problem: string | undefined;
  let inStyle = false;
  const parser = new Parser(
    {
      onprocessinginstruction(name) {
        // The XML declaration only: a DOCTYPE may declare entities (billion laughs, external files).
        if (name.toLowerCase() !== '?xml') problem ??= `<${name}>`;
      },
      onopentag(name, attributes) {
        // A prefix can only name a namespace above (NAMESPACES); of those, SVG's own has scripts.
        const local = name.slice(name.indexOf(':') + 1).toLowerCase();
        const prefixed = name.includes(':');
        if (prefixed ? SCRIPTING.has(local) : !DRAWING.has(local)) problem ??= `<${name}>`;
        inStyle = name.toLowerCase() === 'style';
        for (const [attribute, value] of Object.entries(attributes))
          problem ??= checkAttribute(name, attribute, value);
      },
      onclosetag() {
        inStyle = false;
      },
      ontext(text) {
        if (inStyle && UNSAFE_CSS.test(text)) problem ??= '<style> url(…)';
      },
    },
    { xmlMode: true },
  );
  parser.end(source);
  if (problem) throw refused(problem);
}
