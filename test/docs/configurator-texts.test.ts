import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { widgetsFrom } from '../../demo/configure/src/manifest.ts';
import { readManifest } from './reference.ts';

const vi = JSON.parse(
  readFileSync(new URL('../../demo/configure/src/locales/vi.json', import.meta.url), 'utf8'),
) as { summaries: Record<string, string>; attributes: Record<string, Record<string, string>> };

test('the configurator describes every widget and option in Vietnamese, and nothing that is gone', () => {
  const widgets = widgetsFrom(readManifest()).filter((widget) => widget.attributes.length > 0);
  assert.ok(widgets.length >= 6);
  const missing: string[] = [];
  for (const widget of widgets) {
    if (!vi.summaries[widget.tag]) missing.push(widget.tag);
    for (const { name } of widget.attributes)
      if (!vi.attributes[widget.tag]?.[name]) missing.push(`${widget.tag} ${name}`);
  }
  assert.deepEqual(missing, [], 'add them to demo/configure/src/locales/vi.json');
  const documented = new Set(widgets.flatMap((w) => w.attributes.map((a) => `${w.tag} ${a.name}`)));
  const stale = Object.entries(vi.attributes).flatMap(([tag, names]) =>
    Object.keys(names)
      .map((name) => `${tag} ${name}`)
      .filter((key) => !documented.has(key)),
  );
  assert.deepEqual(stale, [], 'options no widget has any more');
});
