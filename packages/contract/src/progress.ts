/**
 * What a tracker draws of an application's way: the stages it passed through, where it stands, and the stages
 * still ahead. Read from its history and the transitions (transitions.ts), never from the fixed happy path alone:
 * a stage the application skipped (signing, when the OPD completes without it) is not shown as passed.
 */

import type { components } from './generated/openapi.ts';
import { isFinal, progressSteps } from './status.ts';
import { transitions } from './transitions.ts';

type ApplicationStatus = components['schemas']['ApplicationStatus'];

/** One stage a tracker shows. */
export interface ProgressStep {
  status: ApplicationStatus;
  /** Passed; the stage of a completed application too. */
  done: boolean;
  /** Where the application stands (for a detour such as `needs_revision`, the stage it left from). */
  current: boolean;
}

/**
 * The stages to show for an application with this history (oldest first, as the gateway returns it; the last
 * change is the current status), in order: the stages passed, the current one, then the happy path's stages
 * (status.ts `progressSteps`) still reachable from it. `ready_for_pickup` is a stage when the application went
 * through it. A rejected or cancelled application has left the way: no stages (its history tells the story).
 */
export function progressOf(history: readonly { status: ApplicationStatus }[]): ProgressStep[] {
  const status = history.at(-1)?.status;
  if (!status || status === 'rejected' || status === 'cancelled') return [];
  const passed: ApplicationStatus[] = [];
  for (const change of history) {
    // A detour (needs_revision) keeps the stage it left from.
    if (!progressSteps.includes(change.status) && change.status !== 'ready_for_pickup') continue;
    const at = passed.indexOf(change.status);
    // Back at a stage passed before (resubmitted, or sent back from signing): what followed it is ahead again.
    if (at >= 0) passed.length = at + 1;
    else passed.push(change.status);
  }
  const last = passed.length - 1;
  // What can still happen from here without going back to a stage passed: a set grows while it is iterated.
  const reachable = new Set(passed.slice(last));
  for (const from of reachable) for (const edge of transitions) if (edge.from === from && !passed.includes(edge.to)) reachable.add(edge.to);
  return [
    ...passed.map((stage, index) => ({ status: stage, done: index < last || isFinal(status), current: index === last })),
    ...progressSteps.filter((stage) => reachable.has(stage) && !passed.includes(stage)).map((stage) => ({ status: stage, done: false, current: false })),
  ];
}
