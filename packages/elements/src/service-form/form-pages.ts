/**
 * The pages of `<padu-service-form>` that only show what is known: the service's introduction (its Standar
 * Pelayanan and data-protection notice) and the receipt of a submission, with the small pieces the view's other
 * pages share (headings, lists of texts from the service, the names of a group's items).
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { formatTimeFrame } from '@padu/contract';
import type { FormField, LocalizedText, StepState } from '@padu/contract';
import type { User } from '@padu/sdk';
import { safeUrl } from '../base/data.ts';
import type { StringKey } from '../i18n/i18n.ts';
import type { FormHost } from './form-host.ts';

/** The page's heading, focused when the page changes. */
export function pageHeading(host: FormHost, text: string): TemplateResult {
  return html`<div part="heading" class="heading page-heading" role="heading" aria-level=${host.headingLevel} tabindex="-1" data-focus>
    ${text}
  </div>`;
}

/** Texts from the service as list items. */
export function items(host: FormHost, texts: LocalizedText[] | undefined): TemplateResult[] {
  return (texts ?? []).map((text) => html`<li>${host.localized(text)}</li>`);
}

/** A heading one level below the page's. */
export function subheading(host: FormHost, text: string, depth = 1): TemplateResult {
  return host.heading(text, 'subheading', depth);
}

/** What an item of a group is called: its `itemLabel`, else the group's label or name ("Anggota keluarga"). */
export function itemLabel(host: FormHost, field: FormField | undefined): string {
  return host.localized(field?.itemLabel) || host.localized(field?.label) || field?.name || '';
}

/** What one item of a group is called, numbered: "Anggota keluarga 2". */
export function itemName(host: FormHost, field: FormField | undefined, index: number): string {
  return host.t('formItem', { item: itemLabel(host, field), number: index + 1 });
}

/** The service's Standar Pelayanan and data-protection notice, then "Mulai" (or why this account cannot start). */
export function introPage(host: FormHost, user: User | null, start: () => void): TemplateResult {
  const service = host.loaded!;
  const { standard, dataProtection: privacy } = service;
  const unverified = service.requiresVerifiedAccount && user && !user.verified;
  const fact = (key: StringKey, value: unknown) => html`<dt>${host.t(key)}</dt><dd>${value}</dd>`;
  return html`
    ${pageHeading(host, host.localized(service.name))}
    <p>${host.localized(service.summary)}</p>
    ${service.requiresVerifiedAccount ? host.verifiedOnly() : nothing}
    <section part="standard">
      ${subheading(host, host.t('catalogueRequirements'))}
      <ul class="checklist">
        ${items(host, standard.requirements)}
      </ul>
      ${subheading(host, host.t('formProcedure'))}
      <ol>
        ${items(host, standard.procedure)}
      </ol>
      <dl class="facts">
        ${host.standardFacts(standard)}
        ${standard.legalBasis?.length
          ? fact('formLegalBasis', html`<ul>${items(host, standard.legalBasis)}</ul>`)
          : nothing}
      </dl>
    </section>
    <section part="privacy">
      ${subheading(host, host.t('formPrivacy'))}
      <dl class="facts">
        ${fact('formPurpose', host.localized(privacy.purpose))} ${fact('formLawfulBasis', host.localized(privacy.lawfulBasis))}
        ${fact('formRetention', host.localized(privacy.retention))} ${fact('formController', host.localized(privacy.controller))}
        ${privacy.sensitiveData?.length
          ? fact('formSensitive', html`<ul>${items(host, privacy.sensitiveData)}</ul>`)
          : nothing}
      </dl>
    </section>
    ${unverified
      ? html`<p part="problem" class="notice warning" role="alert">${host.t('formUnverified')}</p>`
      : html`<button type="button" part="start" class="button" @click=${start}>${host.t('formStart')}</button>`}
  `;
}

/** The answer to a submission: its tracking code, what happens next, and a receipt of the answers to print. */
export function receiptPage(
host: FormHost,
steps: StepState[],
actions: { copy: () => void; answers: (step: StepState) => TemplateResult },
): TemplateResult {
  const application = host.result!;
  const code = application.trackingCode;
  const { due } = application;
  const timeFrame = formatTimeFrame(due.timeFrame, host.locale);
  const link = host.trackLinkTemplate ? safeUrl(host.trackLinkTemplate.replaceAll('{code}', encodeURIComponent(code))) : undefined;
  const level = host.headingLevel;
  return html`
    <div part="panel" class="panel">
      <div class="panel-title" role="heading" aria-level=${level} tabindex="-1" data-focus>
        ${host.t(host.application ? 'formResubmitted' : 'formDone')}
      </div>
      <p>${host.t('trackerCode')}</p>
      <p part="tracking-code" class="code" id="code">${code}</p>
    </div>
    <div class="row no-print">
      <button type="button" part="copy" class="button secondary" @click=${actions.copy}>${host.t('formCopy')}</button>
      <button type="button" part="print" class="button secondary" @click=${() => window.print()}>${host.t('formPrint')}</button>
    </div>
    <p class="status" role="status">${host.announcement}</p>
    <p part="due">${due.dueAt ? host.t('formDue', { date: host.date(due.dueAt, 'day'), timeFrame }) : host.t('formDueUnknown', { timeFrame })}</p>
    ${subheading(host, host.t('formNext'))}
    <p>${host.t('formNextText')}</p>
    <ol>${items(host, host.loaded?.standard.procedure)}</ol>
    <div class="no-print track">
      <slot name="track">
        ${link
          ? html`<a part="track" class="button" href=${link}>${host.t('formTrack')}</a>`
          : host.tracking
            ? html`<padu-status-tracker code=${code} heading-level=${level + 1} .client=${host.api} .strings=${host.strings}></padu-status-tracker>`
            : html`<button type="button" part="track" class="button" @click=${() => (host.tracking = true)}>${host.t('formTrack')}</button>`}
      </slot>
    </div>
    <section part="receipt" class="receipt">
      ${subheading(host, host.t('formReceipt'))}
      <dl class="summary-list">
        <div class="summary-row"><dt>${host.t('formService')}</dt><dd>${host.localized(host.loaded?.name)}</dd></div>
        <div class="summary-row"><dt>${host.t('trackerCode')}</dt><dd>${code}</dd></div>
        <div class="summary-row"><dt>${host.t('formSubmittedAt')}</dt><dd>${host.date(application.submittedAt, 'time')}</dd></div>
      </dl>
      ${steps.map((step) => html`${subheading(host, host.localized(step.step.title), 2)} ${actions.answers(step)}`)}
    </section>
  `;
}

/** "Salin kode": the tracking code to the clipboard, or selected for copying by hand; the result is said. */
export async function copyCode(host: FormHost): Promise<void> {
  const code = host.result?.trackingCode ?? '';
  let copied = false;
  try {
    await navigator.clipboard.writeText(code);
    copied = true;
  } catch {
    // No Clipboard API (a plain-http page, an old browser, permission refused): select the code so it can be
    // copied by hand, and try the old command.
    const node = host.renderRoot.querySelector('#code');
    const selection = getSelection();
    if (node && selection) {
      const range = document.createRange();
      range.selectNodeContents(node);
      selection.removeAllRanges();
      selection.addRange(range);
    }
    try {
      copied = document.execCommand('copy');
    } catch {
      copied = false;
    }
  }
  host.announcement = host.t(copied ? 'formCopied' : 'formCopyManual');
}
