/**
 * The form's steps and fields: added, removed and moved by buttons, every field type with what it needs (options,
 * limits and a text's pattern, a group's fields, guidance text, prefill), and when a step or field shows and when a
 * field is required, built by picking (`condition-builder.ts`).
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { prefillFieldTypes, uploadMimeTypes } from '@padu/contract';
import type { Schemas } from '@padu/contract';
import type { StringKey } from '../i18n/i18n.ts';
import { freshName, getAt, inputId, newField } from './draft-model.ts';
import type { FormField, FormStep } from './draft-model.ts';
import { checkbox, itemControls, localizedInput, select, textInput } from './inputs.ts';
import type { EditorContext } from './inputs.ts';
import { renderConditionBuilder } from './condition-builder.ts';

/** Each field type's name, in the order the type lists offer them. */
const typeKeys = {
  text: 'edTypeText',
  textarea: 'edTypeTextarea',
  number: 'edTypeNumber',
  date: 'edTypeDate',
  select: 'edTypeSelect',
  radio: 'edTypeRadio',
  checkbox: 'edTypeCheckbox',
  email: 'edTypeEmail',
  tel: 'edTypeTel',
  nik: 'edTypeNik',
  kk: 'edTypeKk',
  file: 'edTypeFile',
  group: 'edTypeGroup',
  content: 'edTypeContent',
} satisfies Record<Schemas['FieldType'], StringKey>;
const fieldTypes = Object.keys(typeKeys) as (keyof typeof typeKeys)[];
const typeKey = (type: string): StringKey => typeKeys[type as keyof typeof typeKeys] ?? 'edTypeText';

const prefillKeys = {
  name: 'edPrefillName',
  nik: 'edPrefillNik',
  kk: 'edPrefillKk',
  phone: 'edPrefillPhone',
  email: 'edPrefillEmail',
  address: 'edPrefillAddress',
} satisfies Record<Schemas['PrefillSource'], StringKey>;
const prefillKey = (source: string): StringKey => prefillKeys[source as keyof typeof prefillKeys];

/** What a field is called in announcements and button names: its Indonesian label, else its position. */
function fieldName(ctx: EditorContext, field: FormField | undefined, position: string): string {
  return field?.label?.id?.trim() || position;
}

export function renderFormSection(ctx: EditorContext): TemplateResult {
  const steps = (getAt(ctx.content, '/form/steps') as FormStep[] | undefined) ?? [];
  ctx.seen('/form/steps');
  return html`${ctx.problemsAt('/form/steps').map((problem) => html`<p class="error">${problem.message}</p>`)}
    <ol class="steps" id=${inputId('/form/steps')} tabindex="-1">
      ${steps.map((step, index) => renderStep(ctx, step, index, steps.length))}
    </ol>
    <button
      type="button"
      class="button secondary"
      @click=${() => {
        const id = freshName(ctx.content, 'langkah');
        ctx.add('/form/steps', { id, title: { id: '' }, fields: [] }, ctx.t('edStep', { n: steps.length + 1 }), `/form/steps/${steps.length}/title/id`);
      }}
    >
      ${ctx.t('edAddStep')}
    </button>`;
}

function renderStep(ctx: EditorContext, step: FormStep, index: number, count: number): TemplateResult {
  const at = `/form/steps/${index}`;
  const position = ctx.t('edStep', { n: index + 1 });
  const name = step?.title?.id?.trim() ? `${position}: ${step.title.id}` : position;
  const fields = step?.fields ?? [];
  return html`<li class="step">
    <section aria-label=${name}>
      <div class="heading" role="heading" aria-level="4">${name}</div>
      ${itemControls(ctx, '/form/steps', index, count, name)} ${localizedInput(ctx, `${at}/title`, ctx.t('edStepTitle'))}
      ${textInput(ctx, `${at}/id`, ctx.t('edStepId'), { hint: ctx.t('edFieldNameHint') })}
      ${localizedInput(ctx, `${at}/description`, ctx.t('edStepDescription'), { multiline: true })}
      ${renderConditionBuilder(ctx, at, 'visibleWhen', ctx.t('edStepCondition'), ctx.t('edConditionNone'))}
      <ol class="fields" id=${inputId(`${at}/fields`)} tabindex="-1">
        ${fields.map((field, fieldIndex) => renderField(ctx, `${at}/fields`, field, fieldIndex, fields.length, false))}
      </ol>
      ${addFieldControl(ctx, `${at}/fields`, fields.length, false)}
    </section>
  </li>`;
}

/** The type picker and "Tambah pertanyaan" under a list of fields. */
function addFieldControl(ctx: EditorContext, listPointer: string, count: number, inGroup: boolean): TemplateResult {
  const id = `${inputId(listPointer)}-new-type`;
  const types = fieldTypes.filter((type) => !inGroup || type !== 'group');
  return html`<div class="add-field">
    <div class="input">
      <label for=${id}>${ctx.t('edNewFieldType')}</label>
      <select id=${id}>
        ${types.map((type) => html`<option value=${type}>${ctx.t(typeKey(type))}</option>`)}
      </select>
    </div>
    <button
      type="button"
      class="button secondary"
      @click=${(event: Event) => {
        const type = ((event.currentTarget as HTMLElement).parentElement!.querySelector('select') as HTMLSelectElement).value;
        const field = newField(type, freshName(ctx.content, type === 'content' ? 'panduan' : 'isian'));
        const label = ctx.t(inGroup ? 'edGroupField' : 'edField', { n: count + 1 });
        ctx.add(listPointer, field, label, `${listPointer}/${count}/label/id`);
      }}
    >
      ${ctx.t(inGroup ? 'edAddGroupField' : 'edAddField')}
    </button>
  </div>`;
}

function renderField(ctx: EditorContext, listPointer: string, field: FormField, index: number, count: number, inGroup: boolean): TemplateResult {
  const at = `${listPointer}/${index}`;
  const position = ctx.t(inGroup ? 'edGroupField' : 'edField', { n: index + 1 });
  const name = fieldName(ctx, field, position);
  const legend = name === position ? position : `${position}: ${name}`;
  const type = field?.type ?? 'text';
  const types = fieldTypes.filter((candidate) => !inGroup || candidate !== 'group');
  return html`<li class="field">
    <fieldset>
      <legend>${legend}</legend>
      ${itemControls(ctx, listPointer, index, count, name)}
      <div class="pair">
        ${textInput(ctx, `${at}/name`, ctx.t('edFieldName'), { hint: ctx.t('edFieldNameHint') })}
        ${select(
          ctx,
          `${at}/type`,
          ctx.t('edFieldType'),
          types.map((candidate) => [candidate, ctx.t(typeKey(candidate))] as const),
          { onChange: (value) => ctx.set(at, { ...newField(value, field.name), ...kept(field) }) },
        )}
      </div>
      ${localizedInput(ctx, `${at}/label`, ctx.t('edLabel'))}
      ${type === 'content'
        ? localizedInput(ctx, `${at}/text`, ctx.t('edContentText'), { multiline: true })
        : html`${localizedInput(ctx, `${at}/hint`, ctx.t('edHint'))} ${checkbox(ctx, `${at}/required`, ctx.t('edRequired'))}`}
      ${renderTypeSettings(ctx, at, field, type)} ${renderPrefill(ctx, at, type)}
      ${renderConditionBuilder(ctx, at, 'visibleWhen', ctx.t('edCondition'), ctx.t('edConditionNone'))}
      ${type !== 'content' && (field.required !== true || field.requiredWhen !== undefined)
        ? renderConditionBuilder(ctx, at, 'requiredWhen', ctx.t('edRequiredCondition'), ctx.t('edRequiredNone'))
        : nothing}
    </fieldset>
  </li>`;
}

function renderTypeSettings(ctx: EditorContext, at: string, field: FormField, type: string): TemplateResult | typeof nothing {
  switch (type) {
    case 'select':
    case 'radio':
    case 'checkbox':
      return renderOptions(ctx, at, field);
    case 'text':
    case 'textarea':
      return limits(
        ctx,
        html`${textInput(ctx, `${at}/minLength`, ctx.t('edMinLength'), { kind: 'number' })} ${textInput(ctx, `${at}/maxLength`, ctx.t('edMaxLength'), { kind: 'number' })}`,
        renderPattern(ctx, at, field),
      );
    case 'number':
      return limits(
        ctx,
        html`${textInput(ctx, `${at}/min`, ctx.t('edMin'), { kind: 'number' })} ${textInput(ctx, `${at}/max`, ctx.t('edMax'), { kind: 'number' })}
        ${checkbox(ctx, `${at}/integer`, ctx.t('edInteger'))}`,
      );
    case 'date':
      return limits(ctx, html`${textInput(ctx, `${at}/minDate`, ctx.t('edMinDate'))} ${textInput(ctx, `${at}/maxDate`, ctx.t('edMaxDate'))}`);
    case 'file':
      return renderFileLimits(ctx, at, field);
    case 'group':
      return renderGroup(ctx, at, field);
    default:
      return nothing;
  }
}

const limits = (ctx: EditorContext, inputs: TemplateResult, more: TemplateResult | typeof nothing = nothing) =>
  html`<fieldset class="limits"><legend>${ctx.t('edLimits')}</legend><div class="pair">${inputs}</div>${more}</fieldset>`;

/** What a field keeps when its type changes: its label and hint, and when it shows or is required. */
function kept(field: FormField): Partial<FormField> {
  const { label, hint, visibleWhen, requiredWhen } = field;
  return Object.fromEntries(Object.entries({ label, hint, visibleWhen, requiredWhen }).filter(([, value]) => value !== undefined));
}

/**
 * A text's pattern (a regular expression the whole answer must match) and what the citizen is told when it does
 * not. The gateway proves each pattern safe from catastrophic backtracking when the draft is validated; its
 * problem (`definition.unsafe_pattern`, `definition.bad_pattern`) points here.
 */
function renderPattern(ctx: EditorContext, at: string, field: FormField): TemplateResult {
  return html`${textInput(ctx, `${at}/pattern`, ctx.t('edPattern'), { hint: ctx.t('edPatternHint') })}
  ${field.pattern !== undefined || field.patternMessage !== undefined ? localizedInput(ctx, `${at}/patternMessage`, ctx.t('edPatternMessage')) : nothing}`;
}

function renderOptions(ctx: EditorContext, at: string, field: FormField): TemplateResult {
  const options = field.options ?? [];
  const pointer = `${at}/options`;
  ctx.seen(pointer);
  return html`<fieldset class="list" id=${inputId(pointer)} tabindex="-1">
    <legend>${ctx.t('edOptions')}</legend>
    ${ctx.problemsAt(pointer).map((problem) => html`<p class="error">${problem.message}</p>`)}
    <ol>
      ${options.map((option, index) => {
        const name = option?.label?.id?.trim() || ctx.t('edOption', { n: index + 1 });
        return html`<li>
          <fieldset>
            <legend>${ctx.t('edOption', { n: index + 1 })}</legend>
            ${textInput(ctx, `${pointer}/${index}/value`, ctx.t('edOptionValue'))} ${localizedInput(ctx, `${pointer}/${index}/label`, ctx.t('edOptionLabel'))}
          </fieldset>
          ${itemControls(ctx, pointer, index, options.length, name)}
        </li>`;
      })}
    </ol>
    <button
      type="button"
      class="button secondary"
      @click=${() => ctx.add(pointer, { value: `pilihan_${options.length + 1}`, label: { id: '' } }, ctx.t('edOption', { n: options.length + 1 }), `${pointer}/${options.length}/label/id`)}
    >
      ${ctx.t('edAddOption')}
    </button>
  </fieldset>`;
}

function renderFileLimits(ctx: EditorContext, at: string, field: FormField): TemplateResult {
  const accepted = new Set<string>(field.accept ?? []);
  const pointer = `${at}/accept`;
  ctx.seen(pointer);
  return html`<fieldset class="limits" id=${inputId(pointer)} tabindex="-1">
    <legend>${ctx.t('edAccept')}</legend>
    ${ctx.problemsAt(pointer).map((problem) => html`<p class="error">${problem.message}</p>`)}
    ${uploadMimeTypes.map((type) => {
      const id = `${inputId(pointer)}-${type.replace(/\W/g, '-')}`;
      return html`<div class="check">
        <input
          id=${id}
          type="checkbox"
          .checked=${accepted.has(type)}
          @change=${(event: Event) => {
            const next = new Set(accepted);
            if ((event.target as HTMLInputElement).checked) next.add(type);
            else next.delete(type);
            ctx.set(pointer, next.size ? uploadMimeTypes.filter((candidate) => next.has(candidate)) : undefined);
          }}
        />
        <label for=${id}>${type}</label>
      </div>`;
    })}
    ${textInput(ctx, `${at}/maxBytes`, ctx.t('edMaxBytes'), { kind: 'number' })}
  </fieldset>`;
}

function renderGroup(ctx: EditorContext, at: string, field: FormField): TemplateResult {
  const fields = field.fields ?? [];
  return html`<fieldset class="group">
    <legend>${ctx.t('edTypeGroup')}</legend>
    <div class="pair">
      ${textInput(ctx, `${at}/minItems`, ctx.t('edMinItems'), { kind: 'number' })} ${textInput(ctx, `${at}/maxItems`, ctx.t('edMaxItems'), { kind: 'number' })}
    </div>
    ${localizedInput(ctx, `${at}/itemLabel`, ctx.t('edItemLabel'))}
    <ol class="fields" id=${inputId(`${at}/fields`)} tabindex="-1">
      ${fields.map((inner, index) => renderField(ctx, `${at}/fields`, inner, index, fields.length, true))}
    </ol>
    ${addFieldControl(ctx, `${at}/fields`, fields.length, true)}
  </fieldset>`;
}

function renderPrefill(ctx: EditorContext, at: string, type: string): TemplateResult | typeof nothing {
  const sources = Object.entries(prefillFieldTypes)
    .filter(([, types]) => (types as readonly string[]).includes(type))
    .map(([source]) => source);
  if (!sources.length || /\/fields\/\d+\/fields\//.test(at)) return nothing;
  return html`${select(ctx, `${at}/prefill`, ctx.t('edPrefill'), [['', ctx.t('edPrefillNone')], ...sources.map((source) => [source, ctx.t(prefillKey(source))] as const)])}
  ${getAt(ctx.content, `${at}/prefill`) ? checkbox(ctx, `${at}/prefillLocked`, ctx.t('edPrefillLocked')) : nothing}`;
}
