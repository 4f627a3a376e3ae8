/**
 * The condition builder: any condition of the contract's language (`Condition` in padu.yaml, `conditions.ts` of
 * `@padu/contract`) built by picking, never typed as code. One builder serves `visibleWhen` of steps and fields and
 * `requiredWhen` of fields. Each part of a condition is a fieldset with its kind ("satu perbandingan", "semua benar",
 * "salah satu benar", "tidak"), offered where the contract's depth limit still allows it:
 * - a comparison picks an earlier field, an operator that field's kind allows (`operatorsFor`) and a value that
 *   fits it (its options, yes/no, a number, a date or "today", a text; none for empty/answered);
 * - `all` / `any` list their parts, each removable, with "Tambah syarat";
 * - `not` holds one part.
 * Every input's id comes from its JSON pointer, so the gateway's problems (`definition.condition_*`) show at it. A
 * part the builder cannot show (malformed, too deep) is kept as it is, shown as data, until the admin picks another
 * kind for it.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { answerKind, comparisonOperators, conditionLimits, jakartaDate, operatorOf } from '@padu/contract';
import type { StringKey } from '../i18n/i18n.ts';
import { blankComparison, conditionKindOf, convertCondition, earlierFields, getAt, inputId, operatorsFor, recompare, retarget } from './draft-model.ts';
import type { ComparisonOperator, ConditionKind, EarlierField, FormField } from './draft-model.ts';
import { select, textInput } from './inputs.ts';
import type { EditorContext } from './inputs.ts';

const operatorKeys = {
  equals: 'edOpEquals',
  notEquals: 'edOpNotEquals',
  oneOf: 'edOpOneOf',
  isEmpty: 'edOpIsEmpty',
  notEmpty: 'edOpNotEmpty',
  before: 'edOpBefore',
  after: 'edOpAfter',
  lessThan: 'edOpLessThan',
  greaterThan: 'edOpGreaterThan',
} satisfies Record<ComparisonOperator, StringKey>;

/** A multiple-choice checkbox's answer is a list: "is" there means "has ticked". */
const listOperatorKeys: Partial<Record<ComparisonOperator, StringKey>> = { equals: 'edOpIncludes', notEquals: 'edOpExcludes', oneOf: 'edOpIncludesOneOf' };

const operatorName = (ctx: EditorContext, operator: ComparisonOperator, field: FormField | undefined): string =>
  ctx.t((field && answerKind(field) === 'list' ? listOperatorKeys[operator] : undefined) ?? operatorKeys[operator]);

const kindKeys = {
  comparison: 'edConditionComparison',
  all: 'edConditionAll',
  any: 'edConditionAny',
  not: 'edConditionNot',
} satisfies Record<ConditionKind, StringKey>;

/** What the parts of one builder share: the editor, and the fields its conditions may name. */
interface Builder {
  ctx: EditorContext;
  candidates: EarlierField[];
}

/** How a part is called: its legend, and the number of its parts' names ("Syarat 1.2"). */
interface Part {
  pointer: string;
  depth: number;
  name: string;
  path: string;
}

/**
 * The part as it was when one of its selects took the focus. Arrow keys on a closed select change its value at each
 * press, so each change starts again from this: passing over "Semua benar" on the way to "Tidak" nests nothing, and
 * passing over a number field keeps the value compared with.
 */
let before: { pointer: string; node: unknown } | undefined;

/** The select options that remember the part at `pointer` while one of its selects has the focus. */
const remembering = (ctx: EditorContext, pointer: string) => ({
  onFocus: () => (before = { pointer, node: structuredClone(getAt(ctx.content, pointer)) }),
  onBlur: () => {
    if (before?.pointer === pointer) before = undefined;
  },
});

/** The part at `pointer` as it was when its select took the focus (a copy), else as it is. */
const original = (ctx: EditorContext, pointer: string): unknown => (before?.pointer === pointer ? structuredClone(before.node) : getAt(ctx.content, pointer));

/**
 * The builder of the condition `key` (`visibleWhen`, `requiredWhen`) of the step or field at `owner`, under
 * `legend`; `none` names having no condition ("Selalu tampil").
 */
export function renderConditionBuilder(ctx: EditorContext, owner: string, key: 'visibleWhen' | 'requiredWhen', legend: string, none: string): TemplateResult {
  const pointer = `${owner}/${key}`;
  const builder: Builder = { ctx, candidates: earlierFields(ctx.content, owner) };
  if (getAt(ctx.content, pointer) === undefined && !builder.candidates.length) {
    ctx.seen(pointer);
    return html`<fieldset class="condition" id=${inputId(pointer)} tabindex="-1">
      <legend>${legend}</legend>
      <p class="hint">${ctx.t('edConditionNoEarlier')}</p>
    </fieldset>`;
  }
  return renderPart(builder, { pointer, depth: 1, name: legend, path: '' }, none);
}

/** One part of a condition: its kind, then what that kind holds. `none`: the top part, which may be absent. */
function renderPart(builder: Builder, part: Part, none?: string): TemplateResult {
  const { ctx } = builder;
  const { pointer, depth, name } = part;
  const node = getAt(ctx.content, pointer);
  const kind = node === undefined ? '' : conditionKindOf(node, depth);
  ctx.seen(pointer);
  const problems = ctx.problemsAt(pointer);
  const errorId = `${inputId(pointer)}-error`;
  const kinds: [string, string][] = [];
  if (none !== undefined) kinds.push(['', none]);
  if (builder.candidates.length || kind === 'comparison') kinds.push(['comparison', ctx.t(kindKeys.comparison)]);
  if (depth < conditionLimits.depth) (['all', 'any', 'not'] as const).forEach((combinator) => kinds.push([combinator, ctx.t(kindKeys[combinator])]));
  if (kind === 'unknown') kinds.push(['unknown', ctx.t('edConditionOther')]);
  const pick = (value: string) => {
    const from = original(ctx, pointer);
    if (value === 'unknown') return ctx.set(pointer, from);
    ctx.set(pointer, value === '' ? undefined : convertCondition(from, value as ConditionKind, depth, () => blankComparison(builder.candidates)));
  };
  return html`<fieldset class="condition" id=${inputId(pointer)} tabindex="-1" aria-describedby=${problems.length ? errorId : nothing}>
    <legend>${name}</legend>
    ${problems.length
      ? html`<p class="error" id=${errorId}><span class="visually-hidden">${ctx.t('error')}: </span>${problems.map((problem) => problem.message).join(' ')}</p>`
      : nothing}
    ${kinds.length > 1 ? select(ctx, `${pointer}/kind`, ctx.t('edConditionKind'), kinds, { current: kind, onChange: pick, ...remembering(ctx, pointer) }) : nothing}
    ${renderBody(builder, part, node, kind)}
  </fieldset>`;
}

function renderBody(builder: Builder, part: Part, node: unknown, kind: string): TemplateResult | typeof nothing {
  const { ctx } = builder;
  switch (kind) {
    case 'comparison':
      return renderComparison(builder, part.pointer, node as Record<string, unknown>);
    case 'all':
    case 'any':
      return renderList(builder, part, kind, (node as Record<string, unknown[]>)[kind]!);
    case 'not':
      return renderPart(builder, { pointer: `${part.pointer}/not`, depth: part.depth + 1, name: ctx.t('edConditionNegated'), path: part.path });
    case 'unknown': {
      const shown = JSON.stringify(node) ?? String(node);
      return html`<p class="hint">${ctx.t('edConditionUnknown')}</p>
        <pre class="kept"><code>${shown.length > 500 ? `${shown.slice(0, 499)}…` : shown}</code></pre>`;
    }
    default:
      return nothing;
  }
}

/** The parts of an `all` or `any`: each with "Hapus" while more than one is left, and "Tambah syarat". */
function renderList(builder: Builder, part: Part, kind: 'all' | 'any', items: unknown[]): TemplateResult {
  const { ctx } = builder;
  const listPointer = `${part.pointer}/${kind}`;
  const childDepth = part.depth + 1;
  const pathOf = (index: number) => (part.path ? `${part.path}.${index + 1}` : `${index + 1}`);
  const nameOf = (index: number) => ctx.t('edConditionItem', { n: pathOf(index) });
  // The first control of a new part: its kind where it may have one, else its field.
  const firstControl = (index: number) => `${listPointer}/${index}/${childDepth < conditionLimits.depth ? 'kind' : 'field'}`;
  const full = items.length >= conditionLimits.items;
  return html`<p class="hint">${ctx.t(kind === 'all' ? 'edConditionAllHint' : 'edConditionAnyHint')}</p>
    ${renderRemovableList(ctx, {
      at: listPointer,
      count: items.length,
      nameOf,
      item: (index) => renderPart(builder, { pointer: `${listPointer}/${index}`, depth: childDepth, name: nameOf(index), path: pathOf(index) }),
      listAttributes: { label: part.name },
      full,
      addLabel: ctx.t('edConditionAdd'),
      add: () => ctx.add(listPointer, blankComparison(builder.candidates), nameOf(items.length), firstControl(items.length)),
    })}
    ${full ? html`<p class="hint">${ctx.t('edConditionFull', { max: conditionLimits.items })}</p>` : nothing}`;
}

/**
 * A list whose items each have "Hapus" while more than one is left, then an add button: the parts of a group and
 * the values of "salah satu dari". With `listAttributes` the list itself can take the focus (after a removal).
 */
function renderRemovableList(
  ctx: EditorContext,
  list: {
    at: string;
    count: number;
    nameOf: (index: number) => string;
    item: (index: number) => unknown;
    listAttributes?: { label: string };
    full: boolean;
    addLabel: string;
    add: () => void;
  },
): TemplateResult {
  const { at, count, nameOf } = list;
  const items = Array.from({ length: count }, (_, index) => html`<li>
    ${list.item(index)}
    ${count > 1
      ? html`<button
          type="button"
          class="button secondary small danger"
          aria-label=${ctx.t('edRemoveNamed', { name: nameOf(index) })}
          @click=${() => ctx.remove(at, index, nameOf(index))}
        >
          ${ctx.t('edRemove')}
        </button>`
      : nothing}
  </li>`);
  return html`${list.listAttributes
      ? html`<ol class="condition-items" id=${inputId(at)} tabindex="-1" aria-label=${list.listAttributes.label}>${items}</ol>`
      : html`<ol class="condition-items">${items}</ol>`}
    <button type="button" class="button secondary small" id="${inputId(at)}-add" ?disabled=${list.full} @click=${list.add}>
      ${list.addLabel}
    </button>`;
}

/** `choices` with `current` among them: a value that is not is listed too, so the select shows what is stored. */
function withCurrent(choices: [string, string][], current: unknown, missing: (value: string) => string): [string, string][] {
  if (current === undefined || choices.some(([value]) => value === String(current))) return choices;
  return [...choices, [String(current), missing(String(current))]];
}

/** A comparison: the field, the operator, the value. */
function renderComparison(builder: Builder, pointer: string, comparison: Record<string, unknown>): TemplateResult {
  const { ctx, candidates } = builder;
  const name = comparison.field as string;
  const operator = operatorOf(comparison)!;
  const chosen = candidates.find((candidate) => candidate.name === name);
  const fieldChoices = withCurrent(
    candidates.map((candidate) => [candidate.name, `${candidate.field.label?.id || candidate.name} (${candidate.name})`]),
    name,
    (value) => (value ? ctx.t('edConditionFieldMissing', { name: value }) : ctx.t('edConditionPickField')),
  );
  const operators = chosen ? operatorsFor(chosen.field) : [...comparisonOperators];
  if (!operators.includes(operator)) operators.push(operator);
  return html`<div class="pair">
    ${select(ctx, `${pointer}/field`, ctx.t('edConditionField'), fieldChoices, {
      onChange: (value) => {
        const picked = candidates.find((candidate) => candidate.name === value);
        const from = original(ctx, pointer) as Record<string, unknown>;
        if (picked) ctx.set(pointer, retarget(from, picked));
        else if (value === from.field) ctx.set(pointer, from);
      },
      ...remembering(ctx, pointer),
    })}
    ${select(
      ctx,
      `${pointer}/operator`,
      ctx.t('edConditionOperator'),
      operators.map((op) => [op, operatorName(ctx, op, chosen?.field)] as [string, string]),
      {
        current: operator,
        onChange: (value) => {
          const from = original(ctx, pointer) as Record<string, unknown>;
          if (value === operatorOf(from)) ctx.set(pointer, from);
          else ctx.set(pointer, chosen ? recompare(from, chosen, value as ComparisonOperator) : { field: name, [value]: value === 'isEmpty' || value === 'notEmpty' ? true : '' });
        },
        ...remembering(ctx, pointer),
      },
    )}
  </div>
  ${renderOperand(builder, `${pointer}/${operator}`, chosen?.field, operator)}`;
}

/**
 * The value of a comparison, as its field takes it: an option (ticked options for `oneOf`), yes/no, a number, a
 * date (or "today" for before/after), a text; a list of them for `oneOf` without options; none for empty/answered.
 */
function renderOperand(builder: Builder, at: string, field: FormField | undefined, operator: ComparisonOperator): TemplateResult | typeof nothing {
  const { ctx } = builder;
  if (operator === 'isEmpty' || operator === 'notEmpty') return nothing;
  const kind = field ? answerKind(field) : 'text';
  const options = field?.options ?? [];
  const label = ctx.t('edConditionValue');
  const current = getAt(ctx.content, at);
  const missing = (value: string) => ctx.t('edConditionValueMissing', { value });
  if (operator === 'before' || operator === 'after') return renderDateBound(ctx, at, current);
  if (operator === 'oneOf') return options.length ? renderTickedOptions(ctx, at, options, current) : renderValueList(ctx, at, kind);
  if (options.length) return select(ctx, at, label, withCurrent(options.map((option) => [option.value, option.label?.id || option.value]), current, missing));
  if (kind === 'yesno') {
    return select(ctx, at, label, withCurrent([['true', ctx.t('edYes')], ['false', ctx.t('edNo')]], current, missing), { onChange: (value) => ctx.set(at, value === 'true') });
  }
  return textInput(ctx, at, label, { kind: kind === 'number' ? 'number' : kind === 'date' ? 'date' : 'text', empty: '' });
}

/** `oneOf` of a field with options: a box per option (and per stored value that is not one, so none is lost). */
function renderTickedOptions(ctx: EditorContext, at: string, options: NonNullable<FormField['options']>, current: unknown): TemplateResult {
  const ticked = new Set(Array.isArray(current) ? current : []);
  const values = options.map((option) => option.value);
  const choices: [unknown, string][] = [
    ...options.map((option) => [option.value, option.label?.id || option.value] as [unknown, string]),
    ...[...ticked].filter((value) => !values.includes(value as string)).map((value) => [value, ctx.t('edConditionValueMissing', { value: String(value) })] as [unknown, string]),
  ];
  ctx.seen(at);
  const problems = ctx.problemsAt(at);
  return html`<fieldset class="operand" id=${inputId(at)} tabindex="-1">
    <legend>${ctx.t('edConditionValue')}</legend>
    ${problems.length ? html`<p class="error"><span class="visually-hidden">${ctx.t('error')}: </span>${problems.map((problem) => problem.message).join(' ')}</p>` : nothing}
    ${choices.map(([value, text], index) => {
      const id = `${inputId(at)}-${index}`;
      return html`<div class="check">
        <input
          id=${id}
          type="checkbox"
          .checked=${ticked.has(value)}
          @change=${(event: Event) => {
            const next = new Set(ticked);
            if ((event.target as HTMLInputElement).checked) next.add(value);
            else next.delete(value);
            ctx.set(at, choices.map(([candidate]) => candidate).filter((candidate) => next.has(candidate)));
          }}
        />
        <label for=${id}>${text}</label>
      </div>`;
    })}
  </fieldset>`;
}

/** `oneOf` of a field without options: a list of values (texts, numbers or dates), each removable, and "Tambah nilai". */
function renderValueList(ctx: EditorContext, at: string, kind: string): TemplateResult {
  const values = (getAt(ctx.content, at) as unknown[] | undefined) ?? [];
  const inputKind = kind === 'number' ? 'number' : kind === 'date' ? 'date' : 'text';
  const nameOf = (index: number) => ctx.t('edConditionValueN', { n: index + 1 });
  ctx.seen(at);
  const problems = ctx.problemsAt(at);
  return html`<fieldset class="operand" id=${inputId(at)} tabindex="-1">
    <legend>${ctx.t('edConditionValue')}</legend>
    ${problems.length ? html`<p class="error"><span class="visually-hidden">${ctx.t('error')}: </span>${problems.map((problem) => problem.message).join(' ')}</p>` : nothing}
    ${renderRemovableList(ctx, {
      at,
      count: values.length,
      nameOf,
      item: (index) => textInput(ctx, `${at}/${index}`, nameOf(index), { kind: inputKind, empty: '' }),
      full: values.length >= conditionLimits.oneOfItems,
      addLabel: ctx.t('edConditionAddValue'),
      add: () => ctx.add(at, inputKind === 'number' ? 0 : inputKind === 'date' ? jakartaDate() : '', nameOf(values.length), `${at}/${values.length}`),
    })}
  </fieldset>`;
}

/** The bound of before/after: today (the day the citizen fills in), or a given date. */
function renderDateBound(ctx: EditorContext, at: string, current: unknown): TemplateResult {
  const today = current === 'today';
  return html`<div class="pair">
    ${select(
      ctx,
      `${at}/bound`,
      ctx.t('edConditionBound'),
      [
        ['today', ctx.t('edConditionToday')],
        ['date', ctx.t('edConditionOnDate')],
      ],
      { current: today ? 'today' : 'date', onChange: (value) => ctx.set(at, value === 'today' ? 'today' : jakartaDate()) },
    )}
    ${today ? nothing : textInput(ctx, at, ctx.t('edConditionDate'), { kind: 'date', empty: '' })}
  </div>`;
}
