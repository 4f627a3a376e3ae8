/**
 * The contract's messages (validation errors) as the elements show them: with the page's overrides, in Indonesian
 * or English. Not in the core of the CDN bundle (rollup.config.mjs puts it with the login): a field fetches it
 * (`loadErrorMessages` in i18n.ts) the first time it has a message other than `required` to give, and the form
 * imports it with its code.
 */
import { formatMessage, registerMessages } from '@padu/contract';
import type { ErrorCode, Locale, MessageParams } from '@padu/contract';
import { fill, provideErrorMessages } from './i18n.ts';
import type { Strings } from './i18n.ts';

/** The message for `code` in `locale`, or the page's own text for it (`strings`). */
export function errorMessage(locale: Locale, code: ErrorCode, params: MessageParams, overrides?: Strings): string {
  const own = overrides?.[code];
  return own ? fill(own, params) : formatMessage(code, params, locale);
}

provideErrorMessages(errorMessage, (catalogue) => registerMessages('en', catalogue));
