/**
 * `@padu/elements`: every Padu element, defined on import (the CDN bundle's entry), plus the page-wide
 * configuration. Per-element entry points (`@padu/elements/login.js` …) define only what they need.
 */
export { configure } from './base/client.ts';
export type { PaduClient } from './base/client.ts';
export type { PaduEvent, PaduEventMap, PaduEventName } from './base/events.ts';
export { PaduElement } from './base/padu-element.ts';
export { PaduSection } from './base/section.ts';
export type { Message } from './base/padu-element.ts';
export { PaduField } from './base/field.ts';
export type { ControlState, FieldMessage, FieldValidator } from './base/field.ts';
export type { Locale, StringKey, Strings } from './i18n/i18n.ts';
export { PaduProvider } from './provider/provider.ts';
export { PaduTextInput } from './text-input/text-input.ts';
export type { TextInputType } from './text-input/text-input.ts';
export { PaduNikInput } from './nik-input/nik-input.ts';
export { PaduLogin } from './login/login.ts';
export type { LoginMethod } from './login/login.ts';
export { PaduStatusTracker } from './status-tracker/status-tracker.ts';
export { normalizeTrackingCode } from '@padu/contract';
export { PaduServiceCatalogue } from './service-catalogue/service-catalogue.ts';
export { PaduMyApplications } from './my-applications/my-applications.ts';
// Elements II: the application form and its field controls.
export { PaduServiceForm } from './service-form/service-form.ts';
export type { DraftStorage } from './service-form/draft.ts';
export { PaduTextarea } from './textarea/textarea.ts';
export { PaduNumberInput } from './number-input/number-input.ts';
export { parseDecimal } from './i18n/numbers.ts';
export { PaduKkInput } from './kk-input/kk-input.ts';
export { PaduChoice } from './choice/choice.ts';
export type { ChoiceOption, ChoiceType } from './choice/choice.ts';
export { PaduFileInput } from './file-input/file-input.ts';
// Authoring: the service designer for OPD admins.
export { PaduServiceEditor } from './service-editor/service-editor.ts';
