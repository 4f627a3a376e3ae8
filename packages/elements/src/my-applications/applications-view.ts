/**
 * How `<padu-my-applications>` draws a citizen's applications: status, service, OPD, submitted and expected dates,
 * the ones that need the citizen first. A chunk of its own in bundles, fetched with the citizen's first list, so a
 * page whose visitor is not signed in does not download it.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { formatTimeFrame, isFinal } from '@padu/contract';
import type { Agency, Application } from '@padu/sdk';
import type { SectionView } from '../base/section.ts';
// Opens a chosen application.
import '../status-tracker/status-tracker.ts';

export { applicationsViewStyles } from './applications-view.styles.ts';

/** Opens an application in the element's tracker. */
type Open = (application: Application) => void;

/** What needs the citizen first, then what is still running, then what is done; newest first within each. */
export function byUrgency(a: Application, b: Application): number {
  const rank = (application: Application) =>
    application.status === 'needs_revision' ? 0 : isFinal(application.status) ? 2 : 1;
  return rank(a) - rank(b) || b.updatedAt.localeCompare(a.updatedAt);
}

/** The list (not empty), in the element's language; `agencies` names each application's OPD. */
export function renderApplications(view: SectionView, applications: Application[], agencies: Map<string, Agency>, open: Open): TemplateResult {
  return html`
    <p part="count" class="muted">${view.t('appsCount', { count: applications.length })}</p>
    <ul part="list" class="applications">
      ${applications.map((application) => renderApplication(view, application, agencies.get(application.agencyId), open))}
    </ul>
  `;
}

function renderApplication(view: SectionView, application: Application, agency: Agency | undefined, open: Open): TemplateResult {
  const { status, due } = application;
  const action = status === 'needs_revision';
  const name = view.localized(application.serviceName) || application.serviceId;
  const expected = due.paused
    ? view.t('appsDuePaused')
    : due.dueAt
      ? view.date(due.dueAt)
      : formatTimeFrame(due.timeFrame, view.locale);
  return html`
    <li part="application" class="application ${action ? 'action' : ''}">
      <p>
        <span part="status" class="chip tone-${status}">${view.statusText(status)}</span>
        ${action ? html`<strong class="action-needed">${view.t('appsActionNeeded')}</strong>` : nothing}
      </p>
      ${view.heading(name)}
      <p class="muted">${agency ? view.localized(agency.name) : application.agencyId}</p>
      <dl class="facts">
        ${view.fact('trackerCode', application.trackingCode)} ${view.fact('appsSubmittedAt', view.date(application.submittedAt))}
        ${isFinal(status) ? nothing : view.fact('appsDueAt', expected)}
      </dl>
      <button type="button" part="open" class="button secondary" data-id=${application.id} @click=${() => open(application)}>
        ${view.t('appsOpen')}<span class="visually-hidden">: ${name} ${application.trackingCode}</span>
      </button>
    </li>
  `;
}
