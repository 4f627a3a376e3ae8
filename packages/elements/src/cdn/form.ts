/**
 * The lazy part of the CDN bundle (`padu-form.js`): the application form and the field controls it draws. Only
 * pages that show one of these tags load it.
 */
export { PaduServiceForm } from '../service-form/service-form.ts';
export { PaduChoice } from '../choice/choice.ts';
export { PaduFileInput } from '../file-input/file-input.ts';
export { PaduNumberInput } from '../number-input/number-input.ts';
export { PaduKkInput } from '../kk-input/kk-input.ts';
export { PaduTextarea } from '../textarea/textarea.ts';
