// A small validator that reports errors the way FastAPI/pydantic v2 does (contract §1.1, envelope V): a list of
// {type, loc, msg, input, ctx?} where loc starts with "body", "query" or "path". Only the rules CMEP's schemas use.

export type Loc = (string | number)[];
export interface Issue {
  type: string;
  loc: Loc;
  msg: string;
  input: unknown;
  ctx?: Record<string, unknown>;
}

const BAD: unique symbol = Symbol('invalid');
type Bad = typeof BAD;

export interface Spec<T> {
  parse(value: unknown, loc: Loc, issues: Issue[]): T | Bad;
  /** Absent (undefined) is allowed; pydantic's `X | None = None`, which also accepts null. */
  optional: boolean;
  /** Value used when absent (pydantic default). */
  fallback?: T;
}
export type Out<S> = S extends Spec<infer T> ? T : never;

function issue(issues: Issue[], type: string, loc: Loc, msg: string, input: unknown, ctx?: Record<string, unknown>): Bad {
  issues.push(ctx ? { type, loc, msg, input, ctx } : { type, loc, msg, input });
  return BAD;
}

function spec<T>(parse: Spec<T>['parse']): Spec<T> {
  return { parse, optional: false };
}

export function optional<T>(s: Spec<T>): Spec<T | null | undefined> {
  return {
    optional: true,
    parse: (v, loc, issues) => (v === null || v === undefined ? v : s.parse(v, loc, issues)),
  };
}

export function withDefault<T>(s: Spec<T>, fallback: T): Spec<T> {
  return { optional: true, fallback, parse: (v, loc, issues) => (v === null || v === undefined ? fallback : s.parse(v, loc, issues)) };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function str(opts: { min?: number; max?: number } = {}): Spec<string> {
  return spec((v, loc, issues) => {
    if (typeof v !== 'string') return issue(issues, 'string_type', loc, 'Input should be a valid string', v);
    const len = [...v].length;
    if (opts.min !== undefined && len < opts.min) {
      return issue(issues, 'string_too_short', loc, `String should have at least ${plural(opts.min, 'character')}`, v, { min_length: opts.min });
    }
    if (opts.max !== undefined && len > opts.max) {
      return issue(issues, 'string_too_long', loc, `String should have at most ${plural(opts.max, 'character')}`, v, { max_length: opts.max });
    }
    return v;
  });
}

function quoteList(values: readonly string[]): string {
  const q = values.map((v) => `'${v}'`);
  return q.length <= 1 ? q.join('') : `${q.slice(0, -1).join(', ')} or ${q[q.length - 1]}`;
}

export function oneOf<const V extends string>(values: readonly V[]): Spec<V> {
  return spec((v, loc, issues) => {
    if (typeof v === 'string' && (values as readonly string[]).includes(v)) return v as V;
    const expected = quoteList(values);
    return issue(issues, 'enum', loc, `Input should be ${expected}`, v, { expected });
  });
}

function lessGreater(n: number, loc: Loc, issues: Issue[], input: unknown, opts: { gt?: number; ge?: number; le?: number }): number | Bad {
  if (opts.gt !== undefined && !(n > opts.gt)) return issue(issues, 'greater_than', loc, `Input should be greater than ${opts.gt}`, input, { gt: opts.gt });
  if (opts.ge !== undefined && !(n >= opts.ge)) {
    return issue(issues, 'greater_than_equal', loc, `Input should be greater than or equal to ${opts.ge}`, input, { ge: opts.ge });
  }
  if (opts.le !== undefined && !(n <= opts.le)) {
    return issue(issues, 'less_than_equal', loc, `Input should be less than or equal to ${opts.le}`, input, { le: opts.le });
  }
  return n;
}

/** Lax int like pydantic: 5, 5.0 and "5" pass; "x", 5.5, true fail. */
export function int(opts: { gt?: number; ge?: number; le?: number } = {}): Spec<number> {
  return spec((v, loc, issues) => {
    let n: number;
    if (typeof v === 'number') {
      if (!Number.isInteger(v)) return issue(issues, 'int_from_float', loc, 'Input should be a valid integer, got a number with a fractional part', v);
      n = v;
    } else if (typeof v === 'string') {
      if (!/^\s*[-+]?\d+\s*$/.test(v)) return issue(issues, 'int_parsing', loc, 'Input should be a valid integer, unable to parse string as an integer', v);
      n = Number(v);
    } else {
      return issue(issues, 'int_type', loc, 'Input should be a valid integer', v);
    }
    return lessGreater(n, loc, issues, v, opts);
  });
}

/** Lax float (pydantic `float`/`condecimal`-like): numbers and numeric strings. */
export function num(opts: { gt?: number } = {}): Spec<number> {
  return spec((v, loc, issues) => {
    let n: number;
    if (typeof v === 'number' && Number.isFinite(v)) n = v;
    else if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) n = Number(v);
    else if (typeof v === 'string') return issue(issues, 'float_parsing', loc, 'Input should be a valid number, unable to parse string as a number', v);
    else return issue(issues, 'float_type', loc, 'Input should be a valid number', v);
    return lessGreater(n, loc, issues, v, opts);
  });
}

const TRUE = ['true', '1', 'yes', 'on', 't', 'y'];
const FALSE = ['false', '0', 'no', 'off', 'f', 'n'];
export function bool(): Spec<boolean> {
  return spec((v, loc, issues) => {
    if (typeof v === 'boolean') return v;
    if (v === 0 || v === 1) return v === 1;
    if (typeof v === 'string') {
      if (TRUE.includes(v.toLowerCase())) return true;
      if (FALSE.includes(v.toLowerCase())) return false;
      return issue(issues, 'bool_parsing', loc, 'Input should be a valid boolean, unable to interpret input', v);
    }
    return issue(issues, 'bool_type', loc, 'Input should be a valid boolean', v);
  });
}

/** `YYYY-MM-DD` (a real calendar date). */
export function date(): Spec<string> {
  return spec((v, loc, issues) => {
    if (typeof v !== 'string') return issue(issues, 'date_type', loc, 'Input should be a valid date', v);
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
    const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : undefined;
    if (!m || !d || d.getUTCDate() !== Number(m[3]) || d.getUTCMonth() !== Number(m[2]) - 1) {
      const error = v.length < 10 ? 'input is too short' : 'invalid character in date';
      return issue(issues, 'date_from_datetime_parsing', loc, `Input should be a valid date or datetime, ${error}`, v, { error });
    }
    return v;
  });
}

export function list<T>(item: Spec<T>, opts: { min?: number } = {}): Spec<T[]> {
  return spec((v, loc, issues) => {
    if (!Array.isArray(v)) return issue(issues, 'list_type', loc, 'Input should be a valid list', v);
    if (opts.min !== undefined && v.length < opts.min) {
      return issue(issues, 'too_short', loc, `List should have at least ${plural(opts.min, 'item')} after validation, not ${v.length}`, v, {
        field_type: 'List', min_length: opts.min, actual_length: v.length,
      });
    }
    const out: T[] = [];
    let bad = false;
    v.forEach((x, i) => {
      const r = item.parse(x, [...loc, i], issues);
      if (r === BAD) bad = true;
      else out.push(r);
    });
    return bad ? BAD : out;
  });
}

/** Any JSON object, kept as is (pydantic `dict`). */
export function dict(): Spec<Record<string, unknown>> {
  return spec((v, loc, issues) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? (v as Record<string, unknown>)
      : issue(issues, 'dict_type', loc, 'Input should be a valid dictionary', v));
}

type Shape = Record<string, Spec<any>>;
export type ObjOut<S extends Shape> = { [K in keyof S]: Out<S[K]> };

/**
 * A pydantic model. Unknown keys are ignored (pydantic's default). `refine` runs only when every field parsed, like a
 * model validator, and returns a message that becomes a `value_error` at the model's own loc.
 */
export function obj<S extends Shape>(shape: S, refine?: (value: ObjOut<S>) => string | undefined): Spec<ObjOut<S>> {
  return spec((v, loc, issues) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) {
      return issue(issues, 'model_attributes_type', loc, 'Input should be a valid dictionary or object to extract fields from', v);
    }
    const input = v as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    let bad = false;
    for (const [key, field] of Object.entries(shape)) {
      const raw = input[key];
      if (raw === undefined) {
        if (!field.optional) {
          issue(issues, 'missing', [...loc, key], 'Field required', input);
          bad = true;
        } else if (field.fallback !== undefined) out[key] = field.fallback;
        continue;
      }
      const r = field.parse(raw, [...loc, key], issues);
      if (r === BAD) bad = true;
      else out[key] = r;
    }
    if (bad) return BAD;
    const message = refine?.(out as ObjOut<S>);
    if (message) return issue(issues, 'value_error', loc, `Value error, ${message}`, input, { error: {} });
    return out as ObjOut<S>;
  });
}

export class ValidationFailed extends Error {
  constructor(readonly issues: Issue[]) {
    super('validation failed');
  }
}

/** Parses a whole request part (`body`, `query`, `path`); throws ValidationFailed with pydantic-like issues. */
export function parse<T>(s: Spec<T>, value: unknown, where: 'body' | 'query' | 'path'): T {
  const issues: Issue[] = [];
  if (where === 'body' && (value === undefined || value === null) && !s.optional) {
    throw new ValidationFailed([{ type: 'missing', loc: ['body'], msg: 'Field required', input: null }]);
  }
  // Query and path parameters are a flat list of fields, so their loc is [where, name] without a model level.
  const r = s.parse(value ?? (where === 'body' ? undefined : {}), where === 'body' ? ['body'] : [where], issues);
  if (r === BAD || issues.length) throw new ValidationFailed(issues);
  return r as T;
}

/** `body: X | None = None`: an absent body is fine and yields the defaults. */
export function parseOptionalBody<T>(s: Spec<T>, value: unknown): T | undefined {
  if (value === undefined || value === null) return undefined;
  return parse(s, value, 'body');
}
