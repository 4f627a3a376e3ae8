/**
 * `@padu/contract`: the types generated from the OpenAPI contract and the shared pure rules (identity numbers,
 * the status machine, working days and due dates, the form logic: conditions, visibility, validation and its messages). No I/O and no
 * dependencies, so the gateway and the browser elements run exactly the same code.
 */

import type { components, operations as OperationTypes } from './generated/openapi.ts';
import { operations as operationTable, type OperationId } from './generated/operations.ts';

export type { components, paths, webhooks } from './generated/openapi.ts';
export * from './generated/operations.ts';
// `operations` is both the generated request/response types and the generated table of operations. A plain
// `export type { operations }` would shadow the table's value for TypeScript, so both meanings are bound here.
/**
 * The request and response types of each operation the gateway serves (the contract's `paths`), e.g.
 * `operations['login']`. The operations of its `webhooks` section, what Padu sends to OPD systems, are in
 * `webhookOperations`.
 */
export type operations = Pick<OperationTypes, OperationId>;
/** The events Padu sends (the contract's `webhooks`), as operations: `webhookOperations['onApplicationSubmitted']`. */
export type webhookOperations = Omit<OperationTypes, OperationId>;
/** Method, path, summary and whether it needs a session, for each operation id. */
export const operations = operationTable;

/** Every schema of the contract, e.g. `Schemas['FormDefinition']`. */
export type Schemas = components['schemas'];
export type ApplicationStatus = Schemas['ApplicationStatus'];
export type ActorRole = Schemas['ActorRole'];
export type TimeFrame = Schemas['TimeFrame'];
export type DueDate = Schemas['DueDate'];
export type FormDefinition = Schemas['FormDefinition'];
export type FormStep = Schemas['FormStep'];
export type FormField = Schemas['FormField'];
export type FieldType = Schemas['FieldType'];
export type Answers = Schemas['Answers'];
export type AnswerValue = Schemas['AnswerValue'];
export type FieldError = Schemas['FieldError'];
export type LocalizedText = Schemas['LocalizedText'];
export type GroupItemAnswers = Schemas['GroupItemAnswers'];
export type ContentLink = Schemas['ContentLink'];

export * from './identity.ts';
export * from './contact.ts';
export * from './status.ts';
export * from './transitions.ts';
export * from './progress.ts';
export * from './tracking-code.ts';
export * from './calendar.ts';
export * from './holidays/index.ts';
export * from './form.ts';
export * from './form-state.ts';
export * from './conditions.ts';
export { answerKind, comparisonFits, operatorsFor, uploadMimeTypes } from './field-kinds.ts';
export type { AnswerKind } from './field-kinds.ts';
export * from './messages.ts';
export { idRequired } from './messages/id-required.ts';
export { terbilang } from './terbilang.ts';
export { formatDate, isIsoDate, jakartaDate } from './dates.ts';
