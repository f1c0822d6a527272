// A passage's permalink page: the passage marked in its place in the document, with the
// passages around it, the question it answers or the answers it got.
import { useEffect } from 'preact/hooks';
import type { DocumentDetail, DocumentPassage, PassageResponse, Range } from './api-types.ts';
import { DOCUMENT_PAGE_SIZE, fetchDocument, fetchPassageOrMoved, type PassageLookup } from './api.ts';
import { documentRef } from './citation.ts';
import { passageStart } from './format.ts';
import { Highlighted } from './highlighted.tsx';
import { PassageActions } from './passage-actions.tsx';
import { PassageMeta, SourceLine, SourceTitle } from './passage-meta.tsx';
import { useQueryHighlights } from './query-highlights.ts';
import { CiteMenu } from './cite-menu.tsx';
import { MovedNotice, RemovedNotice } from './moved-notice.tsx';
import { Loading, LoadError } from './status-views.tsx';
import { useFetch } from './use-fetch.ts';

const refId = (ref: string | { id: string } | null | undefined) => (ref == null ? null : typeof ref === 'string' ? ref : ref.id);

/** The passage on its own, shown until its document (and so its context) has loaded. */
function alone(p: PassageResponse): DocumentPassage {
  const { id, ordinal, text, kind, label, speaker, role, attribution, date } = p;
  return { id, ordinal, text, kind, label, speaker, role, attribution, date };
}

export function PassagePage({ id, q }: { id: string; q: string }) {
  const lookup = useFetch<PassageLookup>(`p:${id}`, (signal) => fetchPassageOrMoved(id, signal));
  const p = lookup?.status === 'done' ? lookup.data.passage : null;
  const moved = lookup?.status === 'done' ? lookup.data.moved : null;
  const documentId = p?.document.id ?? null;
  // The page of the document that holds the passage: its neighbours, question and answers are
  // usually on it (one on the next or previous page is left out of the context shown).
  const docPage = p ? Math.floor(p.ordinal / DOCUMENT_PAGE_SIZE) + 1 : 1;
  const doc = useFetch<DocumentDetail>(documentId && `${documentId}:${docPage}`, (signal) => fetchDocument(documentId!, signal, docPage));
  const highlights = useQueryHighlights(q, documentId);

  useEffect(() => {
    if (p) document.title = `${p.speaker?.name ?? 'Passage'}: “${passageStart(p.text, 60)}” · Verbatim`;
  }, [p]);

  if (!lookup || lookup.status === 'loading') return <Loading what="passage" />;
  if (lookup.status === 'error') return <LoadError what="passage" error={lookup.error} />;
  if (moved?.documentRemoved) return <RemovedNotice moved={moved} />;
  if (!p) return moved ? <MovedNotice moved={moved} now={null} /> : null;
  const data = p;
  const detail = doc?.status === 'done' ? doc.data : null;
  const questionId = refId(data.question);
  const answerIds = (data.answers ?? []).map(refId).filter((a): a is string => !!a);

  // The passage in its context: neighbours, its question, its answers, in reading order.
  const contextIds = new Set([data.previous, data.next, questionId, ...answerIds].filter((x): x is string => !!x));
  const context = detail ? detail.passages.filter((dp) => contextIds.has(dp.id) || dp.id === data.id) : [];
  const roleOf = (dp: DocumentPassage) => (dp.id === questionId ? 'The question it answers' : answerIds.includes(dp.id) ? 'Answer' : dp.ordinal < (context.find((c) => c.id === data.id)?.ordinal ?? 0) ? 'Before' : 'After');
  const back = q ? `/?q=${encodeURIComponent(q)}` : '/';
  const docLink = `/d/${encodeURIComponent(data.document.id)}${q ? `?q=${encodeURIComponent(q)}` : ''}#${encodeURIComponent(data.id)}`;

  return (
    <article class="passage-page">
      <p class="crumbs">
        <a href={back}>{q ? `← Results for “${q}”` : '← Search'}</a>
      </p>
      <header class="doc-header">
        <h1>
          <a href={docLink}>{data.document.displayTitle}</a>
        </h1>
        <SourceLine source={data.document.source} date={data.document.date ?? data.date} url={data.document.url} />
      </header>

      {moved && <MovedNotice moved={moved} now={data.text} />}

      {!detail && doc?.status === 'error' && <p class="notice">The surrounding passages could not be loaded: {doc.error.message}</p>}
      {!detail && doc?.status !== 'error' && <Loading what="context" />}

      <ol class="context">
        {(detail ? context : [alone(data)]).map((dp, i, all) => {
          const gap = i > 0 && dp.ordinal - all[i - 1]!.ordinal > 1;
          const current = dp.id === data.id;
          const ranges: Range[] = highlights.get(dp.id) ?? [];
          return (
            <li key={dp.id} class={`${current ? 'current' : 'around'}${gap ? ' gap' : ''}`} aria-current={current ? 'true' : undefined} id={current ? 'passage' : undefined}>
              {current ? (
                <h2 class="context-label">This passage</h2>
              ) : (
                <p class="context-label">{roleOf(dp)}</p>
              )}
              <PassageMeta speaker={dp.speaker} role={dp.role} kind={dp.kind} date={dp.date} />
              <blockquote class="text">
                <Highlighted text={dp.text} ranges={ranges} />
              </blockquote>
              {current ? (
                <>
                  <PassageActions passage={{ ...data, document: detail ? documentRef(detail) : data.document }} q={q} />
                  <CiteMenu id={data.id} />
                </>
              ) : (
                <a class="small" href={`/p/${encodeURIComponent(dp.id)}${q ? `?q=${encodeURIComponent(q)}` : ''}`}>
                  Open this passage
                </a>
              )}
            </li>
          );
        })}
      </ol>
      <p>
        <a href={docLink}>Read the whole document</a>
        {' · '}
        <SourceTitle document={data.document} />
      </p>
    </article>
  );
}
