import { HttpResponse } from 'msw';
import type { z } from 'zod';
import type { ApiError } from '../../app/src/api/contract';

export function fail(status: number, code: string, message: string, fields?: Record<string, string>) {
  const body: ApiError = fields ? { code, message, fields } : { code, message };
  return HttpResponse.json(body, { status });
}

export const notFound = (what: string) => fail(404, 'not-found', `No ${what} with that id.`);

/**
 * Parses a JSON request body against the contract. A body that breaks the contract is answered 422 with a
 * message per field, so both a user's bad input and a front-end bug surface as a clear error.
 */
export async function parseBody<T>(
  request: Request,
  schema: z.ZodType<T>,
): Promise<{ ok: true; data: T } | { ok: false; response: Response }> {
  let json: unknown;
  try {
    json = await request.json();
  } catch {
    return { ok: false, response: fail(400, 'bad-json', 'The request body is not valid JSON.') };
  }
  const parsed = schema.safeParse(json);
  if (parsed.success) return { ok: true, data: parsed.data };
  const fields: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const key = issue.path.join('.') || '_';
    fields[key] ??= issue.message;
  }
  return { ok: false, response: fail(422, 'invalid', 'Some information is missing or not valid.', fields) };
}
