import type { MessageCatalogue } from '../messages.ts';

/**
 * The messages in English, the second language. Not loaded with `@padu/contract`: browsers fetch them when a page
 * speaks English (`loadMessages('en')`, or `registerMessages('en', en)` with this module), and Node loads them with
 * `@padu/contract/messages`. Typed as a full catalogue, so a missing text fails the type check.
 */
export const en: MessageCatalogue = {
  required: '{label} is required.',
  type: '{label} is not valid.',
  too_short: '{label} must be at least {min} characters.',
  too_long: '{label} must be {max} characters or fewer.',
  pattern: '{label} is not in the right format.',
  too_small: '{label} must be {min} or more.',
  too_large: '{label} must be {max} or less.',
  not_integer: '{label} must be a whole number.',
  'date.invalid': '{label} must be a real date.',
  'date.too_early': '{label} must be on or after {min}.',
  'date.too_late': '{label} must be on or before {max}.',
  'option.invalid': 'Choose one of the options for {label}.',
  'email.invalid': '{label} must be an email address, like name@example.id.',
  'tel.invalid': '{label} must be an Indonesian phone number, like 0812 3456 7890.',
  'nik.format': '{label} must be 16 digits.',
  'nik.province': 'The province code in {label} is not known.',
  'nik.month': 'The month of birth in {label} is not valid.',
  'nik.day': 'The day of birth in {label} is not valid.',
  'nik.date': 'The date of birth in {label} does not exist.',
  'nik.serial': 'The serial number in {label} is not valid.',
  'kk.format': '{label} must be 16 digits.',
  'kk.province': 'The province code in {label} is not known.',
  'kk.date': 'The recording date in {label} is not valid.',
  'kk.serial': 'The serial number in {label} is not valid.',
  'file.invalid': 'The document for {label} is not valid. Upload it again.',
  'file.not_found': 'The document for {label} was not found. Upload it again.',
  'file.type': 'The document for {label} must be {accept}.',
  'file.too_large': 'The document for {label} must be {maxMb} MB or smaller.',
  unknown_field: '{field} is not a field of this form.',
  'keep.answered': '{label} is answered and also asked to stay as it was; choose one.',
  'definition.invalid': 'The form definition is incomplete at {field}.',
  'definition.unknown_type': 'The field type "{type}" of {field} is not known.',
  'definition.duplicate_name': 'The name {field} is used more than once.',
  'definition.options_missing': 'The field {field} has no options.',
  'definition.bad_pattern': 'The pattern of the field {field} is not a valid regular expression.',
  'transition.not_allowed': 'An application that is {from} cannot be changed to {to}.',
  'transition.forbidden_role': 'You may not change an application from {from} to {to}.',
  'transition.note_required': 'A note or reason is required for {to}.',
  'calendar.year_missing': 'The holiday calendar for {year} is not available yet.',
};
