/**
 * What `<padu-service-form>`'s view shows for its state: the page of the moment (loading, a failure, the
 * introduction, the login, a step of questions, the check-answers page, the receipt), with the error summary, the
 * notice above a page and, when revising, the officer's note. It only draws: what the buttons and links do is the
 * view's (`PageContext`).
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { StepState } from '@padu/contract';
import type { User } from '@padu/sdk';
import { issueText, jump } from './form-issues.ts';
import { hasControl } from './form-model.ts';
import { copyCode, introPage, pageHeading, receiptPage, subheading } from './form-pages.ts';
import { answers, question } from './form-questions.ts';
import type { QuestionContext } from './form-questions.ts';

/** What the pages need of the view besides what the questions need: who is signed in, and the page's actions. */
export interface PageContext extends QuestionContext {
  /** The signed-in user (the introduction says whether this account may start). */
  account: User | null;
  /** "Mulai" on the introduction. */
  start(): void;
  /** "Kembali". */
  back(event: Event): void;
  /** "Lanjutkan" (the step's form submitted). */
  next(event: Event): void;
  /** "Ajukan permohonan", and "Coba lagi" after a failed submit (with the view as it is then). */
  submit(): void;
}

/** The page shown for the view's state. */
export function renderPage(context: PageContext): TemplateResult | typeof nothing {
  const { host, session } = context;
  switch (host.view) {
    case 'loading':
      return html`<p role="status">${host.t('loading')}</p>`;
    case 'failed':
      return notice(context);
    case 'blocked': {
      const { trackingCode: code, status } = host.application!;
      return host.problemBox({ key: 'formNotRevisable', params: { code, status: host.statusText(status) } }, null);
    }
    case 'intro':
      return introPage(host, context.account, context.start);
    case 'login':
      return html`
        ${pageHeading(host, host.t('formLoginHeading'))} ${notice(context)}
        <p>${host.t('formLoginIntro')}</p>
        <padu-login heading-level=${host.headingLevel + 1} .client=${host.api} .strings=${host.strings}></padu-login>
      `;
    case 'form': {
      const step = session.state.steps[host.page];
      return html`${revisionNote(context)}${step ? stepPage(context, step) : checkPage(context)}`;
    }
    case 'done':
      return receiptPage(host, shownSteps(context), { copy: () => void copyCode(host), answers: (step) => answers(context, step.fields, false) });
  }
}

function notice(context: PageContext): TemplateResult | typeof nothing {
  const { host } = context;
  const shown = host.notice;
  if (!shown) return nothing;
  return host.problemBox(shown, shown.retry ? (host.view === 'failed' ? () => host.reload() : context.submit) : null);
}

function revisionNote({ host }: PageContext): TemplateResult | typeof nothing {
  const application = host.application;
  if (!application) return nothing;
  const note = [...application.history].reverse().find((change) => change.status === 'needs_revision')?.note;
  return html`<div part="revision-note" class="notice warning">
    <p><strong>${host.t('formRevisionIntro', { code: application.trackingCode })}</strong></p>
    ${note ? html`<p>${host.t('formOfficerNote')}: ${note}</p>` : nothing}
  </div>`;
}

function errorSummary(context: PageContext): TemplateResult | typeof nothing {
  const { host } = context;
  if (!host.issues.length) return nothing;
  return html`<div part="error-summary" class="error-summary" role="alert" tabindex="-1" aria-labelledby="issues-title">
    <div id="issues-title" class="heading" role="heading" aria-level=${host.headingLevel + 1}>${host.t('formErrorSummary')}</div>
    <ul>
      ${host.issues.map(
        (issue) => html`<li>
          ${issue.name
            ? html`<a href="#field-${issue.name}" @click=${(event: Event) => jump(context, event, issue.name!)}>${issueText(context, issue)}</a>`
            : issueText(context, issue)}
        </li>`,
      )}
    </ul>
  </div>`;
}

/** The steps shown for the answers given now. */
function shownSteps({ session }: PageContext): StepState[] {
  return session.state.steps.filter((step) => step.visible);
}

function stepPage(context: PageContext, step: StepState): TemplateResult {
  const { host, session } = context;
  const fields = step.fields.filter((field) => field.visible);
  const single = fields.length === 1 && hasControl(fields[0]!.field.type) && !session.locked(fields[0]!.name);
  const { current, total } = session.position(host.page);
  return html`
    <a href="#" part="back" class="back-link" @click=${context.back}>${host.t('formBack')}</a>
    <form novalidate @submit=${context.next}>
      ${errorSummary(context)}
      <p part="step-count" class="caption" tabindex=${single ? '-1' : nothing} ?data-focus=${single}>
        ${host.t('formStepOf', { current, total })}
      </p>
      ${single ? nothing : pageHeading(host, host.localized(step.step.title))}
      ${step.step.description ? html`<p class="hint">${host.localized(step.step.description)}</p>` : nothing}
      ${fields.map((field) => question(context, field, field.name, single))}
      <p class="visually-hidden" role="status">${host.announcement}</p>
      <button part="continue" class="button" type="submit">${host.t('formContinue')}</button>
    </form>
  `;
}

function checkPage(context: PageContext): TemplateResult {
  const { host } = context;
  const steps = shownSteps(context);
  return html`
    ${steps.length ? html`<a href="#" part="back" class="back-link" @click=${context.back}>${host.t('formBack')}</a>` : nothing}
    ${errorSummary(context)} ${notice(context)}
    <p class="caption">${host.localized(host.loaded?.name)}</p>
    ${pageHeading(host, host.t('formCheckHeading'))}
    ${steps.map((step) => html`${subheading(host, host.localized(step.step.title))} ${answers(context, step.fields, true)}`)}
    <button part="submit" class="button" type="button" aria-disabled=${host.busy ? 'true' : nothing} @click=${context.submit}>
      ${host.t(host.busy ? 'formSubmitting' : host.application ? 'formResubmit' : 'formSubmit')}
    </button>
  `;
}
