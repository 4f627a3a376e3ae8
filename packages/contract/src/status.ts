/**
 * The one application lifecycle every OPD shares: its statuses, their labels, the happy path a tracker draws.
 * Who may move an application from one status to another is transitions.ts; what a tracker shows of one
 * application's way, progress.ts.
 */

import type { components } from './generated/openapi.ts';
import type { Locale } from './messages.ts';

type ApplicationStatus = components['schemas']['ApplicationStatus'];

/** What a citizen reads for each status (labels from the domain brief; Indonesian first). */
export const statusLabels: Readonly<Record<Locale, Readonly<Record<ApplicationStatus, string>>>> = {
  id: {
    submitted: 'Diajukan',
    verifying: 'Sedang Diverifikasi',
    needs_revision: 'Perlu Perbaikan',
    in_process: 'Sedang Diproses',
    awaiting_signature: 'Menunggu Tanda Tangan',
    completed: 'Selesai',
    ready_for_pickup: 'Siap Diambil',
    rejected: 'Ditolak',
    cancelled: 'Dibatalkan',
  },
  en: {
    submitted: 'Submitted',
    verifying: 'Being verified',
    needs_revision: 'Action needed',
    in_process: 'In process',
    awaiting_signature: 'Awaiting signature',
    completed: 'Completed',
    ready_for_pickup: 'Ready for pick-up',
    rejected: 'Rejected',
    cancelled: 'Cancelled',
  },
};

/** Every status, in lifecycle order (derived from the labels, which the type checker keeps complete). */
export const applicationStatuses = Object.keys(statusLabels.id) as ApplicationStatus[];

/** Statuses nothing leaves. (`ready_for_pickup` is not one: it still becomes `completed` on pick-up.) */
export const finalStatuses: readonly ApplicationStatus[] = ['completed', 'rejected', 'cancelled'];

/** The happy path, in order: the stages a tracker shows ahead of an application (progress.ts `progressOf`). */
export const progressSteps: readonly ApplicationStatus[] = [
  'submitted',
  'verifying',
  'in_process',
  'awaiting_signature',
  'completed',
];

/** Whether nothing can follow `status`. */
export function isFinal(status: ApplicationStatus): boolean {
  return finalStatuses.includes(status);
}
