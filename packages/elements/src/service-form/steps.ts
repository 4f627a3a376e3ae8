/**
 * What `<padu-service-form>` needs to show pages of questions: the field controls and the strings of its steps,
 * check-answers page and confirmation. Bundles put it in the controls' chunk; the form imports it once it has a
 * service to show, and waits for it before the first page of questions.
 */
import '../i18n/id-form-steps.ts';

export * from './controls.ts';
