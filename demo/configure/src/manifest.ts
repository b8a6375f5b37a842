/**
 * What the form needs from `custom-elements.json`: each widget's tag, summary, attributes (with
 * the kind of control each one gets) and colour custom properties. Pure: no DOM, no fetch.
 */

/** Set through the loader's `data-*` (or the provider), so never asked per widget. */
const LOADER_ATTRIBUTES = new Set(['api', 'unit', 'lang']);

export type Control =
  | { kind: 'select'; options: string[] }
  | { kind: 'checkbox' }
  | { kind: 'number' }
  | { kind: 'text' };

export interface AttributeSpec {
  name: string;
  description: string;
  control: Control;
  /** The value the widget uses when the attribute is absent ('' when the manifest names none). */
  defaultValue: string;
}

export interface ColourSpec {
  name: string;
  description: string;
  defaultValue: string;
}

export interface WidgetSpec {
  tag: string;
  summary: string;
  attributes: AttributeSpec[];
  colours: ColourSpec[];
}

interface RawAttribute {
  name: string;
  description?: string;
  type?: { text: string };
  default?: string;
}
interface RawDeclaration {
  tagName?: string;
  customElement?: boolean;
  summary?: string;
  description?: string;
  attributes?: RawAttribute[];
  cssProperties?: { name: string; description?: string }[];
}
export interface RawManifest {
  modules: { declarations?: RawDeclaration[] }[];
}

const STRING_LITERAL = /^'([^']*)'$/;

export function controlFor(typeText: string | undefined): Control {
  const parts = (typeText ?? 'string')
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part !== 'undefined');
  if (parts.length > 0 && parts.every((part) => STRING_LITERAL.test(part)))
    return { kind: 'select', options: parts.map((part) => STRING_LITERAL.exec(part)?.[1] ?? '') };
  if (parts.length === 1 && parts[0] === 'boolean') return { kind: 'checkbox' };
  if (parts.length === 1 && parts[0] === 'number') return { kind: 'number' };
  return { kind: 'text' };
}

/** `'sidebar'` → `sidebar`, `6` → `6`, `false` → `false`; absent → ''. */
function defaultOf(raw: string | undefined): string {
  if (raw === undefined || raw === 'undefined') return '';
  return STRING_LITERAL.exec(raw)?.[1] ?? raw;
}

/** Colour tokens document their default as `(default #a4161a)`; only those get a colour input. */
const HEX_DEFAULT = /default (#[0-9a-f]{6})\b/i;

export function widgetsFrom(manifest: RawManifest): WidgetSpec[] {
  const declarations = manifest.modules.flatMap((module) => module.declarations ?? []);
  return declarations
    .filter((declaration) => declaration.customElement && declaration.tagName)
    .map((declaration) => ({
      tag: declaration.tagName ?? '',
      summary: declaration.summary ?? declaration.description ?? '',
      attributes: (declaration.attributes ?? [])
        .filter((attribute) => !LOADER_ATTRIBUTES.has(attribute.name))
        .map((attribute) => ({
          name: attribute.name,
          description: attribute.description ?? '',
          control: controlFor(attribute.type?.text),
          defaultValue: defaultOf(attribute.default),
        })),
      colours: (declaration.cssProperties ?? []).flatMap((property) => {
        const hex = HEX_DEFAULT.exec(property.description ?? '')?.[1];
        return property.name.startsWith('--pbgdpl-color-') && hex
          ? [
              {
                name: property.name,
                description: property.description ?? '',
                defaultValue: hex.toLowerCase(),
              },
            ]
          : [];
      }),
    }));
}
