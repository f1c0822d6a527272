// Fetching from the API: one function per endpoint, one error type for every failure.
import type { DocumentDetail, DocumentSummary, Examples, PassageResponse, QuoteResponse, RedirectResponse, SearchResponse, Speaker, SpeakerResponse } from './api-types.ts';

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

/** Passages a page of a document holds: the API's default (DOCUMENT_PAGE_LIMIT in src/http/schemas.ts). */
export const DOCUMENT_PAGE_SIZE = 500;

/** One page of a document's passages, DOCUMENT_PAGE_SIZE a page. */
export const fetchDocument = (id: string, signal?: AbortSignal, page = 1) =>
  getJson<DocumentDetail>(`/api/documents/${encodeURIComponent(id)}${page > 1 ? `?page=${page}&limit=${DOCUMENT_PAGE_SIZE}` : ''}`, signal);

export const fetchSpeaker = (id: string, signal?: AbortSignal) =>
  getJson<SpeakerResponse>(`/api/speakers/${encodeURIComponent(id)}`, signal);

/** A passage id as a link may carry it: the passage, and where it went when an earlier build had it. */
export interface PassageLookup {
  /** The passage now (the one that replaced it, when moved); null when it leads to no passage. */
  passage: PassageResponse | null;
  moved: RedirectResponse | null;
}

/**
 * Loads a passage by an id that may be an earlier build's: the API answers those with a 301
 * (followed by fetch: the passage that comes back has another id) or a 410, and then
 * /api/redirects/<id> says when it changed and what it said.
 */
export async function fetchPassageOrMoved(id: string, signal?: AbortSignal): Promise<PassageLookup> {
  let first: PassageResponse | null = null;
  try {
    first = await fetchPassage(id, signal);
    if (first.id === id) return { passage: first, moved: null };
  } catch (err) {
    if (!(err instanceof ApiRequestError && err.status === 410)) throw err;
  }
  const moved = await getJson<RedirectResponse>(`/api/redirects/${encodeURIComponent(id)}`, signal);
  if (moved.to === null) return { passage: null, moved };
  return { passage: first?.id === moved.to ? first : await fetchPassage(moved.to, signal), moved };
}

export const fetchQuote = (params: URLSearchParams, signal?: AbortSignal) =>
  getJson<QuoteResponse>(`/api/quote?${params}`, signal);

export const fetchSpeakers = (signal?: AbortSignal) => getJson<{ speakers: Speaker[] }>('/api/speakers', signal);

export const fetchDocuments = (signal?: AbortSignal) => getJson<{ documents: DocumentSummary[] }>('/api/documents', signal);

export const fetchExamples = (signal?: AbortSignal) => getJson<Examples>('/api/examples', signal);
