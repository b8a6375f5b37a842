// Init script for the page benchmark (plain JavaScript: Playwright adds it as is, after
// `window.__readySelectors = { tag: selector }`). Records the layout-shift sum, long tasks,
// and when each pbgdpl-* element first shows real content (its selector matches inside its
// shadow root), in milliseconds since navigation start.
(() => {
  const metrics = { cls: 0, longTasks: 0, longTaskMs: 0, ready: {}, widgets: 0 };
  window.__pageMetrics = metrics;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) metrics.cls += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      metrics.longTasks += 1;
      metrics.longTaskMs += entry.duration;
    }
  }).observe({ type: 'longtask', buffered: true });
  const selectors = window.__readySelectors;
  const poll = () => {
    const elements = [...document.querySelectorAll(Object.keys(selectors).join(','))];
    metrics.widgets = elements.length;
    elements.forEach((element, index) => {
      const key = `${element.localName}#${index}`;
      if (
        metrics.ready[key] === undefined &&
        element.shadowRoot?.querySelector(selectors[element.localName])
      ) {
        metrics.ready[key] = performance.now();
      }
    });
    if (elements.length === 0 || Object.keys(metrics.ready).length < elements.length)
      requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
})();
