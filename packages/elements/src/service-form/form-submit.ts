/**
 * Submitting `<padu-service-form>`'s answers, and what the gateway's refusals mean for the citizen: every step
 * checked again first; one application per draft (its idempotency key), or a revision resubmitted with what it
 * keeps; a 422 shown at its pages and fields; a conflict, an ended session, a refusal or a network failure said
 * above the page.
 */
import { ConflictError, ForbiddenError, UnauthorizedError, ValidationError } from '@padu/sdk';
import type { Application } from '@padu/sdk';
import { findIssues } from './form-issues.ts';
import type { IssueContext } from './form-issues.ts';
import type { Issue, View } from './form-model.ts';

/** What submitting needs of the view besides what its problems need. */
export interface SubmitContext extends IssueContext {
  /** The draft's idempotency key: one application, however often it is sent. */
  idempotencyKey: string;
  /** A new idempotency key, kept in the draft (the answers will differ from the ones the old key is bound to). */
  renewKey(): void;
  /** Opens the first page with a problem and shows its issues. */
  showFirstProblem(issues: Issue[]): void;
  show(view: View, focus: boolean): void;
  /** Removes the draft of the answers submitted. */
  dropDraft(): void;
}

/** "Ajukan permohonan": every step checked again, then one submission per draft (its idempotency key). */
export async function submit(context: SubmitContext): Promise<void> {
  const { host, session } = context;
  if (host.busy || !host.api || !host.loaded) return;
  const issues = findIssues(context);
  if (issues.length) return context.showFirstProblem(issues);
  const serviceId = host.loaded.id;
  const applicationId = host.application?.id ?? null;
  if (!host.emit('padu-submit', { serviceId, applicationId }, { cancelable: true })) return;
  host.busy = true;
  host.notice = null;
  host.issues = [];
  try {
    // The masked answers left empty stay as stored: named (and the stored items they are in), never sent as masks.
    const { answers, keep, items } = session.submission();
    finish(
      context,
      applicationId
        ? await host.api.applications.resubmit(applicationId, { answers, ...(keep.length ? { keep, items } : {}) })
        : await host.api.applications.submit({ serviceId, answers }, { idempotencyKey: context.idempotencyKey }),
    );
  } catch (error) {
    await refused(context, error);
  } finally {
    host.busy = false;
  }
}

function finish(context: SubmitContext, application: Application): void {
  const { host } = context;
  context.dropDraft();
  host.result = application;
  host.tracking = false;
  host.announcement = '';
  host.fieldIssues = new Map();
  context.show('done', true);
  host.emit('padu-submitted', { application, trackingCode: application.trackingCode });
}

async function refused(context: SubmitContext, error: unknown): Promise<void> {
  const { host } = context;
  if (error instanceof ValidationError) {
    // Nothing was created, so corrected answers go out under a new key (the old one stays bound to these).
    context.renewKey();
    const issues: Issue[] = context.session.place(error.errors).map(({ key, error }) => ({ name: key, error }));
    return context.showFirstProblem(issues.length ? issues : [{ name: null, key: 'errorGeneric' }]);
  }
  if (error instanceof ConflictError && host.application) {
    // A resubmit that got through before (its answer lost on the way) finds the application moved on.
    const current = await host.api?.applications.get(host.application.id).catch(() => undefined);
    if (current && current.status !== 'needs_revision') return finish(context, current);
  }
  if (error instanceof UnauthorizedError) {
    host.notice = { key: 'formSessionEnded' };
    return context.show('login', true);
  }
  if (error instanceof ConflictError) {
    context.renewKey();
    host.notice = { key: 'formSubmitConflict' };
  } else if (error instanceof ForbiddenError) host.notice = { key: 'formForbidden' };
  else host.notice = { ...host.failure(error), retry: true };
  void host.focusAfterRender('#problem');
}
