// The in-process bus that tells live streams about status changes as soon as they are committed.
// One gateway process is the whole audience here. Several gateways on one PostgreSQL would publish through
// LISTEN/NOTIFY (NOTIFY padu_status, '<applicationId>:<sequence>') and each would fan out to its own streams;
// streams already replay from the database, so a missed notification costs latency, never an event.
import type { Schemas } from '@padu/contract';

export interface StatusChanged {
  applicationId: string;
  trackingCode: string;
  sequence: number;
  status: Schemas['ApplicationStatus'];
  at: string;
  actor: Schemas['Actor'];
  note: string | null;
}

export type StatusListener = (event: StatusChanged) => void;

export class EventBus {
  readonly #listeners = new Map<string, Set<StatusListener>>();

  /** Listens to one application's changes; returns the function that stops listening. */
  subscribe(applicationId: string, listener: StatusListener): () => void {
    let set = this.#listeners.get(applicationId);
    if (!set) {
      set = new Set();
      this.#listeners.set(applicationId, set);
    }
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.#listeners.delete(applicationId);
    };
  }

  publish(event: StatusChanged): void {
    for (const listener of this.#listeners.get(event.applicationId) ?? []) {
      try {
        listener(event);
      } catch {
        // A broken stream must not stop the others; it is cleaned up when its socket closes.
      }
    }
  }

  get subscriberCount(): number {
    let count = 0;
    for (const set of this.#listeners.values()) count += set.size;
    return count;
  }
}
