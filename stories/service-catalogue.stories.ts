import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { fixtureClient, rateLimited, serverError } from './fixtures/router.ts';
import type { Scenario } from './fixtures/router.ts';

const meta: Meta = {
  title: 'Elements/Service catalogue',
  component: 'padu-service-catalogue',
};
export default meta;
type Story = StoryObj;

const catalogue = (scenario: Scenario = {}, attributes: { agency?: string; link?: string; pageSize?: number } = {}) =>
  html`<padu-service-catalogue
    agency-id=${attributes.agency ?? ''}
    link-template=${attributes.link ?? ''}
    page-size=${attributes.pageSize ?? 10}
    .client=${fixtureClient(scenario)}
  ></padu-service-catalogue>`;

export const AllServices: Story = { render: () => catalogue() };
/** With `link-template`, every service is a real link: it works without any script on the host page. */
export const WithLinks: Story = { render: () => catalogue({}, { link: '?service={id}#formulir' }) };
export const OneOpd: Story = { render: () => catalogue({}, { agency: 'dpmptsp' }) };
/** `page-size="2"`: "Muat lebih banyak" pages on with the cursor. */
export const Paged: Story = { render: () => catalogue({}, { pageSize: 2 }) };
export const Loading: Story = { render: () => catalogue({ delay: Infinity }) };
export const Empty: Story = { render: () => catalogue({ services: [] }) };
export const ServerError: Story = { render: () => catalogue({ routes: { 'GET services': serverError() } }) };
export const RateLimited: Story = { render: () => catalogue({ routes: { 'GET services': rateLimited(20) } }) };
export const Offline: Story = { render: () => catalogue({ offline: true }) };
export const English: Story = { render: () => catalogue(), globals: { locale: 'en' } };
export const BrandDisdukcapil: Story = { render: () => catalogue({}, { agency: 'disdukcapil', link: '?service={id}' }), globals: { brand: 'disdukcapil' } };
export const BrandDpmptsp: Story = { render: () => catalogue({}, { agency: 'dpmptsp', link: '?service={id}' }), globals: { brand: 'dpmptsp' } };
