/**
 * The allowed transitions of the application lifecycle (status.ts). They are data, so the gateway enforces
 * exactly what the officer console offers.
 */

import type { components } from './generated/openapi.ts';
import type { ErrorCode } from './messages.ts';

type ApplicationStatus = components['schemas']['ApplicationStatus'];
type ActorRole = components['schemas']['ActorRole'];

/** Who may make a transition. (`system` makes none by itself.) */
export type TransitionRole = Exclude<ActorRole, 'system'>;

/** One allowed edge of the state machine. */
export interface Transition {
  from: ApplicationStatus;
  to: ApplicationStatus;
  by: TransitionRole;
  /** `required`: a non-blank note (what to fix, or the reason) must come with it. */
  note: 'required' | 'optional';
}

const edge = (from: ApplicationStatus, to: ApplicationStatus, by: TransitionRole, note: Transition['note'] = 'optional'): Transition => ({
  from,
  to,
  by,
  note,
});

/** Every allowed transition. Anything not listed is refused. */
export const transitions: readonly Transition[] = [
  edge('submitted', 'verifying', 'officer'),
  edge('submitted', 'rejected', 'officer', 'required'),
  edge('verifying', 'in_process', 'officer'),
  edge('verifying', 'needs_revision', 'officer', 'required'),
  edge('verifying', 'rejected', 'officer', 'required'),
  edge('in_process', 'awaiting_signature', 'officer'),
  edge('in_process', 'completed', 'officer'),
  edge('in_process', 'ready_for_pickup', 'officer'),
  edge('in_process', 'needs_revision', 'officer', 'required'),
  edge('in_process', 'rejected', 'officer', 'required'),
  edge('awaiting_signature', 'completed', 'officer'),
  edge('awaiting_signature', 'ready_for_pickup', 'officer'),
  // Sent back, e.g. when the official declines to sign.
  edge('awaiting_signature', 'in_process', 'officer'),
  edge('ready_for_pickup', 'completed', 'officer'),
  // An OPD may cancel until the work is done, but must say why.
  edge('submitted', 'cancelled', 'officer', 'required'),
  edge('verifying', 'cancelled', 'officer', 'required'),
  edge('needs_revision', 'cancelled', 'officer', 'required'),
  edge('in_process', 'cancelled', 'officer', 'required'),
  // The citizen resubmits after fixing, and may cancel before processing starts.
  edge('needs_revision', 'submitted', 'citizen'),
  edge('submitted', 'cancelled', 'citizen'),
  edge('verifying', 'cancelled', 'citizen'),
  edge('needs_revision', 'cancelled', 'citizen'),
];

/** The outcome of {@link checkTransition}. */
export type TransitionCheck =
  | { ok: true }
  | { ok: false; code: Extract<ErrorCode, `transition.${string}`> };

/** The transitions `role` may make from `from` (with their note rule), for buttons in a UI. */
export function allowedTransitions(from: ApplicationStatus, role: ActorRole): Transition[] {
  return transitions.filter((t) => t.from === from && t.by === role);
}

/**
 * Whether `role` may move an application from `from` to `to` with `note`:
 * - `transition.not_allowed`: no such edge for anyone (this covers leaving a final status and "moving" to itself);
 * - `transition.forbidden_role`: the edge exists, but not for this role;
 * - `transition.note_required`: the edge needs a note and it is missing or blank.
 */
export function checkTransition(
  from: ApplicationStatus,
  to: ApplicationStatus,
  role: ActorRole,
  note?: string | null,
): TransitionCheck {
  const edges = transitions.filter((t) => t.from === from && t.to === to);
  if (edges.length === 0) return { ok: false, code: 'transition.not_allowed' };
  const mine = edges.find((t) => t.by === role);
  if (!mine) return { ok: false, code: 'transition.forbidden_role' };
  if (mine.note === 'required' && !(typeof note === 'string' && note.trim())) {
    return { ok: false, code: 'transition.note_required' };
  }
  return { ok: true };
}
