// An init script (Playwright adds it before any page script) that counts what is still
// running: pending timers, window/document listeners, requests in flight and connected
// Intersection/Resize observers; it also records CSP violations. A widget removed from the
// page must bring every count back to where it was. `scriptUrls()` lists what an XSS
// vector could have left behind. Plain JavaScript: it runs as is.
(() => {
  const timeouts = new Set();
  const intervals = new Set();
  const listeners = new Set();
  const listenerIds = new WeakMap();
  const observers = new Set();
  const violations = [];
  let requests = 0;
  let nextListenerId = 1;

  const { setTimeout: setT, clearTimeout: clearT, setInterval: setI, clearInterval: clearI } = window;
  window.setTimeout = (handler, delay, ...args) => {
    const id = setT(
      (...params) => {
        timeouts.delete(id);
        if (typeof handler === 'function') handler(...params);
      },
      delay,
      ...args,
    );
    timeouts.add(id);
    return id;
  };
  window.clearTimeout = (id) => {
    timeouts.delete(id);
    clearT(id);
  };
  window.setInterval = (handler, delay, ...args) => {
    const id = setI(handler, delay, ...args);
    intervals.add(id);
    return id;
  };
  window.clearInterval = (id) => {
    intervals.delete(id);
    clearI(id);
  };

  const key = (target, type, listener, options) => {
    if (typeof listener !== 'function' && (typeof listener !== 'object' || listener === null))
      return undefined;
    let id = listenerIds.get(listener);
    if (id === undefined) listenerIds.set(listener, (id = nextListenerId++));
    const capture = typeof options === 'boolean' ? options : Boolean(options && options.capture);
    return `${target === window ? 'window' : 'document'}:${type}:${id}:${capture}`;
  };
  const { addEventListener: add, removeEventListener: remove } = EventTarget.prototype;
  EventTarget.prototype.addEventListener = function (type, listener, options) {
    const once = typeof options === 'object' && options !== null && options.once;
    if ((this === window || this === document) && !once) {
      const k = key(this, type, listener, options);
      if (k) listeners.add(k);
    }
    return add.call(this, type, listener, options);
  };
  EventTarget.prototype.removeEventListener = function (type, listener, options) {
    if (this === window || this === document) listeners.delete(key(this, type, listener, options));
    return remove.call(this, type, listener, options);
  };

  const originalFetch = window.fetch;
  window.fetch = (...args) => {
    requests++;
    return originalFetch(...args).finally(() => requests--);
  };

  for (const name of ['IntersectionObserver', 'ResizeObserver']) {
    const Original = window[name];
    const Counted = class extends Original {
      #targets = new Set();
      observe(target, ...rest) {
        this.#targets.add(target);
        observers.add(this);
        super.observe(target, ...rest);
      }
      unobserve(target) {
        this.#targets.delete(target);
        if (this.#targets.size === 0) observers.delete(this);
        super.unobserve(target);
      }
      disconnect() {
        this.#targets.clear();
        observers.delete(this);
        super.disconnect();
      }
    };
    Object.defineProperty(window, name, { value: Counted, configurable: true, writable: true });
  }

  document.addEventListener('securitypolicyviolation', (event) =>
    violations.push(`${event.violatedDirective} ${event.blockedURI}`),
  );

  // Script URLs in any URL attribute, and elements that run or embed, shadow roots included.
  const URL_ATTRIBUTES = [
    'href',
    'src',
    'action',
    'formaction',
    'xlink:href',
    'data',
    'srcdoc',
    'poster',
    'background',
  ];
  const scriptUrls = () => {
    const found = [];
    const visit = (root) => {
      for (const element of root.querySelectorAll('*')) {
        for (const name of URL_ATTRIBUTES) {
          const value = element.getAttribute(name);
          if (value !== null && /^\s*(javascript|vbscript|data):/i.test(value)) {
            found.push(`${element.tagName} ${name}=${value}`);
          }
        }
        if (['IFRAME', 'SCRIPT', 'OBJECT', 'EMBED'].includes(element.tagName) && root !== document) {
          found.push(`<${element.tagName.toLowerCase()}> in a shadow root`);
        }
        if (element.shadowRoot) visit(element.shadowRoot);
      }
    };
    visit(document);
    return found;
  };

  window.__pbgdplProbe = {
    scriptUrls,
    snapshot: () => ({
      timeouts: timeouts.size,
      intervals: intervals.size,
      listeners: [...listeners],
      requests,
      observers: observers.size,
      violations: [...violations],
    }),
  };
})();
