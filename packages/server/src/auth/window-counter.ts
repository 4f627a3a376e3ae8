// Fixed-window counters per key, in memory. Used for the global per-address request limit and for failed
// logins per identifier and per address. Several gateways behind one load balancer would each count on
// their own; a city running that way moves these counters to PostgreSQL (or its proxy's limiter).
export interface WindowState {
  count: number;
  /** When the window ends (ms since the epoch). */
  resetAt: number;
}

export class WindowCounter {
  readonly #windowMs: number;
  readonly #windows = new Map<string, WindowState>();
  readonly #maxKeys: number;

  constructor(windowSeconds: number, maxKeys = 100_000) {
    this.#windowMs = windowSeconds * 1000;
    this.#maxKeys = maxKeys;
  }

  /** The current window of `key` (a fresh one when the last has ended). */
  peek(key: string, now = Date.now()): WindowState {
    const state = this.#windows.get(key);
    return state && state.resetAt > now ? state : { count: 0, resetAt: now + this.#windowMs };
  }

  /** Counts one more event for `key` and returns the window after it. */
  hit(key: string, now = Date.now()): WindowState {
    let state = this.#windows.get(key);
    if (!state || state.resetAt <= now) {
      if (this.#windows.size >= this.#maxKeys) this.sweep(now);
      state = { count: 0, resetAt: now + this.#windowMs };
      this.#windows.set(key, state);
    }
    state.count++;
    return state;
  }

  reset(key: string): void {
    this.#windows.delete(key);
  }

  /** Forgets ended windows (bounded memory under many distinct keys). */
  sweep(now = Date.now()): void {
    for (const [key, state] of this.#windows) if (state.resetAt <= now) this.#windows.delete(key);
    // Still full of live windows (an attack from many addresses): start over rather than grow without bound.
    if (this.#windows.size >= this.#maxKeys) this.#windows.clear();
  }
}

/** Whole seconds until `resetAt`, at least 1. */
export function secondsUntil(resetAt: number, now = Date.now()): number {
  return Math.max(1, Math.ceil((resetAt - now) / 1000));
}
