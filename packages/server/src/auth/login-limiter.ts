// Failed-login limits per account (slows guessing one person's password) and per client address (slows trying
// many accounts from one place). An attempt is reserved before its password is checked and counts as a failure
// until it succeeds: a burst of concurrent guesses gets exactly the limit checked, the rest 429. Once a limit is
// spent, every attempt (even a right one) gets 429 until the window ends.
//
// The counters live in this process; several gateways behind one load balancer would each count alone (see the
// server README): `reserve` and the three outcomes are what a shared store has to provide.
import type { GatewayLimits } from '../config.ts';
import { tooManyRequests } from '../http/problems.ts';

interface Window {
  failures: number;
  /** Attempts reserved and not yet settled. */
  pending: number;
  /** When the failures are forgotten (ms since the epoch). */
  resetAt: number;
}

/** Whole seconds until `resetAt`, at least 1. */
function secondsUntil(resetAt: number, now = Date.now()): number {
  return Math.max(1, Math.ceil((resetAt - now) / 1000));
}

/** Fixed-window failure counters per key, with attempts in flight counted as failures until they settle. */
class AttemptCounter {
  readonly #windowMs: number;
  readonly #limit: number;
  readonly #maxKeys: number;
  readonly #windows = new Map<string, Window>();

  constructor(limit: number, windowSeconds: number, maxKeys = 100_000) {
    this.#limit = limit;
    this.#windowMs = windowSeconds * 1000;
    this.#maxKeys = maxKeys;
  }

  /** The key's window, a new one when the last has ended (attempts in flight carry over). */
  #window(key: string, now: number): Window {
    let window = this.#windows.get(key);
    if (!window) {
      if (this.#windows.size >= this.#maxKeys) this.#sweep(now);
      window = { failures: 0, pending: 0, resetAt: now + this.#windowMs };
      this.#windows.set(key, window);
    } else if (window.resetAt <= now) {
      window.failures = 0;
      window.resetAt = now + this.#windowMs;
    }
    return window;
  }

  /** When the key is out of attempts, the time it gets them back; 0 while it has some. */
  blockedUntil(key: string, now: number): number {
    const window = this.#windows.get(key);
    if (!window) return 0;
    const failures = window.resetAt > now ? window.failures : 0;
    return failures + window.pending >= this.#limit ? Math.max(window.resetAt, now + 1000) : 0;
  }

  reserve(key: string, now: number): void {
    this.#window(key, now).pending++;
  }

  /** Settles one reserved attempt: as a failure, as a success (failures forgotten), or as never checked. */
  settle(key: string, outcome: 'failed' | 'succeeded' | 'released', now: number): void {
    const window = this.#window(key, now);
    window.pending = Math.max(0, window.pending - 1);
    if (outcome === 'failed') window.failures++;
    if (outcome === 'succeeded') window.failures = 0;
    if (window.failures === 0 && window.pending === 0) this.#windows.delete(key);
  }

  /** Forgets ended windows with nothing in flight (bounded memory under many distinct keys). */
  #sweep(now: number): void {
    for (const [key, window] of this.#windows) if (window.resetAt <= now && window.pending === 0) this.#windows.delete(key);
    // Still full of live windows (an attack from many addresses): start over rather than grow without bound.
    if (this.#windows.size >= this.#maxKeys) this.#windows.clear();
  }
}

/** One reserved login attempt; settle it exactly once. */
export interface LoginAttempt {
  /** The password was wrong (or the account unknown): the attempt stays counted. */
  failed(): void;
  /** The password was right: the account's failures are forgotten (the address keeps its count). */
  succeeded(): void;
  /** The password was never checked (e.g. the gateway was too busy): the attempt is given back. */
  released(): void;
}

export class LoginLimiter {
  readonly #byAccount: AttemptCounter;
  readonly #byAddress: AttemptCounter;

  constructor(limits: Pick<GatewayLimits, 'loginFailuresPerIdentifier' | 'loginFailuresPerIp' | 'loginWindowSeconds'>) {
    this.#byAccount = new AttemptCounter(limits.loginFailuresPerIdentifier, limits.loginWindowSeconds);
    this.#byAddress = new AttemptCounter(limits.loginFailuresPerIp, limits.loginWindowSeconds);
  }

  /**
   * Reserves an attempt for `accountKey` (the account, or the identifier text when no account has it) from
   * `address`, or throws 429 with Retry-After when either has none left.
   */
  reserve(accountKey: string, address: string, now = Date.now()): LoginAttempt {
    const until = Math.max(this.#byAccount.blockedUntil(accountKey, now), this.#byAddress.blockedUntil(address, now));
    if (until > 0) {
      const seconds = secondsUntil(until, now);
      throw tooManyRequests(seconds, `Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam ${seconds} detik.`);
    }
    this.#byAccount.reserve(accountKey, now);
    this.#byAddress.reserve(address, now);
    let settled = false;
    const settle = (account: 'failed' | 'succeeded' | 'released', addressOutcome: 'failed' | 'released') => {
      if (settled) return;
      settled = true;
      const at = Date.now();
      this.#byAccount.settle(accountKey, account, at);
      this.#byAddress.settle(address, addressOutcome, at);
    };
    return {
      failed: () => settle('failed', 'failed'),
      // A success gives the address its attempt back; failures from it still count.
      succeeded: () => settle('succeeded', 'released'),
      released: () => settle('released', 'released'),
    };
  }
}
