import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { ApplicationStatus } from '@padu/contract';
import { applicationIn, applications, citizen, trackingCodes, trackingOf } from './fixtures/data.ts';
import { fixtureClient, notFound, rateLimited, serverError } from './fixtures/router.ts';
import type { Scenario } from './fixtures/router.ts';

const meta: Meta = {
  title: 'Elements/Status tracker',
  component: 'padu-status-tracker',
};
export default meta;
type Story = StoryObj;

const byCode = (code: string, scenario: Scenario = {}) =>
  html`<padu-status-tracker code=${code} .client=${fixtureClient(scenario)}></padu-status-tracker>`;

/** The public view of an application in `status`: no notes, no personal data. */
const inStatus = (status: ApplicationStatus): Story => ({ render: () => byCode(trackingCodes[status]) });

export const LookupForm: Story = {
  render: () => html`<padu-status-tracker .client=${fixtureClient()}></padu-status-tracker>`,
};
export const Loading: Story = { render: () => byCode(trackingCodes.verifying, { delay: Infinity }) };

export const Submitted = inStatus('submitted');
export const Verifying = inStatus('verifying');
export const NeedsRevision = inStatus('needs_revision');
export const InProcess = inStatus('in_process');
export const AwaitingSignature = inStatus('awaiting_signature');
export const Completed = inStatus('completed');
export const ReadyForPickup = inStatus('ready_for_pickup');

/** Completed straight from "Sedang Diproses": the signing it skipped is not shown as passed. */
export const CompletedWithoutSigning: Story = {
  render: () => {
    const completed = applicationIn('completed');
    const history = completed.history.filter((change) => change.status !== 'awaiting_signature');
    const tracking = trackingOf({ ...completed, history });
    return byCode(tracking.trackingCode, { routes: { 'GET tracking/*': { status: 200, body: tracking } } });
  },
};
export const Rejected = inStatus('rejected');
export const Cancelled = inStatus('cancelled');

const own = (status: ApplicationStatus) => applications.find((application) => application.status === status)!;

/** The applicant, logged in, sees the officer's note and the way to fix it. */
export const NeedsRevisionLoggedIn: Story = {
  render: () =>
    html`<padu-status-tracker application-id=${own('needs_revision').id} .client=${fixtureClient({ user: citizen })}></padu-status-tracker>`,
};

export const RejectedLoggedIn: Story = {
  render: () =>
    html`<padu-status-tracker application-id=${own('rejected').id} .client=${fixtureClient({ user: citizen })}></padu-status-tracker>`,
};

/** A live change: the event stream says the application moved on, and the tracker follows without a reload. */
export const LiveUpdate: Story = {
  render: () =>
    byCode(trackingCodes.verifying, {
      live: [{ after: 1500, trackingCode: trackingCodes.verifying, status: 'in_process' }],
    }),
};

export const NotFound: Story = { render: () => byCode('DKC-0000-0000', { routes: { 'GET tracking/*': notFound() } }) };
export const ServerError: Story = { render: () => byCode(trackingCodes.verifying, { routes: { 'GET tracking/*': serverError() } }) };
export const RateLimited: Story = { render: () => byCode(trackingCodes.verifying, { routes: { 'GET tracking/*': rateLimited(30) } }) };
export const Offline: Story = { render: () => byCode(trackingCodes.verifying, { offline: true }) };

/** `application-id` needs the applicant: logged out, the `login` slot shows. */
export const LoginRequired: Story = {
  render: () =>
    html`<padu-status-tracker application-id=${own('in_process').id} .client=${fixtureClient()}>
      <a slot="login" href="#masuk">Masuk ke akun Anda</a>
    </padu-status-tracker>`,
};

export const English: Story = { ...inStatus('in_process'), globals: { locale: 'en' } };
export const EnglishNeedsRevision: Story = { ...NeedsRevisionLoggedIn, globals: { locale: 'en' } };
export const BrandDisdukcapil: Story = { ...inStatus('awaiting_signature'), globals: { brand: 'disdukcapil' } };
export const BrandDpmptsp: Story = { ...inStatus('completed'), globals: { brand: 'dpmptsp' } };
