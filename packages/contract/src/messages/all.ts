/**
 * `@padu/contract/messages`: every locale's messages, registered when this module loads, so `formatMessage`
 * speaks each of them synchronously from the first call. For Node (the gateway answers in Indonesian or English);
 * browser bundles import `@padu/contract` alone and load English on demand (`loadMessages('en')`).
 */
import { registerMessages } from '../messages.ts';
import type { Locale, MessageCatalogue } from '../messages.ts';
import { en } from './en.ts';
import { id } from './id.ts';

registerMessages('en', en);

/** Every locale's texts, e.g. `messages.en['required']`. */
export const messages: Readonly<Record<Locale, MessageCatalogue>> = { id, en };

export { formatMessage, hasMessages, registerMessages } from '../messages.ts';
export type { ErrorCode, Locale, MessageCatalogue, MessageParams } from '../messages.ts';
