/**
 * The editor's model of a draft, apart from how it is drawn: values read and written by JSON pointer (the same
 * pointers the gateway's validation problems carry, so a problem finds its input), items added, removed and
 * moved, the fields a condition may refer to and the conditions built of them, and the draft as the `Service` a
 * preview renders.
 */
import { comparisonFits, conditionLimits, jakartaDate, operandIsValid, operatorOf, operatorsFor } from '@padu/contract';
import type { ComparisonOperator, Schemas } from '@padu/contract';
import type { ServiceDraftContent } from '@padu/sdk';

export type FormField = Schemas['FormField'];
export type FormStep = Schemas['FormStep'];
export type Service = Schemas['Service'];
export type Content = ServiceDraftContent & { [key: string]: unknown };

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The tokens of a JSON pointer (RFC 6901). */
export function tokensOf(pointer: string): string[] {
  return pointer === '' ? [] : pointer.slice(1).split('/').map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** The value at `pointer` in `root`, or undefined. */
export function getAt(root: unknown, pointer: string): unknown {
  let node = root;
  for (const token of tokensOf(pointer)) {
    if (!isObject(node) && !Array.isArray(node)) return undefined;
    node = (node as Record<string, unknown>)[token];
  }
  return node;
}

/**
 * Writes `value` at `pointer`, making the objects and lists on the way (a list where the next token is an index).
 * `undefined` removes the member, and an object left empty by it goes too, so a cleared input leaves no `{}`.
 */
export function setAt(root: Record<string, unknown>, pointer: string, value: unknown): void {
  const tokens = tokensOf(pointer);
  const path: Record<string, unknown>[] = [];
  let node: Record<string, unknown> = root;
  tokens.slice(0, -1).forEach((token, index) => {
    path.push(node);
    const next = node[token];
    if (!isObject(next) && !Array.isArray(next)) node[token] = /^\d+$/.test(tokens[index + 1]!) ? [] : {};
    node = node[token] as Record<string, unknown>;
  });
  const last = tokens.at(-1)!;
  if (value !== undefined) {
    node[last] = value;
    return;
  }
  if (Array.isArray(node)) return;
  delete node[last];
  // Up the path: drop objects that the removal emptied (never a list, whose positions matter).
  for (let index = path.length - 1; index >= 0; index--) {
    const child = path[index]![tokens[index]!];
    if (isObject(child) && Object.keys(child).length === 0) delete path[index]![tokens[index]!];
    else break;
  }
}

/** The list at `pointer`, made when missing. */
export function listAt(root: Record<string, unknown>, pointer: string): unknown[] {
  const found = getAt(root, pointer);
  if (Array.isArray(found)) return found;
  const list: unknown[] = [];
  setAt(root, pointer, list);
  return list;
}

/** Moves item `index` of `list` by `delta` (-1 up, +1 down); returns its new index, or -1 when it cannot move. */
export function moveItem(list: unknown[], index: number, delta: number): number {
  const to = index + delta;
  if (index < 0 || index >= list.length || to < 0 || to >= list.length) return -1;
  const [item] = list.splice(index, 1);
  list.splice(to, 0, item);
  return to;
}

/** A field the conditions of a later field may name: its name, where it is, and its definition. */
export interface EarlierField {
  name: string;
  field: FormField;
}

/** Whether a field takes an answer a condition can ask about (a content block does not). */
const answerable = (field: FormField) => typeof field?.name === 'string' && field.name !== '' && operatorsFor(field).length > 0;

/**
 * The fields before `pointer` (a step `/form/steps/i`, a field `/form/steps/i/fields/j`, or a group's field
 * `/form/steps/i/fields/j/fields/k`), in order: those of earlier steps, the earlier ones of the same step, and in a
 * group also the earlier fields of the same item. These are what a condition there may refer to.
 */
export function earlierFields(content: Content, pointer: string): EarlierField[] {
  const [, , stepIndex, , fieldIndex, , itemIndex] = tokensOf(pointer).map(Number);
  const steps = (getAt(content, '/form/steps') as FormStep[] | undefined) ?? [];
  const found: EarlierField[] = [];
  steps.forEach((step, s) => {
    if (s > stepIndex!) return;
    (step?.fields ?? []).forEach((field, f) => {
      const before = s < stepIndex! || (fieldIndex !== undefined && !Number.isNaN(fieldIndex) && f < fieldIndex);
      if (before && answerable(field)) found.push({ name: field.name, field });
      if (s === stepIndex && f === fieldIndex && itemIndex !== undefined && !Number.isNaN(itemIndex)) {
        (field.fields ?? []).slice(0, itemIndex).forEach((inner) => answerable(inner) && found.push({ name: inner.name, field: inner }));
      }
    });
  });
  return found;
}

export { operatorsFor };
export type { ComparisonOperator };

/** The operand a newly picked operator starts with, so a condition is complete as soon as it is picked. */
export function defaultOperand(field: FormField, operator: ComparisonOperator): unknown {
  if (operator === 'isEmpty' || operator === 'notEmpty') return true;
  if (operator === 'before' || operator === 'after') return 'today';
  const first = field.options?.[0]?.value;
  const one = field.type === 'number' ? 0 : field.type === 'date' ? jakartaDate() : field.type === 'checkbox' && !field.options?.length ? true : (first ?? '');
  return operator === 'oneOf' ? [one] : one;
}

/** The kinds of condition the builder makes: one comparison, or `all`, `any`, `not` of others. */
export type ConditionKind = 'comparison' | 'all' | 'any' | 'not';

/**
 * What the condition `node` at nesting `depth` (1 at the top) is, as the contract's language allows it there:
 * combinators only above the deepest level ({@link conditionLimits}), a comparison with one known operator. Anything
 * else is `unknown`: the builder shows it as it is and never rewrites it unasked.
 */
export function conditionKindOf(node: unknown, depth: number): ConditionKind | 'unknown' {
  if (!isObject(node) || depth > conditionLimits.depth) return 'unknown';
  const keys = Object.keys(node);
  if (keys.length === 1 && (keys[0] === 'all' || keys[0] === 'any')) return depth < conditionLimits.depth && Array.isArray(node[keys[0]]) ? keys[0] : 'unknown';
  if (keys.length === 1 && keys[0] === 'not') return depth < conditionLimits.depth ? 'not' : 'unknown';
  return operatorOf(node) && typeof node.field === 'string' ? 'comparison' : 'unknown';
}

/** How many levels `node` takes (a comparison one); what the builder cannot show counts as too many. */
function heightOf(node: unknown): number {
  const kind = conditionKindOf(node, 1);
  if (kind === 'comparison') return 1;
  if (kind === 'not') return 1 + heightOf((node as { not: unknown }).not);
  if (kind === 'all' || kind === 'any') return 1 + Math.max(1, ...((node as Record<string, unknown[]>)[kind]!).map(heightOf));
  return Infinity;
}

/** The first comparison in `node`, depth first (itself when it is one), or undefined. */
export function firstComparison(node: unknown, depth = 0): Record<string, unknown> | undefined {
  if (depth > 32 || (!isObject(node) && !Array.isArray(node))) return undefined;
  if (conditionKindOf(node, 1) === 'comparison') return node as Record<string, unknown>;
  for (const value of Object.values(node)) {
    const found = firstComparison(value, depth + 1);
    if (found) return found;
  }
  return undefined;
}

/**
 * The condition `node` (at `depth`) turned into `kind`, keeping what it can: `all` and `any` swap their list; a
 * comparison or a `not` becomes the first item of a new list, and anything becomes the inside of a new `not`, when
 * it still fits under the depth limit there (else its first comparison does); a comparison is the first one found.
 * What has no comparison to keep starts from `blank()`.
 */
export function convertCondition(node: unknown, kind: ConditionKind, depth: number, blank: () => Record<string, unknown>): Record<string, unknown> {
  const from = node === undefined ? undefined : conditionKindOf(node, depth);
  if (from === kind) return node as Record<string, unknown>;
  const inner = () => (node !== undefined && depth + heightOf(node) <= conditionLimits.depth ? (node as Record<string, unknown>) : (firstComparison(node) ?? blank()));
  switch (kind) {
    case 'comparison':
      return firstComparison(node) ?? blank();
    case 'all':
    case 'any':
      return { [kind]: from === 'all' || from === 'any' ? (node as Record<string, unknown>)[from] : [inner()] };
    case 'not':
      return { not: inner() };
  }
}

/** A new comparison on the first of `candidates` (with the first operator it allows, `equals` where it can). */
export function blankComparison(candidates: readonly EarlierField[]): Record<string, unknown> {
  const first = candidates[0];
  if (!first) return { field: '', equals: '' };
  const operators = operatorsFor(first.field);
  const operator = operators.includes('equals') ? 'equals' : operators[0]!;
  return { field: first.name, [operator]: defaultOperand(first.field, operator) };
}

/** Whether `operand` can stand after `operator` in a comparison of `field`: the contract's shape, and the field's kind. */
function fits(field: FormField, operator: ComparisonOperator, operand: unknown): boolean {
  return operatorsFor(field).includes(operator) && operandIsValid(operator, operand) && comparisonFits(field, operator, operand);
}

/**
 * The comparison of `field` with `operator`, keeping the operand of `comparison` where it still fits (a value
 * becomes a one-item list for `oneOf`, a list its first value for the others), else the operator's default.
 */
export function recompare(comparison: Record<string, unknown>, field: EarlierField, operator: ComparisonOperator): Record<string, unknown> {
  const previous = operatorOf(comparison);
  const operand = previous ? comparison[previous] : undefined;
  const carried = operator === 'oneOf' ? (Array.isArray(operand) ? operand : [operand]) : Array.isArray(operand) ? operand[0] : operand;
  const keep = previous !== 'isEmpty' && previous !== 'notEmpty' && fits(field.field, operator, carried);
  return { field: field.name, [operator]: keep ? carried : defaultOperand(field.field, operator) };
}

/** `comparison` asked of another field: its operator and operand where they fit that field, else that field's first. */
export function retarget(comparison: Record<string, unknown>, field: EarlierField): Record<string, unknown> {
  const operator = operatorOf(comparison);
  if (operator && operatorsFor(field.field).includes(operator)) return recompare(comparison, field, operator);
  return blankComparison([field]);
}

/** A blank field of `type`, with what that type needs to be valid at once (options, accepted files, a text). */
export function newField(type: string, name: string): FormField {
  const field: FormField = { name, type, label: { id: '' } };
  if (['select', 'radio'].includes(type)) field.options = [{ value: 'ya', label: { id: 'Ya', en: 'Yes' } }];
  if (type === 'file') field.accept = ['application/pdf'];
  if (type === 'group') field.fields = [{ name: `${name}_nama`, type: 'text', label: { id: '' } }];
  if (type === 'content') field.text = { id: '' };
  return field;
}

/** A name not used by any field yet: `prefix_1`, `prefix_2` … */
export function freshName(content: Content, prefix: string): string {
  const used = new Set<string>();
  const steps = (getAt(content, '/form/steps') as FormStep[] | undefined) ?? [];
  for (const step of steps) {
    used.add(step?.id);
    for (const field of step?.fields ?? []) {
      used.add(field?.name);
      for (const inner of field?.fields ?? []) used.add(inner?.name);
    }
  }
  let n = 1;
  while (used.has(`${prefix}_${n}`)) n++;
  return `${prefix}_${n}`;
}

/**
 * The draft as the `Service` the real form renders: what the admin has written so far, with the parts a form
 * cannot do without filled in (a placeholder title, one empty step), so the preview shows from the first key.
 */
export function previewService(id: string, agencyId: string, content: Content): Service {
  const standard = (content.standard ?? {}) as Partial<Schemas['ServiceStandard']>;
  const steps = ((getAt(content, '/form/steps') as FormStep[] | undefined) ?? []).filter((step) => isObject(step));
  return {
    id,
    agencyId,
    category: content.category ?? 'lainnya',
    name: Object.assign({ id: '' }, content.name),
    summary: Object.assign({ id: '' }, content.summary),
    version: 1,
    requiresVerifiedAccount: content.requiresVerifiedAccount ?? false,
    standard: {
      requirements: standard.requirements ?? [],
      procedure: standard.procedure ?? [],
      timeFrame: { value: 1, unit: 'working_days', ...standard.timeFrame },
      fee: { amount: 0, ...standard.fee },
      product: { id: '', ...standard.product },
      complaints: standard.complaints ?? [],
      ...(standard.legalBasis ? { legalBasis: standard.legalBasis } : {}),
    },
    dataProtection: {
      purpose: { id: '' },
      lawfulBasis: { id: '' },
      retention: { id: '' },
      controller: { id: '' },
      ...(content.dataProtection as object),
    },
    form: {
      steps: steps.map((step) => ({
        ...step,
        title: Object.assign({ id: '' }, step.title),
        fields: (step.fields ?? []).filter((field) => isObject(field) && typeof field.name === 'string' && field.name !== ''),
      })),
    },
  } as Service;
}

/** The id of the input that edits the value at `pointer`, and the pointer back from it. */
export function inputId(pointer: string): string {
  return `at${pointer.replace(/[^a-zA-Z0-9_-]/g, (c) => (c === '/' ? '--' : `_${c.charCodeAt(0)}_`))}`;
}

/**
 * Where a problem's pointer is shown: at its own input when there is one, else at the nearest enclosing part that
 * has one (a missing `/standard/product` shows at its Indonesian text `/standard/product/id`, a whole step's problem
 * at its id), else in the summary only.
 */
export function problemAnchor(pointer: string, inputs: ReadonlySet<string>): string | undefined {
  if (inputs.has(pointer)) return pointer;
  for (const child of ['/id', '/value', '/name', '/0/id', '/0/name', '/amount']) if (inputs.has(pointer + child)) return pointer + child;
  const tokens = tokensOf(pointer);
  for (let length = tokens.length - 1; length > 0; length--) {
    const parent = `/${tokens.slice(0, length).map((t) => t.replace(/~/g, '~0').replace(/\//g, '~1')).join('/')}`;
    if (inputs.has(parent)) return parent;
    for (const child of ['/id', '/name']) if (inputs.has(parent + child)) return parent + child;
  }
  return undefined;
}
