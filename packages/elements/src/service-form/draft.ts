/**
 * Drafts of `<padu-service-form>`: what the citizen has typed so far, kept in Web Storage so that a reload or an
 * accidentally closed tab loses nothing.
 *
 * A draft holds answers as typed, the upload ids of documents with their name and size for display (never the
 * file contents: uploaded documents never go into browser storage, docs/public-services.md), the page the
 * citizen was on, and the submission's idempotency key, so a submit repeated after a reload is recognised by the
 * gateway as the same one.
 *
 * Keys start with the user id, so logging out can remove every draft of that user at once: on a shared device
 * (a kelurahan kiosk, a family phone) the next person must not find someone else's NIK.
 */

/** Where drafts are kept: the tab (`session`, default), the browser until cleared (`local`), or nowhere. */
export type DraftStorage = 'session' | 'local' | 'none';

/** An answer as a control holds it: text, the chosen options of a checkbox list, or a yes/no box. */
export type FieldValue = string | string[] | boolean;

/**
 * One item of a repeating group: its fields' values by name and, for an item of the application being revised,
 * under `STORED_ITEM`, the identity of the stored item it is (`Application.itemIds`), which the resubmit names.
 */
export type GroupItem = Record<string, FieldValue>;

/** Where a group item keeps the identity of the stored item it revises (field names never start with `#`). */
export const STORED_ITEM = '#stored';

/** An answer as the form holds it: a control's value, or a group's items. */
export type DraftValue = FieldValue | GroupItem[];

/** What is shown for an uploaded document: the server keeps the file, the browser only its name and size. */
export interface FileInfo {
  name: string;
  size: number;
}

export interface Draft {
  /** The service version the answers were given for. */
  serviceVersion: number;
  /** The page: a step index, or the number of steps for the check-answers page. */
  page: number;
  /** Where "Lanjutkan" returns to after an "Ubah" from the check-answers page, else `null`. */
  returnTo: number | null;
  values: Record<string, DraftValue>;
  files: Record<string, FileInfo>;
  /** One per draft, reused by every submit attempt (reloads included). */
  idempotencyKey: string;
}

const PREFIX = 'padu.draft.';

/** The storage key of one draft: per user, and per service (or per application being revised). */
export function draftKey(userId: string, serviceId: string, applicationId?: string | null): string {
  return `${PREFIX}${userId}.${applicationId ? `revise.${applicationId}` : serviceId}`;
}

function storageOf(kind: DraftStorage): Storage | undefined {
  try {
    return kind === 'local' ? localStorage : kind === 'session' ? sessionStorage : undefined;
  } catch {
    return undefined; // blocked (sandboxed frame, strict privacy settings): drafts live in memory only
  }
}

/** A plain object (not `null`, not an array): drafts and form definitions are data, read defensively. */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The draft under `key`, or `null` when there is none or it is not one of ours (hand-edited, older format). */
export function readDraft(kind: DraftStorage, key: string): Draft | null {
  try {
    const draft: unknown = JSON.parse(storageOf(kind)?.getItem(key) ?? 'null');
    if (!isRecord(draft) || !isRecord(draft.values) || !isRecord(draft.files)) return null;
    if (typeof draft.page !== 'number' || typeof draft.idempotencyKey !== 'string') return null;
    return draft as unknown as Draft;
  } catch {
    return null;
  }
}

export function writeDraft(kind: DraftStorage, key: string, draft: Draft): void {
  try {
    storageOf(kind)?.setItem(key, JSON.stringify(draft));
  } catch {
    // Storage full or blocked: the form goes on with what it holds in memory.
  }
}

export function removeDraft(kind: DraftStorage, key: string): void {
  try {
    storageOf(kind)?.removeItem(key);
  } catch {
    // nothing to remove
  }
}

/** Removes every draft of a user from both storages, e.g. when they log out. */
export function removeDrafts(userId: string): void {
  for (const kind of ['session', 'local'] as const) {
    const storage = storageOf(kind);
    if (!storage) continue;
    const mine = `${PREFIX}${userId}.`;
    for (let i = storage.length - 1; i >= 0; i--) {
      const key = storage.key(i);
      if (key?.startsWith(mine)) storage.removeItem(key);
    }
  }
}
