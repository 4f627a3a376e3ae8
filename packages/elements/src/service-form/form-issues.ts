/**
 * The problems of `<padu-service-form>`'s answers and how the citizen is told of them: which a page has (the
 * contract's verdict, or an upload still under way), in which words (the contract's code in the current language
 * with the element's overrides, naming the item of a group), the messages at the fields, and the error summary
 * that takes the focus and links to them.
 */
import { isErrorCode } from '@padu/contract';
import type { PaduFileInput } from '../file-input/file-input.ts';
import { errorMessage } from '../i18n/messages.ts';
import type { FieldControls } from './form-controls.ts';
import type { FormHost } from './form-host.ts';
import type { Issue } from './form-model.ts';
import { itemName } from './form-pages.ts';
import type { FormSession } from './form-session.ts';

/** What the problems need of the view. */
export interface IssueContext {
  host: FormHost;
  session: FormSession;
  controls: FieldControls;
}

/** The text of an issue in the current language, with this element's overrides; an item's field says which item. */
export function issueText({ host, session }: Pick<IssueContext, 'host' | 'session'>, issue: Issue): string {
  if (!('error' in issue)) return host.say(issue);
  const { code, params = {}, message } = issue.error;
  const field = issue.name ? session.fieldAt(issue.name) : undefined;
  const [group, index, member] = issue.name?.split('/') ?? [];
  const item = member === undefined ? '' : `${itemName(host, session.fieldNamed(group!), Number(index))}: `;
  if (code === 'pattern' && field?.patternMessage) return item + host.localized(field.patternMessage);
  if (!isErrorCode(code)) return message; // a code newer than this version: the gateway's words
  const label = field ? host.localized(field.label) || field.name : params.label;
  return item + errorMessage(host.locale, code, { ...params, ...(label === undefined ? {} : { label }) }, host.strings);
}

/**
 * The problems of the fields of `stepIds` (all steps when absent), in the order of the form: the contract's
 * verdict, or a request to wait for an upload still under way.
 */
export function findIssues({ host, session, controls }: IssueContext, stepIds?: string[]): Issue[] {
  const uploads: Issue[] = [];
  for (const [key, control] of controls.entries()) {
    const page = session.pageOf(key);
    if (!(control as PaduFileInput).uploading || !session.visible(key) || (stepIds && !stepIds.includes(session.steps[page]?.id ?? ''))) continue;
    uploads.push({ name: key, key: 'fileWait', params: { label: host.localized(session.fieldAt(key)?.label) } });
  }
  const waiting = new Set(uploads.map((issue) => issue.name));
  const errors = session.place(session.check(stepIds)).filter(({ key }) => !waiting.has(key));
  return [...uploads, ...errors.map(({ key, error }) => ({ name: key, error }))];
}

/** Sets the messages at the fields of `issues`, after dropping those of the fields `cleared` says (a page checked again). */
export function markFields(host: FormHost, issues: Issue[], cleared: (key: string) => boolean = () => false): void {
  const marks = new Map([...host.fieldIssues].filter(([key]) => !cleared(key)));
  for (const issue of issues) if (issue.name) marks.set(issue.name, issue);
  host.fieldIssues = marks;
}

/** The error summary of the page, which takes the focus. */
export function showIssues(host: FormHost, issues: Issue[]): void {
  host.issues = issues;
  void host.focusAfterRender('[part=error-summary]');
}

/** An error summary link: focus the field's control (a group's add button) and bring its label into view (GOV.UK). */
export function jump({ host, controls }: Pick<IssueContext, 'host' | 'controls'>, event: Event, key: string): void {
  event.preventDefault();
  const control = controls.get(key) ?? host.renderRoot.querySelector<HTMLElement>(`[data-add="${key}"]`);
  control?.focus({ preventScroll: true });
  control?.scrollIntoView({ block: 'start' });
}
