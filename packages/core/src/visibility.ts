/**
 * Calls `onVisible` once, the first time at least half of `target` is on screen (the
 * usual definition of an ad impression). Returns a function that stops watching.
 */
export function whenHalfVisible(target: Element, onVisible: () => void): () => void {
  const observer = new IntersectionObserver(
    (entries) => {
      if (entries.some((entry) => entry.isIntersecting && entry.intersectionRatio >= 0.5)) {
        observer.disconnect();
        onVisible();
      }
    },
    { threshold: 0.5 },
  );
  observer.observe(target);
  return () => observer.disconnect();
}
