import { ContextProvider } from '@lit/context';
import { html, LitElement } from 'lit';
import type { PropertyDeclarations } from 'lit';
import { clientContext, clientFor } from '../base/client.ts';
import type { PaduClient } from '../base/client.ts';
import { define } from '../base/define.ts';
import { providerStyles } from './provider.styles.ts';

/**
 * @tagname padu-provider
 * @summary Gives the Padu elements inside it one SDK client: the `client` you set, or the shared client for
 * `base-url`. Without it, elements use the page default (`<meta name="padu-api">` or `configure()`).
 *
 * @slot - The content that holds Padu elements.
 */
export class PaduProvider extends LitElement {
  static override styles = providerStyles;

  static override properties: PropertyDeclarations = {
    baseUrl: { attribute: 'base-url' },
    client: { attribute: false },
  };

  /** The gateway's API root, e.g. `https://layanan.kedirikota.go.id/api/v1`. */
  declare baseUrl: string;
  /** A `@padu/sdk` client to share; takes precedence over `base-url`. */
  declare client: PaduClient | undefined;

  readonly #provider = new ContextProvider(this, { context: clientContext });

  constructor() {
    super();
    this.baseUrl = '';
  }

  override connectedCallback(): void {
    this.#provide();
    super.connectedCallback();
  }

  protected override willUpdate(): void {
    this.#provide();
  }

  #provide(): void {
    const client = this.client ?? (this.baseUrl ? clientFor(this.baseUrl) : undefined);
    if (client !== this.#provider.value) this.#provider.setValue(client);
  }

  override render() {
    return html`<slot></slot>`;
  }
}

define('padu-provider', PaduProvider);

declare global {
  interface HTMLElementTagNameMap {
    'padu-provider': PaduProvider;
  }
}
