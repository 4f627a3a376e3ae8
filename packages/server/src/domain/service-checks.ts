// What publishing a service draft checks, in one place for `validateServiceDraft`, `previewServiceDraft` and
// `publishServiceDraft`: the contract's `Service` schema (the Standar Pelayanan's six components and the
// data-protection notice are required there), the form's own rules from @padu/contract, and every `pattern`
// proven free of catastrophic backtracking by recheck. Pointers are into the draft's content.
import type { ValidateFunction } from 'ajv';
import { check as checkRegExp } from 'recheck';
import { validateFormDefinition, type Schemas } from '@padu/contract';
import { formatMessage } from '@padu/contract/messages';
import type { FieldError } from '../http/problems.ts';
import { fieldErrorsFromAjv } from '../contract/validation-errors.ts';

export type Service = Schemas['Service'];
export type DraftContent = Schemas['ServiceDraftContent'];

/** How long recheck may think about one pattern; a pattern it cannot decide in time is refused as unproven. */
const PATTERN_CHECK_MS = 2_000;
/** A form with more patterns than this is refused rather than checked for minutes. */
const MAX_PATTERNS = 100;
/** Verdicts by pattern source: forms repeat the same few (NIK, phone), and every validation checks them again. */
const verdicts = new Map<string, FieldError | null>();
const MAX_VERDICTS = 2_000;

export interface DraftIdentity {
  id: string;
  agencyId: string;
  version: number;
}

/** The `Service` a draft would publish (it may not be valid: see {@link checkDraft}), in the schema's order. */
export function serviceOfDraft(content: DraftContent, identity: DraftIdentity): Record<string, unknown> {
  const { category, name, summary, requiresVerifiedAccount, standard, dataProtection, form } = content;
  const { id, agencyId, version } = identity;
  const service: Record<string, unknown> = { id, agencyId, category, name, summary, version, requiresVerifiedAccount, standard, dataProtection, form };
  for (const key of Object.keys(service)) if (service[key] === undefined) delete service[key];
  return service;
}

/** Every `pattern` (a string under a key of that name) in the form, with its pointer. */
function patternsOf(form: unknown): { pointer: string; pattern: string }[] {
  const found: { pointer: string; pattern: string }[] = [];
  const visit = (value: unknown, pointer: string) => {
    if (Array.isArray(value)) value.forEach((item, i) => visit(item, `${pointer}/${i}`));
    else if (value && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) {
        const at = `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
        if (key === 'pattern' && typeof item === 'string') found.push({ pointer: at, pattern: item });
        else visit(item, at);
      }
    }
  };
  visit(form, '/form');
  return found;
}

/**
 * A pattern as the form rules run it (`^(?:…)$`, Unicode), checked by recheck. Only `safe` passes: `vulnerable`
 * comes with the kind of blow-up recheck proved, and `unknown` (it could not decide in time) is refused too.
 */
async function patternProblem(pointer: string, pattern: string): Promise<FieldError | null> {
  let source: string;
  try {
    source = new RegExp(`^(?:${pattern})$`, 'u').source;
  } catch {
    return null; // not a regular expression at all: the form rules report it (definition.bad_pattern)
  }
  const known = verdicts.get(source);
  if (known !== undefined) return known && { ...known, pointer };
  const diagnostics = await checkRegExp(source, 'u', { timeout: PATTERN_CHECK_MS });
  const verdict = diagnostics.status === 'safe' ? null : unsafe(diagnostics.status === 'vulnerable' ? diagnostics.complexity.type : null);
  // An undecided pattern may be decided another time; only proofs are kept.
  if (diagnostics.status !== 'unknown') {
    if (verdicts.size >= MAX_VERDICTS) verdicts.delete(verdicts.keys().next().value!);
    verdicts.set(source, verdict);
  }
  return verdict && { ...verdict, pointer };
}

function unsafe(complexity: 'exponential' | 'polynomial' | null): FieldError {
  const params = { reason: complexity ?? 'unknown' };
  return { pointer: '', code: 'definition.unsafe_pattern', message: formatMessage('definition.unsafe_pattern', params), params };
}

/** The deepest a draft may nest (a form nests about 8 levels): deeper is refused when saved, before any walk. */
export const MAX_DRAFT_DEPTH = 32;

/** The pointer of the first value nested deeper than `max` levels, or null (counted without recursion). */
export function tooDeep(value: unknown, max: number): string | null {
  const stack: [unknown, string, number][] = [[value, '', 0]];
  while (stack.length > 0) {
    const [item, pointer, depth] = stack.pop()!;
    if (item === null || typeof item !== 'object') continue;
    if (depth === max) return pointer;
    for (const key in item) {
      stack.push([(item as Record<string, unknown>)[key], `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`, depth + 1]);
    }
  }
  return null;
}

export interface DraftCheck {
  /** The service the draft would publish. */
  service: Record<string, unknown>;
  /** Every problem, in pointer order of discovery. */
  errors: FieldError[];
  /** Errors beyond those listed (the schema's list is capped). */
  total: number;
}

/**
 * Everything publishing checks. `schemaOnly` (for a preview) stops after the schema and the form rules: what a
 * form needs to render, without proving its patterns safe.
 */
export async function checkDraft(
  validateService: ValidateFunction,
  content: DraftContent,
  identity: DraftIdentity,
  { schemaOnly = false } = {},
): Promise<DraftCheck> {
  const service = serviceOfDraft(content, identity);
  const schema = validateService(service) ? { errors: [], total: 0 } : fieldErrorsFromAjv(validateService.errors);
  const errors = [...schema.errors];
  let total = schema.total;
  const formHasSchemaErrors = schema.errors.some((e) => e.pointer === '/form' || e.pointer.startsWith('/form/'));
  if (content.form !== undefined && !formHasSchemaErrors) {
    const rules = validateFormDefinition(content.form as Schemas['FormDefinition'], { basePointer: '/form' });
    errors.push(...rules);
    total += rules.length;
  }
  // Only a form the schema accepts is searched for patterns (its depth and size are then bounded).
  if (!schemaOnly && content.form !== undefined && !formHasSchemaErrors) {
    const patterns = patternsOf(content.form);
    if (patterns.length > MAX_PATTERNS) {
      const params = { count: patterns.length, max: MAX_PATTERNS };
      errors.push({ pointer: '/form', code: 'definition.too_many_patterns', message: formatMessage('definition.too_many_patterns', params), params });
      total++;
    } else {
      for (const { pointer, pattern } of patterns) {
        const problem = await patternProblem(pointer, pattern);
        if (problem) {
          errors.push(problem);
          total++;
        }
      }
    }
  }
  return { service, errors, total };
}
