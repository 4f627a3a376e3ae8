/**
 * The condition language of form definitions (`visibleWhen`, `requiredWhen`): data, never code. A condition is a
 * comparison `{ field, <operator>: operand }` or a combinator `{ all: [...] }`, `{ any: [...] }`, `{ not: {...} }`,
 * nested at most {@link conditionLimits}.depth levels. There is nothing to parse and nothing to eval: the browser
 * and the gateway walk the same object with the same function and so agree on every answer.
 *
 * Conditions come from OPD data and answers from the network, so nothing here trusts the types: a malformed
 * condition is `false` (never an exception); `checkCondition` tells a definition's author what is wrong with it.
 */

import type { components } from './generated/openapi.ts';
import { isIsoDate, jakartaDate } from './dates.ts';

type Schemas = components['schemas'];
export type Condition = Schemas['Condition'];
export type Comparison = Schemas['Comparison'];

/** The operators of a comparison, each with what its operand must be. */
export const comparisonOperators = [
  'equals',
  'notEquals',
  'oneOf',
  'isEmpty',
  'notEmpty',
  'before',
  'after',
  'lessThan',
  'greaterThan',
] as const;
export type ComparisonOperator = (typeof comparisonOperators)[number];

/** How large a condition may be: as the contract's schema says (`Condition` → `ConditionNested` → `Comparison`). */
export const conditionLimits = Object.freeze({ depth: 3, items: 10, oneOfItems: 50, stringLength: 100 });

/** Options of {@link evaluateCondition}. */
export interface ConditionOptions {
  /** `YYYY-MM-DD` that `today` means in `before`/`after` (default: today in WIB). */
  today?: string;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const NUMERIC = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;
const DATE_BOUND = /^(today|\d{4}-\d{2}-\d{2})$/;
const BOUND = 1e12;

/** Whether an answer counts as unanswered: nothing, blank text, an empty list, or an unticked yes/no box. */
export function isEmptyAnswer(value: unknown): boolean {
  return value === undefined || value === null || value === false || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);
}

const isOperandScalar = (v: unknown): v is string | number =>
  (typeof v === 'string' && [...v].length <= conditionLimits.stringLength && !/[\x00-\x1f]/.test(v)) ||
  (typeof v === 'number' && Number.isFinite(v) && Math.abs(v) <= BOUND);

/** The number an answer stands for (numbers, or numeric text), else undefined. */
function numberOf(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string' && NUMERIC.test(value.trim())) return Number(value.trim());
  return undefined;
}

/** Whether an answer is `operand`: the same value (a numeric text equals its number), or a list containing it. */
function matches(value: unknown, operand: unknown): boolean {
  if (Array.isArray(value)) return value.some((item) => typeof item !== 'object' && matches(item, operand));
  if (typeof operand === 'number') return numberOf(value) === operand;
  if (typeof value === 'string' && typeof operand === 'string') return value.trim() === operand;
  return value === operand;
}

/** The comparison's single operator, or undefined when it has none, several, or unknown keys. */
export function operatorOf(comparison: Record<string, unknown>): ComparisonOperator | undefined {
  const keys = Object.keys(comparison).filter((key) => key !== 'field');
  if (keys.length !== 1 || !Object.hasOwn(comparison, 'field')) return undefined;
  const key = keys[0]!;
  return (comparisonOperators as readonly string[]).includes(key) ? (key as ComparisonOperator) : undefined;
}

/** Whether the operand fits its operator as the schema says (the field's type aside: see `comparisonFits`). */
export function operandIsValid(operator: ComparisonOperator, operand: unknown): boolean {
  switch (operator) {
    case 'equals':
    case 'notEquals':
      return isOperandScalar(operand) || typeof operand === 'boolean';
    case 'oneOf':
      return Array.isArray(operand) && operand.length >= 1 && operand.length <= conditionLimits.oneOfItems && operand.every(isOperandScalar);
    case 'isEmpty':
    case 'notEmpty':
      return operand === true;
    case 'before':
    case 'after':
      return typeof operand === 'string' && DATE_BOUND.test(operand) && (operand === 'today' || isIsoDate(operand));
    case 'lessThan':
    case 'greaterThan':
      return typeof operand === 'number' && Number.isFinite(operand) && Math.abs(operand) <= BOUND;
  }
}

function compare(operator: ComparisonOperator, value: unknown, operand: unknown, today: () => string): boolean {
  switch (operator) {
    case 'equals':
      return !isEmptyAnswer(value) && matches(value, operand);
    case 'notEquals':
      return isEmptyAnswer(value) || !matches(value, operand);
    case 'oneOf':
      return !isEmptyAnswer(value) && (operand as unknown[]).some((item) => matches(value, item));
    case 'isEmpty':
      return isEmptyAnswer(value);
    case 'notEmpty':
      return !isEmptyAnswer(value);
    case 'before':
    case 'after': {
      if (typeof value !== 'string' || !isIsoDate(value.trim())) return false;
      const bound = operand === 'today' ? today() : (operand as string);
      return operator === 'before' ? value.trim() < bound : value.trim() > bound;
    }
    case 'lessThan':
    case 'greaterThan': {
      const number = numberOf(value);
      if (number === undefined) return false;
      return operator === 'lessThan' ? number < (operand as number) : number > (operand as number);
    }
  }
}

/** `true`/`false`, or `null` for a malformed condition (which makes the whole condition `false`). */
function evaluate(condition: unknown, answerOf: (name: string) => unknown, today: () => string, depth: number): boolean | null {
  if (!isObject(condition) || depth > conditionLimits.depth) return null;
  const keys = Object.keys(condition);
  if (keys.length === 1 && (keys[0] === 'all' || keys[0] === 'any')) {
    const list = condition[keys[0]];
    if (!Array.isArray(list) || list.length === 0 || list.length > conditionLimits.items || depth >= conditionLimits.depth) return null;
    const results = list.map((item: unknown) => evaluate(item, answerOf, today, depth + 1));
    if (results.includes(null)) return null;
    return keys[0] === 'all' ? results.every(Boolean) : results.some(Boolean);
  }
  if (keys.length === 1 && keys[0] === 'not') {
    if (depth >= conditionLimits.depth) return null;
    const inner = evaluate(condition.not, answerOf, today, depth + 1);
    return inner === null ? null : !inner;
  }
  const operator = operatorOf(condition);
  if (!operator || typeof condition.field !== 'string' || !operandIsValid(operator, condition[operator])) return null;
  return compare(operator, answerOf(condition.field), condition[operator], today);
}

/**
 * Whether `condition` holds for `answers` (the answers of the fields it may see: earlier and visible ones; any
 * other name counts as unanswered). Comparisons:
 * - `equals` / `notEquals`: the answer is (is not) the operand; a numeric text equals its number; for a list
 *   (checkbox with options) it contains (does not contain) it. An unanswered field equals nothing.
 * - `oneOf`: `equals` one of the list.
 * - `isEmpty` / `notEmpty`: unanswered means no answer, blank text, an empty list or an unticked yes/no box.
 * - `before` / `after`: a `YYYY-MM-DD` answer strictly before (after) the date or `today` (WIB).
 * - `lessThan` / `greaterThan`: a number strictly below (above).
 * A malformed or too deep condition is `false`. Never throws.
 */
export function evaluateCondition(
  condition: Condition | undefined,
  answers: Readonly<Record<string, unknown>> | ((name: string) => unknown),
  options: ConditionOptions = {},
): boolean {
  const answerOf =
    typeof answers === 'function' ? answers : (name: string) => (isObject(answers) && Object.hasOwn(answers, name) ? answers[name] : undefined);
  let today: string | undefined = options.today;
  return evaluate(condition, answerOf, () => (today ??= jakartaDate()), 1) === true;
}

/** One comparison of a condition, with the JSON pointer of it relative to the condition. */
export interface ConditionComparison {
  pointer: string;
  field: string;
  operator: ComparisonOperator;
  operand: unknown;
}

/** A structural problem in a condition, with the pointer of the offending part (relative to the condition). */
export interface ConditionShapeProblem {
  pointer: string;
  reason: 'shape' | 'depth' | 'items' | 'operator' | 'operand';
}

/**
 * Walks a condition: the comparisons it makes (for reference and type checks) and what is malformed about it
 * (too deep, too many items, no or several operators, an operand that does not fit). Never throws.
 */
export function checkCondition(condition: unknown): { comparisons: ConditionComparison[]; problems: ConditionShapeProblem[] } {
  const comparisons: ConditionComparison[] = [];
  const problems: ConditionShapeProblem[] = [];
  const walk = (node: unknown, pointer: string, depth: number): void => {
    if (!isObject(node)) return void problems.push({ pointer, reason: 'shape' });
    if (depth > conditionLimits.depth) return void problems.push({ pointer, reason: 'depth' });
    const keys = Object.keys(node);
    if (keys.length === 1 && (keys[0] === 'all' || keys[0] === 'any' || keys[0] === 'not')) {
      if (depth >= conditionLimits.depth) return void problems.push({ pointer, reason: 'depth' });
      if (keys[0] === 'not') return walk(node.not, `${pointer}/not`, depth + 1);
      const list = node[keys[0]];
      if (!Array.isArray(list) || list.length === 0 || list.length > conditionLimits.items) {
        return void problems.push({ pointer: `${pointer}/${keys[0]}`, reason: 'items' });
      }
      list.forEach((item: unknown, i) => walk(item, `${pointer}/${keys[0]}/${i}`, depth + 1));
      return;
    }
    const operator = operatorOf(node);
    if (!operator || typeof node.field !== 'string') return void problems.push({ pointer, reason: 'operator' });
    if (!operandIsValid(operator, node[operator])) return void problems.push({ pointer: `${pointer}/${operator}`, reason: 'operand' });
    comparisons.push({ pointer, field: node.field, operator, operand: node[operator] });
  };
  walk(condition, '', 1);
  return { comparisons, problems };
}
