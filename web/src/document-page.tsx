// A whole transcript or article as speaker turns; every passage anchored by its id, with
// its Copy link / Copy citation / Save actions, and the linked one (#id) scrolled into view.
import { useEffect, useState } from 'preact/hooks';
import type { DocumentDetail, DocumentPassage } from './api-types.ts';
import { fetchDocument } from './api.ts';
import { documentRef } from './citation.ts';
import { Highlighted } from './highlighted.tsx';
import { PassageActions } from './passage-actions.tsx';
import { KindBadge, SourceLine, SpeakerName } from './passage-meta.tsx';
import { useQueryHighlights } from './query-highlights.ts';
import { Loading, LoadError } from './status-views.tsx';
import { useFetch } from './use-fetch.ts';

/** Consecutive passages by the same speaker in the same kind form one turn. */
export function speakerTurns(passages: DocumentPassage[]): DocumentPassage[][] {
  const turns: DocumentPassage[][] = [];
  for (const p of passages) {
    const last = turns[turns.length - 1];
    const prev = last?.[last.length - 1];
    if (last && prev && prev.speaker?.id === p.speaker?.id && prev.kind === p.kind && p.kind !== 'narration') last.push(p);
    else turns.push([p]);
  }
  return turns;
}

/** The pages after the first, loaded on request (or to reach a linked passage), for one document. */
interface LaterPages {
  id: string;
  passages: DocumentPassage[];
  /** Pages loaded, the first included. */
  loaded: number;
  loading: boolean;
  error: Error | null;
}

export function DocumentPage({ id, q, hash }: { id: string; q: string; hash: string }) {
  const result = useFetch<DocumentDetail>(`d:${id}`, (signal) => fetchDocument(id, signal));
  const doc = result?.status === 'done' ? result.data : null;
  const highlights = useQueryHighlights(q, doc ? id : null);
  const target = decodeURIComponent(hash.replace(/^#/, ''));
  const [later, setLater] = useState<LaterPages>({ id, passages: [], loaded: 1, loading: false, error: null });
  const more = later.id === id ? later : { id, passages: [], loaded: 1, loading: false, error: null };
  const passages = doc ? (more.passages.length ? [...doc.passages, ...more.passages] : doc.passages) : [];
  const found = !target || passages.some((p) => p.id === target);

  /** Loads the next page of passages and appends it. */
  const loadMore = () => {
    if (!doc || more.loading || more.loaded >= doc.pages) return;
    const page = more.loaded + 1;
    setLater({ ...more, loading: true, error: null });
    fetchDocument(id, undefined, page).then(
      (next) => setLater((now) => (now.id === id ? { id, passages: [...now.passages, ...next.passages], loaded: page, loading: false, error: null } : now)),
      (error: unknown) => setLater((now) => ({ ...now, loading: false, error: error instanceof Error ? error : new Error(String(error)) })),
    );
  };

  // A link to a passage past the first page loads the pages up to it, one after another.
  useEffect(() => {
    if (doc && !found && !more.error) loadMore();
  }, [doc, found, more.loaded, more.error]);

  useEffect(() => {
    if (!doc) return;
    document.title = `${doc.displayTitle} · Verbatim`;
    const el = target ? document.getElementById(target) : null;
    if (el) {
      el.scrollIntoView({ block: 'center' });
      el.focus({ preventScroll: true });
    }
  }, [doc, target, found]);

  if (!result || result.status === 'loading') return <Loading what="document" />;
  if (result.status === 'error') return <LoadError what="document" error={result.error} />;
  const d = result.data;
  const suffix = q ? `?q=${encodeURIComponent(q)}` : '';
  const ref = documentRef(d);

  return (
    <article class="document-page">
      <header class="doc-header">
        <h1>{d.displayTitle}</h1>
        <SourceLine source={d.source} date={d.date} url={d.url}>
          {' · '}
          {d.passageCount} passages
        </SourceLine>
      </header>
      {d.passageCount === 0 && <p class="notice">This document has no passages.</p>}
      {speakerTurns(passages).map((turn) => {
        const first = turn[0]!;
        return (
          <section class={`turn turn-${first.kind}`} key={first.id}>
            <h2 class="turn-head">
              {first.kind === 'narration' ? <span class="speaker unattributed">Narration</span> : <SpeakerName speaker={first.speaker} role={first.role} />}
              {first.kind !== 'narration' && <KindBadge kind={first.kind} />}
            </h2>
            {turn.map((p) => (
              <div id={p.id} key={p.id} tabIndex={-1} class={`doc-passage${p.id === target ? ' target' : ''}`}>
                <p>
                  <Highlighted text={p.text} ranges={highlights.get(p.id)} />
                </p>
                <PassageActions passage={{ ...p, document: ref }} q={q} />
                <a class="anchor" href={`/p/${encodeURIComponent(p.id)}${suffix}`} aria-label={`Permalink to passage ${p.ordinal + 1}`}>
                  ¶
                </a>
              </div>
            ))}
          </section>
        );
      })}
      {more.error && <p class="notice">More passages could not be loaded: {more.error.message}</p>}
      {more.loaded < d.pages && (
        <p class="more-passages">
          <button type="button" onClick={loadMore} disabled={more.loading}>
            {more.loading ? 'Loading…' : `Show more passages (${passages.length} of ${d.passageCount} shown)`}
          </button>
        </p>
      )}
    </article>
  );
}
