/**
 * The field controls the application form draws besides the text and NIK inputs. Bundles make them one chunk:
 * the form imports it once it has a service to show, and the CDN loader for pages that use a control alone.
 */
export { PaduChoice } from '../choice/choice.ts';
export { PaduFileInput } from '../file-input/file-input.ts';
export { PaduKkInput } from '../kk-input/kk-input.ts';
export { PaduNumberInput } from '../number-input/number-input.ts';
export { PaduTextarea } from '../textarea/textarea.ts';
