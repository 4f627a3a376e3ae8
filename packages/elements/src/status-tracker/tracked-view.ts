/**
 * How `<padu-status-tracker>` draws a tracked application: summary, the action it needs, progress steps and the
 * timeline. A chunk of its own in bundles, imported while the tracker reads its first application, so a tracker
 * waiting for a code does not download it.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { formatTimeFrame, isFinal, progressOf } from '@padu/contract';
import type { ActorRole, ApplicationStatus, DueDate, LocalizedText } from '@padu/contract';
import type { SectionView } from '../base/section.ts';
import '../i18n/id-tracked.ts';

export { trackedStyles } from './tracked-view.styles.ts';

/** One status change as the tracker shows it; `note` only when read through the applicant's session. */
export interface Change {
  sequence: number;
  status: ApplicationStatus;
  at: string;
  actorRole: ActorRole;
  note: string | null;
}

/** What the tracker shows, from public tracking or from the applicant's own application. */
export interface Tracked {
  trackingCode: string;
  applicationId: string | null;
  serviceName: LocalizedText | undefined;
  serviceId: string;
  agencyName: LocalizedText | undefined;
  status: ApplicationStatus;
  /** Oldest first. */
  history: Change[];
  due: DueDate;
  /** Read through the applicant's session, so officers' notes are included. */
  personal: boolean;
}

/** The tracked application, in the tracker's language; `revise` opens a returned application for revision. */
export function renderTracked(view: SectionView, tracked: Tracked, revise: () => void): TemplateResult {
  return html`
    <article part="tracker">
      <div part="summary" class="summary" tabindex="-1">
        ${view.heading(view.localized(tracked.serviceName) || tracked.serviceId)}
        <dl class="facts">
          ${view.fact('trackerCode', tracked.trackingCode)}
          ${tracked.agencyName ? view.fact('trackerAgency', view.localized(tracked.agencyName)) : nothing}
          ${view.fact('trackerStatus', html`<span part="status" class="chip tone-${tracked.status}">${view.statusText(tracked.status)}</span>`)}
          ${isFinal(tracked.status) ? nothing : view.fact('trackerTimeFrame', dueText(view, tracked.due), 'due')}
        </dl>
      </div>
      ${renderAction(view, tracked, revise)} ${renderSteps(view, tracked)} ${renderTimeline(view, tracked)}
    </article>
  `;
}

function dueText(view: SectionView, due: DueDate): string {
  const timeFrame = formatTimeFrame(due.timeFrame, view.locale);
  if (due.paused) return view.t('trackerDuePaused', { timeFrame });
  if (!due.dueAt) return view.t('trackerDueUnknown', { timeFrame });
  const clock = due.timeFrame.unit === 'minutes' || due.timeFrame.unit === 'hours';
  return view.t('trackerDue', { timeFrame, date: view.date(due.dueAt, clock ? 'time' : 'day') });
}

function renderAction(view: SectionView, tracked: Tracked, revise: () => void): TemplateResult | typeof nothing {
  const revision = tracked.status === 'needs_revision';
  if (!revision && tracked.status !== 'rejected') return nothing;
  const note = tracked.history.findLast((change) => change.status === tracked.status)?.note;
  return html`
    <section part="action" class="notice ${revision ? 'warning' : 'danger'}">
      ${view.heading(view.t(revision ? 'trackerRevisionTitle' : 'trackerRejectedTitle'), 'action-heading', 1)}
      ${note
        ? html`<p><strong>${view.t(revision ? 'trackerNote' : 'trackerReason')}:</strong> <span class="note">${note}</span></p>`
        : tracked.personal
          ? nothing
          : html`<p>${view.t('trackerLoginForNote')}</p>`}
      ${revision
        ? html`<slot name="revise">
            <button type="button" part="revise" class="button" @click=${revise}>${view.t('trackerRevise')}</button>
          </slot>`
        : nothing}
    </section>
  `;
}

function renderSteps(view: SectionView, tracked: Tracked): TemplateResult | typeof nothing {
  // The stages it passed through, and those still ahead (none once it was rejected or cancelled).
  const steps = progressOf(tracked.history);
  if (!steps.length) return nothing;
  return html`
    <section>
      ${view.heading(view.t('trackerSteps'), 'steps-heading', 1)}
      <ol part="steps" class="steps">
        ${steps.map(
          ({ status, done, current }) => html`<li class="step ${done ? 'done' : ''}" aria-current=${current ? 'step' : nothing}>
            <span class="marker" aria-hidden="true"></span>
            <span>${view.statusText(status)}</span>
            ${done || !current
              ? html`<span class="visually-hidden">(${view.t(done ? 'trackerStepDone' : 'trackerStepTodo')})</span>`
              : nothing}
          </li>`,
        )}
      </ol>
    </section>
  `;
}

function renderTimeline(view: SectionView, tracked: Tracked): TemplateResult {
  const actors: Record<ActorRole, string> = {
    citizen: view.t('actorCitizen'),
    officer: view.t('actorOfficer'),
    system: view.t('actorSystem'),
  };
  return html`
    <section>
      ${view.heading(view.t('trackerHistory'), 'history-heading', 1)}
      <ol part="timeline" class="timeline">
        ${tracked.history.toReversed().map(
          (change) => html`<li>
            <strong>${view.statusText(change.status)}</strong>
            <div class="muted"><time datetime=${change.at}>${view.date(change.at, 'time')}</time> · ${actors[change.actorRole]}</div>
            ${change.note ? html`<p class="note">${change.note}</p>` : nothing}
          </li>`,
        )}
      </ol>
    </section>
  `;
}
