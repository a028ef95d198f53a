// Request-side helpers shared by the routes: typed body/query/path parsing with FastAPI's 422 shapes.
import type { FastifyRequest } from 'fastify';
import { errV } from './errors.ts';
import { int, parse, parseOptionalBody, type Spec } from './validate.ts';

/** A JSON body that failed to parse; routes turn it into FastAPI's 422 `json_invalid` (after auth). */
export class InvalidJson {
  constructor(readonly position: number, readonly error: string) {}
}

function rejectInvalidJson(body: unknown): void {
  if (body instanceof InvalidJson) {
    throw errV([{ type: 'json_invalid', loc: ['body', body.position], msg: 'JSON decode error', input: {}, ctx: { error: body.error } }]);
  }
}

export function body<T>(req: FastifyRequest, s: Spec<T>): T {
  rejectInvalidJson(req.body);
  return parse(s, req.body, 'body');
}

export function optionalBody<T>(req: FastifyRequest, s: Spec<T>): T | undefined {
  rejectInvalidJson(req.body);
  return parseOptionalBody(s, req.body);
}

export function query<T>(req: FastifyRequest, s: Spec<T>): T {
  return parse(s, req.query, 'query');
}

/** An integer path parameter; a non-integer gives 422 V with loc ["path", name]. */
export function pathInt(req: FastifyRequest, name: string): number {
  const raw = (req.params as Record<string, string>)[name];
  const issues: Parameters<typeof errV>[0] = [];
  const r = int().parse(raw, ['path', name], issues);
  if (issues.length || typeof r !== 'number') throw errV(issues);
  return r;
}
