/**
 * The CDN bundle, `padu.js`: one `<script type="module" src=".../padu.js">` defines every Padu element.
 *
 * - The region elements (provider, login, status tracker, service catalogue, my applications) and the text and
 *   NIK inputs they use are defined when the module runs.
 * - The application form and its other field controls (`lazyTags`) are one lazy chunk, `padu-form.js`, loaded
 *   as soon as one of those tags is in the document (now or later), so pages without a form stay lighter.
 *   Elements inside another component's shadow root are not seen: call `loadFormElements()` for those.
 * - Undefined Padu tags stay hidden (see `cloak.ts`). Every definition is guarded, so loading the bundle twice,
 *   or next to another version or an npm build, does not throw: the first definition of a tag wins.
 *
 * Besides defining the tags it exports the page API (`configure`, the element classes) and, for pages that call
 * the gateway themselves such as an officer console, the SDK's `createPadu` and the shared status rules.
 */
import './cloak.ts';
import { lazyTags } from './tags.ts';

export { configure } from '../base/client.ts';
export { PaduElement } from '../base/padu-element.ts';
export { PaduSection } from '../base/section.ts';
export { PaduField } from '../base/field.ts';
export { PaduProvider } from '../provider/provider.ts';
export { PaduTextInput } from '../text-input/text-input.ts';
export { PaduNikInput } from '../nik-input/nik-input.ts';
export { PaduLogin } from '../login/login.ts';
export { PaduStatusTracker, normalizeTrackingCode } from '../status-tracker/status-tracker.ts';
export { PaduServiceCatalogue } from '../service-catalogue/service-catalogue.ts';
export { PaduMyApplications } from '../my-applications/my-applications.ts';
export { createPadu } from '@padu/sdk';
export { allowedTransitions, applicationStatuses, isFinal, statusLabels } from '@padu/contract';
export { allTags, eagerTags, lazyTags } from './tags.ts';

let formChunk: Promise<unknown> | undefined;

/** Loads (once) and defines the application form and its field controls. */
export async function loadFormElements(): Promise<void> {
  await (formChunk ??= import('./form.ts'));
}

const selector = lazyTags.join(',');
const wanted = (node: Node) => node instanceof Element && (node.matches(selector) || !!node.querySelector(selector));

if (document.querySelector(selector)) {
  void loadFormElements();
} else {
  const observer = new MutationObserver((records) => {
    if (records.some((record) => [...record.addedNodes].some(wanted))) {
      observer.disconnect();
      void loadFormElements();
    }
  });
  observer.observe(document, { childList: true, subtree: true });
}
