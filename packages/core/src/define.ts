const warned = new Set<string>();

/**
 * Registers a custom element once. A second copy of a widget (two loaders, a CMS block and
 * an npm import) must not throw; if its version differs we say so once, since the first
 * copy wins.
 */
export function defineElement(
  tag: string,
  constructor: CustomElementConstructor & { version?: string },
): void {
  const existing = customElements.get(tag) as (CustomElementConstructor & { version?: string }) | undefined;
  if (!existing) {
    customElements.define(tag, constructor);
    return;
  }
  if (existing !== constructor && existing.version !== constructor.version && !warned.has(tag)) {
    warned.add(tag);
    console.warn(
      `[pbgdpl] <${tag}> ${existing.version ?? '?'} is already registered; version ${constructor.version ?? '?'} is ignored.`,
    );
  }
}
