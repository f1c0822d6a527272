// The API's response shapes, as the server's zod schemas declare them (types only: the
// page imports no server code).
import type { DocumentDetail, DocumentPassage } from '../../src/http/schemas.ts';
import type { PassageDetail, Speaker, SpeakerDetail } from '../../src/http/search-schemas.ts';
import type { DocumentSummary } from '../../src/http/schemas.ts';
import type { Examples } from '../../src/search/examples.ts';
import type { RedirectResponse } from '../../src/http/passage-routes.ts';
import type { SearchHit, SearchResponse } from '../../src/search/response.ts';

export type { DocumentDetail, DocumentPassage, DocumentSummary, Examples, RedirectResponse, SearchResponse, Speaker };

export type Hit = SearchHit;
export type Kind = SearchHit['kind'];
/** A character range [start, end) into a text. */
export type Range = [number, number];
export type SpeakerRef = NonNullable<SearchHit['speaker']>;
export type DocumentRef = SearchHit['document'];
export type SpeakerFacet = SearchResponse['facets']['speakers'][number];
export type ValueCount = SearchResponse['facets']['years'][number];
/** A passage with its neighbours, question, answers and document, from /api/passages/:id. */
export type PassageResponse = PassageDetail;
export type SpeakerResponse = SpeakerDetail;
export type { QuoteResponse, QuoteMatch } from '../../src/quote/quote-response.ts';
