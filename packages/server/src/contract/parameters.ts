// Path, query and header parameters arrive as text. A parameter the contract types as an integer, a number or
// a boolean is read here with a strict grammar; text that does not fit stays text, and the schema's type check
// refuses it. Ajv's own coercion is not used: it reads text as `Number()` does ("Infinity", "1e400", "0x10",
// " 5" all pass) and, once it has coerced, skips the finiteness check, so `limit=Infinity` passed
// `integer, minimum 1, maximum 100` and reached SQLite.
import { deref, type OpenApiDocument } from './document.ts';

/** Reads one parameter's text as the contract types it; returns the text unchanged when it does not fit. */
export type TextReader = (text: string) => unknown;

/** Decimal digits, as written by people and by URLSearchParams: no sign but "-", no exponent, no spaces. */
const INTEGER = /^-?[0-9]+$/;
/** A JSON number. */
const NUMBER = /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?$/;

const readInteger: TextReader = (text) => {
  if (!INTEGER.test(text)) return text;
  const value = Number(text);
  // Past 2^53 the digits no longer name one number; as text, the type check refuses it.
  return Number.isSafeInteger(value) ? value : text;
};

const readNumber: TextReader = (text) => {
  if (!NUMBER.test(text)) return text;
  const value = Number(text);
  return Number.isFinite(value) ? value : text;
};

const readBoolean: TextReader = (text) => (text === 'true' ? true : text === 'false' ? false : text);

/** The reader for a parameter (or header) schema, or null when its values are text already. */
export function textReader(document: OpenApiDocument, schema: unknown): TextReader | null {
  const resolved = deref<{ type?: string | string[] }>(document, (schema ?? {}) as { type?: string });
  const types = new Set([resolved.type ?? []].flat());
  if (types.has('string')) return null;
  if (types.has('integer')) return readInteger;
  if (types.has('number')) return readNumber;
  if (types.has('boolean')) return readBoolean;
  return null;
}
