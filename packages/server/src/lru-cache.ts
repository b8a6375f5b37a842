/**
 * A Map that forgets the least recently used entries once their weight passes `capacity`:
 * by default each entry weighs 1 (a count); `weigh` makes it bytes, for instance. An entry
 * heavier than the whole capacity is not kept.
 */
export class LruCache<V> {
  readonly #entries = new Map<string, { value: V; weight: number }>();
  #total = 0;

  constructor(
    readonly capacity: number,
    private readonly weigh: (value: V) => number = () => 1,
  ) {}

  get(key: string): V | undefined {
    const entry = this.#entries.get(key);
    if (entry !== undefined) {
      this.#entries.delete(key);
      this.#entries.set(key, entry);
    }
    return entry?.value;
  }

  delete(key: string): void {
    const entry = this.#entries.get(key);
    if (entry === undefined) return;
    this.#entries.delete(key);
    this.#total -= entry.weight;
  }

  /** Stores (or weighs again, when the value grew) and makes it the most recently used. */
  set(key: string, value: V): void {
    this.delete(key);
    const weight = this.weigh(value);
    if (weight > this.capacity) return;
    this.#entries.set(key, { value, weight });
    this.#total += weight;
    for (const [oldest, entry] of this.#entries) {
      if (this.#total <= this.capacity) break;
      this.#entries.delete(oldest);
      this.#total -= entry.weight;
    }
  }

  /** Whether `key` holds exactly this value (not a newer one stored since). */
  holds(key: string, value: V): boolean {
    return this.#entries.get(key)?.value === value;
  }

  clear(): void {
    this.#entries.clear();
    this.#total = 0;
  }

  /** The weight of everything held (bytes, for a cache weighed in bytes). */
  get total(): number {
    return this.#total;
  }
}
