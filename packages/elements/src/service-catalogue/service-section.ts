import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { formatTimeFrame } from '@padu/contract';
import type { ServiceSummary } from '@padu/sdk';
import { safeUrl } from '../base/data.ts';
import { PaduSection } from '../base/section.ts';
import '../i18n/id-catalogue.ts';
import { formatRupiah } from '../i18n/i18n.ts';

/**
 * The base of the elements that show a service's Standar Pelayanan: the catalogue and the application form. It
 * travels with the catalogue (its chunk of the CDN bundle, with its strings); a page with a form has a catalogue
 * that leads to it.
 */
export class ServiceSection extends PaduSection {
  /**
   * Four of the six Standar Pelayanan components as `<dt>`/`<dd>` pairs, for a `<dl>`: the time frame (from a
   * complete file), the fee (Gratis, or rupiah with its note and legal basis), the product, and where to
   * complain. The catalogue and the application form show them the same way.
   */
  protected standardFacts({ timeFrame, fee, product, complaints }: ServiceSummary['standard']): TemplateResult {
    return html`
      <dt>${this.t('catalogueTimeFrame')}</dt>
      <dd>${formatTimeFrame(timeFrame, this.locale)} ${this.t('catalogueSinceComplete')}</dd>
      <dt>${this.t('catalogueFee')}</dt>
      <dd>
        ${fee.amount ? formatRupiah(fee.amount) : this.t('catalogueFree')}
        ${fee.amount && fee.note ? html`<br />${this.localized(fee.note)}` : nothing}
        ${fee.legalBasis ? html`<br />${this.t('catalogueLegalBasis', { basis: this.localized(fee.legalBasis) })}` : nothing}
      </dd>
      <dt>${this.t('catalogueProduct')}</dt>
      <dd>${this.localized(product)}</dd>
      <dt>${this.t('catalogueComplaints')}</dt>
      <dd>
        <ul>
          ${complaints.map((channel) => {
            const url = safeUrl(channel.url);
            const contacts = [channel.sms && this.t('catalogueSms', { number: channel.sms }), channel.phone, channel.email].filter(Boolean);
            return html`<li>
              ${url ? html`<a href=${url} rel="noopener">${channel.name}</a>` : channel.name}${contacts.length ? ` · ${contacts.join(' · ')}` : nothing}
            </li>`;
          })}
        </ul>
      </dd>
    `;
  }

  /** The "Hanya untuk akun terverifikasi" chip of a service that needs a verified account. */
  protected verifiedOnly(): TemplateResult {
    return html`<p><span class="chip tone-needs_revision">${this.t('catalogueVerifiedOnly')}</span></p>`;
  }
}
