// An init script (Playwright adds it before any page script) that records every layout shift
// not caused by input, with the elements that moved, and tells whether the images in view have
// arrived (shadow roots included). Plain JavaScript: it runs as is.
(() => {
  const shifts = [];

  /** `host-tag tag.class` for a shifted node, so a failing test names what moved. */
  function describe(node) {
    if (!(node instanceof Element)) return String(node && node.nodeName);
    const root = node.getRootNode();
    const host = root instanceof ShadowRoot ? `${root.host.localName} ` : '';
    const classes = typeof node.className === 'string' ? node.className.trim().split(/\s+/) : [];
    return (
      host +
      node.localName +
      classes
        .filter(Boolean)
        .map((c) => `.${c}`)
        .join('')
    );
  }

  const rect = (box) => `${Math.round(box.y)}+${Math.round(box.height)}`;

  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.hadRecentInput) continue;
      shifts.push({
        at: Math.round(entry.startTime),
        value: entry.value,
        sources: entry.sources.map(
          (source) => `${describe(source.node)} ${rect(source.previousRect)} → ${rect(source.currentRect)}`,
        ),
      });
    }
  }).observe({ type: 'layout-shift', buffered: true });

  function images(root, out = []) {
    for (const element of root.querySelectorAll('*')) {
      if (element instanceof HTMLImageElement) out.push(element);
      if (element.shadowRoot) images(element.shadowRoot, out);
    }
    return out;
  }

  window.__pbgdplShifts = {
    shifts: () => shifts,
    imagesInViewLoaded: () =>
      images(document)
        .filter((image) => image.getBoundingClientRect().top < innerHeight)
        .every((image) => image.complete),
  };
})();
