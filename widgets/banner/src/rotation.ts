import type { ReactiveController, ReactiveControllerHost } from 'lit';

const reducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * Which slide shows, and whether it changes by itself. Rotation stops while the pointer or
 * focus is inside, when the reader pressed pause, and never starts under reduced motion.
 */
export class RotationController implements ReactiveController {
  index = 0;
  count = 0;
  /** The reader's explicit choice; hover and focus only pause for as long as they last. */
  pausedByUser = false;
  readonly #host: ReactiveControllerHost;
  readonly #intervalMs: () => number;
  readonly #onChange: (index: number) => void;
  #hovered = false;
  #focused = false;
  #timer: ReturnType<typeof setInterval> | undefined;

  constructor(host: ReactiveControllerHost, intervalMs: () => number, onChange: (index: number) => void) {
    this.#host = host;
    this.#intervalMs = intervalMs;
    this.#onChange = onChange;
    host.addController(this);
  }

  get canRotate(): boolean {
    return this.count > 1 && !reducedMotion();
  }

  get rotating(): boolean {
    return this.canRotate && !this.pausedByUser && !this.#hovered && !this.#focused;
  }

  hostUpdated(): void {
    this.#schedule();
  }

  hostDisconnected(): void {
    this.#stop();
  }

  setCount(count: number): void {
    this.count = count;
    if (this.index >= count) this.index = 0;
  }

  go(step: number): void {
    if (this.count < 2) return;
    this.index = (this.index + step + this.count) % this.count;
    this.#onChange(this.index);
    this.#restart();
  }

  togglePause(): void {
    this.pausedByUser = !this.pausedByUser;
    this.#host.requestUpdate();
  }

  setHovered(hovered: boolean): void {
    this.#hovered = hovered;
    this.#host.requestUpdate();
  }

  setFocused(focused: boolean): void {
    this.#focused = focused;
    this.#host.requestUpdate();
  }

  #restart(): void {
    this.#stop();
    this.#host.requestUpdate();
  }

  #schedule(): void {
    if (!this.rotating) return this.#stop();
    this.#timer ??= setInterval(() => this.go(1), this.#intervalMs());
  }

  #stop(): void {
    clearInterval(this.#timer);
    this.#timer = undefined;
  }
}
