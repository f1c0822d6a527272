// The quote check (/quote?text=&speaker=): where a quote comes from and how faithful it is.
// Marks are rendered from the API's ranges; the quote and the transcript are only ever text.
import { useEffect, useState } from 'preact/hooks';
import { fetchQuote } from './api.ts';
import type { QuoteMatch, QuoteResponse } from './api-types.ts';
import { formatDate } from './format.ts';
import { Highlighted } from './highlighted.tsx';
import { PassageActions } from './passage-actions.tsx';
import { PassageMeta } from './passage-meta.tsx';
import { quoteUrl } from './quote-offer.ts';
import { navigate } from './router.ts';
import { LoadError, Loading } from './status-views.tsx';
import { useFetch } from './use-fetch.ts';

const VERDICTS: Record<QuoteResponse['verdict'], [string, string]> = {
  verbatim: ['Verbatim', 'These words were said exactly as quoted.'],
  trimmed: ['Trimmed', 'Every quoted word was said, in this order, with words left out between them.'],
  paraphrased: ['Paraphrased', 'Close to what was said, but words were changed, added or moved.'],
  'not-found': ['Not found', 'Nothing in the corpus is close enough to these words. They may not have been said, or not in the transcripts searched here.'],
};

export function QuotePage({ search }: { search: string }) {
  const params = new URLSearchParams(search);
  const text = params.get('text') ?? '';
  const speaker = params.get('speaker') ?? '';
  const [draft, setDraft] = useState(text);
  const [claimed, setClaimed] = useState(speaker);
  useEffect(() => {
    setDraft(text);
    setClaimed(speaker);
  }, [text, speaker]);
  const key = text.trim() ? `${text}\u0000${speaker}` : null;
  const result = useFetch(key, (signal) => fetchQuote(new URLSearchParams({ text, ...(speaker.trim() ? { speaker: speaker.trim() } : {}) }), signal));

  return (
    <div class="quote-page">
      <h1>Check a quote</h1>
      <form
        class="quote-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (draft.trim()) navigate(quoteUrl(draft, claimed));
        }}
      >
        <label for="quote-text">The words as quoted</label>
        <textarea id="quote-text" rows={4} maxLength={2000} value={draft} onInput={(e) => setDraft(e.currentTarget.value)} placeholder="Paste a quote: “...”, with ... for omissions and [brackets] for insertions" />
        <label for="quote-speaker">Credited to (optional)</label>
        <div class="search-row">
          <input id="quote-speaker" type="text" value={claimed} onInput={(e) => setClaimed(e.currentTarget.value)} placeholder="e.g. John Kirby" autocomplete="off" />
          <button type="submit">Check</button>
        </div>
      </form>
      {result?.status === 'loading' && <Loading what="the check" />}
      {result?.status === 'error' && <LoadError what="check" error={result.error} />}
      {result?.status === 'done' && <QuoteResult result={result.data} />}
    </div>
  );
}

function QuoteResult({ result }: { result: QuoteResponse }) {
  const [title, explanation] = VERDICTS[result.verdict];
  const [best, ...others] = result.matches;
  return (
    <section class="quote-result" aria-label="Result">
      <div class={`verdict verdict-${result.verdict}`} role="status">
        <strong>{title}.</strong> {explanation}
      </div>
      {result.speakerCheck && <SpeakerCheck check={result.speakerCheck} best={best} />}
      {best && <Match match={best} />}
      {others.length > 0 && (
        <>
          <h2>Also said</h2>
          <ol class="occurrences">
            {others.map((m) => (
              <li key={m.passage.id}>
                <Match match={m} />
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

function SpeakerCheck({ check, best }: { check: NonNullable<QuoteResponse['speakerCheck']>; best: QuoteMatch | undefined }) {
  const said = best?.passage.speaker?.name ?? null;
  if (check.agrees) return <p class="speaker-check agrees">The transcript attributes these words to {said}, as claimed.</p>;
  const claimed = check.resolved?.name ?? check.claimed;
  return (
    <p class="speaker-check disagrees" role="alert">
      {best
        ? said
          ? `The transcript attributes these words to ${said}, not ${claimed}.`
          : `The transcript does not attribute these words to anyone by name, not to ${claimed}.`
        : `No passage with these words was found, so nothing attributes them to ${claimed}.`}
      {!check.resolved && ` No speaker called “${check.claimed}” is in the corpus.`}
    </p>
  );
}

function Match({ match }: { match: QuoteMatch }) {
  const p = match.passage;
  return (
    <article class="quote-match" aria-label={`${p.speaker?.name ?? 'Unattributed'}, ${formatDate(p.date)}`}>
      <PassageMeta speaker={p.speaker} role={p.role} kind={p.kind} date={p.date} document={p.document} />
      {p.kind === 'question' && (
        <p class="echo">
          This is a reporter’s question{p.label ? ` (${p.label})` : ''} that repeated these words; it is not where they were first said.
        </p>
      )}
      <p class="match-verdict">
        {VERDICTS[match.verdict][0]} · {Math.round(match.similarity * 100)}% of the quote as said
      </p>
      <blockquote class="passage-text">
        <Highlighted text={p.text} ranges={match.ranges} />
      </blockquote>
      {match.continuation && (
        <blockquote class="passage-text continuation" aria-label="Continued in the next passage">
          <Highlighted text={match.continuation.text} ranges={match.continuation.ranges} />
        </blockquote>
      )}
      {match.differences.length > 0 && (
        <table class="differences">
          <caption>What the quote changed or left out</caption>
          <thead>
            <tr>
              <th scope="col">Quote</th>
              <th scope="col">Transcript</th>
            </tr>
          </thead>
          <tbody>
            {match.differences.map((d, i) => (
              <tr key={i}>
                <td>{d.quote || <span class="muted">(nothing)</span>}</td>
                <td>{d.passage || <span class="muted">(nothing)</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p class="links">
        <a href={p.permalink}>Passage</a> · <a href={`/d/${encodeURIComponent(p.document.id)}#${encodeURIComponent(p.id)}`}>In the document</a>
      </p>
      <PassageActions passage={p} />
    </article>
  );
}
