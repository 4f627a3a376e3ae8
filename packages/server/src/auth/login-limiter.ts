// Failed-login limits per identifier (slows guessing one account's password) and per client address (slows
// trying many accounts from one place). Once either is spent, every attempt (even a right one) gets 429
// until the window ends.
import type { GatewayLimits } from '../config.ts';
import { tooManyRequests } from '../http/problems.ts';
import { WindowCounter, secondsUntil } from './window-counter.ts';

export class LoginLimiter {
  readonly #byIdentifier: WindowCounter;
  readonly #byAddress: WindowCounter;
  readonly #limits: Pick<GatewayLimits, 'loginFailuresPerIdentifier' | 'loginFailuresPerIp'>;

  constructor(limits: Pick<GatewayLimits, 'loginFailuresPerIdentifier' | 'loginFailuresPerIp' | 'loginWindowSeconds'>) {
    this.#byIdentifier = new WindowCounter(limits.loginWindowSeconds);
    this.#byAddress = new WindowCounter(limits.loginWindowSeconds);
    this.#limits = limits;
  }

  /** Throws 429 (with Retry-After) when this identifier or address has no attempts left. */
  check(identifier: string, address: string, now = Date.now()): void {
    const byIdentifier = this.#byIdentifier.peek(identifier, now);
    const byAddress = this.#byAddress.peek(address, now);
    const blocked = [
      byIdentifier.count >= this.#limits.loginFailuresPerIdentifier ? byIdentifier.resetAt : 0,
      byAddress.count >= this.#limits.loginFailuresPerIp ? byAddress.resetAt : 0,
    ];
    const until = Math.max(...blocked);
    if (until > 0) {
      const seconds = secondsUntil(until, now);
      throw tooManyRequests(seconds, `Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam ${seconds} detik.`);
    }
  }

  failed(identifier: string, address: string, now = Date.now()): void {
    this.#byIdentifier.hit(identifier, now);
    this.#byAddress.hit(address, now);
  }

  /** A successful login clears the identifier's failures (the address keeps its count). */
  succeeded(identifier: string): void {
    this.#byIdentifier.reset(identifier);
  }
}
