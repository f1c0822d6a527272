// The API's one error shape, decided in one place: { error: { code, message } }.
import type { ContentfulStatusCode } from 'hono/utils/http-status';

export type ErrorCode = 'bad_request' | 'not_found' | 'gone' | 'method_not_allowed' | 'payload_too_large' | 'timeout' | 'overloaded' | 'unavailable' | 'internal';

/** An error the API answers with its status and message; anything else is a 500. */
export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: ErrorCode,
    message: string,
    /** Headers the answer carries (Retry-After on a 503, Allow on a 405). */
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export function errorBody(code: ErrorCode, message: string) {
  return { error: { code, message } };
}

export const notFound = (what: string, id: string) => new ApiError(404, 'not_found', `no ${what} with id "${id}"`);

/** A resource that lives at another URL for good: answered 301 with its Location. */
export class MovedPermanently extends Error {
  constructor(readonly location: string) {
    super(`moved to ${location}`);
    this.name = 'MovedPermanently';
  }
}
