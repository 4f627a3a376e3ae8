/**
 * `<padu-service-form>` as its view (`form-view.ts`) and the view's modules use it: the element's public API, and
 * the protected members of Padu's elements (strings, events, problem boxes) and of the form (its reactive state),
 * which they reach as the element's own code would.
 */
import type { TemplateResult } from 'lit';
import type { ApplicationStatus, LocalizedText, MessageParams } from '@padu/contract';
import type { Application, Service } from '@padu/sdk';
import type { PaduClient } from '../base/client.ts';
import type { PaduEventMap } from '../base/events.ts';
import type { Message } from '../base/padu-element.ts';
import type { InstantStyle, Locale, StringKey } from '../i18n/i18n.ts';
import type { Issue, Notice, View } from './form-model.ts';
import type { PaduServiceForm } from './service-form.ts';

export type FormHost = Pick<
  PaduServiceForm,
  | 'service'
  | 'applicationId'
  | 'draftStorage'
  | 'trackLinkTemplate'
  | 'serviceData'
  | 'definition'
  | 'answers'
  | 'strings'
  | 'headingLevel'
  | 'updateComplete'
  | 'renderRoot'
  | 'isConnected'
  | 'requestUpdate'
> & {
  view: View;
  page: number;
  loaded: Service | undefined;
  application: Application | undefined;
  issues: Issue[];
  fieldIssues: Map<string, Issue>;
  notice: Notice | null;
  busy: boolean;
  result: Application | undefined;
  announcement: string;
  tracking: boolean;
  readonly locale: Locale;
  readonly api: PaduClient | undefined;
  t(key: StringKey, params?: MessageParams): string;
  say(message: Message): string;
  localized(text: LocalizedText | undefined): string;
  statusText(status: ApplicationStatus): string;
  date(at: string, style?: InstantStyle): string;
  failure(error: unknown): Message;
  emit<K extends keyof PaduEventMap>(type: K, detail: PaduEventMap[K], options?: { cancelable?: boolean }): boolean;
  focusAfterRender(selector: string): Promise<void>;
  problemBox(message: Message | null, retry?: (() => void) | null): TemplateResult;
  heading(content: unknown, part?: string, depth?: number): TemplateResult;
  standardFacts(standard: Service['standard']): TemplateResult;
  verifiedOnly(): TemplateResult;
  reload(): void;
};
