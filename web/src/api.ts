// Fetching from the API: one function per endpoint, one error type for every failure.
import type { DocumentDetail, PassageResponse, SearchResponse, SpeakerResponse } from './api-types.ts';

/** A failed API call, with the API's message when it gave one. */
export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'ApiRequestError';
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

async function getJson<T>(url: string, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { Accept: 'application/json' } });
  } catch (err) {
    if (signal?.aborted) throw err;
    throw new ApiRequestError(0, 'The server could not be reached. Check that Verbatim is running.');
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const error = isRecord(body) && isRecord(body.error) ? body.error : null;
    const message = error && typeof error.message === 'string' ? error.message : `${response.status} ${response.statusText}`;
    throw new ApiRequestError(response.status, message);
  }
  if (!isRecord(body)) throw new ApiRequestError(response.status, `${url} did not answer with JSON`);
  // The server validates its responses against its zod schemas; the page trusts that shape.
  return body as T;
}

export const fetchSearch = (params: URLSearchParams, signal?: AbortSignal) =>
  getJson<SearchResponse>(`/api/search?${params}`, signal);

export const fetchPassage = (id: string, signal?: AbortSignal) =>
  getJson<PassageResponse>(`/api/passages/${encodeURIComponent(id)}`, signal);

export const fetchDocument = (id: string, signal?: AbortSignal) =>
  getJson<DocumentDetail>(`/api/documents/${encodeURIComponent(id)}`, signal);

export const fetchSpeaker = (id: string, signal?: AbortSignal) =>
  getJson<SpeakerResponse>(`/api/speakers/${encodeURIComponent(id)}`, signal);
