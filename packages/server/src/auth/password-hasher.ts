// Password hashing is the costliest thing the gateway does: scrypt takes 32 MiB and ~0.1 s of one core per hash,
// on libuv's thread pool, which file reads share. So a burst of logins or registrations (or an attacker's) may
// not take every core nor fill that pool: at most `concurrency` hashes run at once and at most `queue` wait;
// beyond that the caller gets 503 with a Retry-After from the measured pace.
import { problem } from '../http/problems.ts';
import { dummyPasswordHash, hashPassword, verifyPassword } from './passwords.ts';

export interface PasswordHasherLimits {
  passwordHashConcurrency: number;
  passwordHashQueue: number;
}

export class PasswordHasher {
  readonly #concurrency: number;
  readonly #queueLength: number;
  readonly #waiting: (() => void)[] = [];
  #running = 0;
  /** Moving average of one hash's duration (ms), for Retry-After. */
  #averageMs = 150;

  constructor(limits: PasswordHasherLimits) {
    this.#concurrency = Math.max(1, limits.passwordHashConcurrency);
    this.#queueLength = Math.max(0, limits.passwordHashQueue);
    // Made now, so that the first unknown identifier does not take two hashes' time.
    void dummyPasswordHash();
  }

  hash(password: string): Promise<string> {
    return this.#run(() => hashPassword(password));
  }

  /**
   * Checks a password against a stored hash, or against a dummy one when there is no account (`null`), so that
   * "no such account" costs the same work and time as "wrong password".
   */
  verify(password: string, stored: string | null): Promise<boolean> {
    return this.#run(async () => verifyPassword(password, stored ?? (await dummyPasswordHash())));
  }

  /** Hashes running and waiting, for tests and monitoring. */
  get load(): { running: number; waiting: number } {
    return { running: this.#running, waiting: this.#waiting.length };
  }

  async #run<T>(job: () => Promise<T>): Promise<T> {
    if (this.#running >= this.#concurrency) {
      if (this.#waiting.length >= this.#queueLength) throw this.#overloaded();
      await new Promise<void>((resolve) => this.#waiting.push(resolve));
    } else {
      this.#running++;
    }
    // The slot is ours: either taken above or handed over by the job that finished before.
    const started = performance.now();
    try {
      return await job();
    } finally {
      this.#averageMs = 0.8 * this.#averageMs + 0.2 * (performance.now() - started);
      const next = this.#waiting.shift();
      if (next) next();
      else this.#running--;
    }
  }

  #overloaded() {
    const backlog = this.#running + this.#waiting.length;
    const retryAfter = Math.max(1, Math.ceil((backlog * this.#averageMs) / this.#concurrency / 1000));
    return problem('unavailable', {
      detail: `Server sedang sibuk memeriksa kata sandi. Coba lagi dalam ${retryAfter} detik.`,
      retryAfter,
    });
  }
}
