// Search results: one card per passage, arrow keys move between cards, Enter opens one.
import { useState } from 'preact/hooks';
import type { Hit } from './api-types.ts';
import { Highlighted } from './highlighted.tsx';
import { PassageActions } from './passage-actions.tsx';
import { PassageMeta } from './passage-meta.tsx';
import { navigate } from './router.ts';

/** The permalink of a hit, carrying the query so the passage page keeps its highlights. */
export function hitLink(hit: Hit, q: string): string {
  return q ? `${hit.permalink}?q=${encodeURIComponent(q)}` : hit.permalink;
}

function PassageText({ hit }: { hit: Hit }) {
  const [full, setFull] = useState(false);
  const snippets = hit.snippets ?? [];
  if (snippets.length === 0 || full) {
    return (
      <blockquote class="text">
        <Highlighted text={hit.text} ranges={hit.highlights} />
      </blockquote>
    );
  }
  return (
    <>
      <blockquote class="text snippets">
        {snippets.map((s) => (
          <p key={s.start}>
            {s.start > 0 && '… '}
            <Highlighted text={s.text} ranges={s.highlights} />
            {s.end < hit.text.length && ' …'}
          </p>
        ))}
      </blockquote>
      <button type="button" class="link-button" onClick={() => setFull(true)}>
        Show full passage
      </button>
    </>
  );
}

export function ResultItem({ hit, q }: { hit: Hit; q: string }) {
  const link = hitLink(hit, q);
  return (
    <li
      class="hit"
      tabIndex={0}
      data-href={link}
      aria-label={`${hit.speaker?.name ?? 'Unattributed'}: ${hit.text.slice(0, 80)}`}
    >
      <PassageMeta
        speaker={hit.speaker}
        role={hit.role}
        kind={hit.kind}
        date={hit.date}
        answering={hit.question ? (hit.question.speaker?.name ?? 'a question') : null}
        answeringHref={hit.question ? `/p/${encodeURIComponent(hit.question.id)}` : null}
        document={hit.document}
      />
      <PassageText hit={hit} />
      <div class="hit-links">
        <a href={link}>Open passage</a>
        <a href={`/d/${encodeURIComponent(hit.document.id)}${q ? `?q=${encodeURIComponent(q)}` : ''}#${encodeURIComponent(hit.id)}`}>In the document</a>
      </div>
      <PassageActions passage={hit} q={q} />
    </li>
  );
}

/** Arrow keys move focus between result cards; Enter on a focused card opens it. */
function onListKeyDown(event: KeyboardEvent) {
  const target = event.target as HTMLElement;
  const item = target.closest<HTMLElement>('li.hit');
  if (!item) return;
  if (event.key === 'Enter' && target === item) {
    event.preventDefault();
    navigate(item.dataset.href!);
    return;
  }
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  // Inside a select or text input, arrows belong to the control.
  if (target.matches('input, select, textarea')) return;
  const next = (event.key === 'ArrowDown' ? item.nextElementSibling : item.previousElementSibling) as HTMLElement | null;
  if (next) {
    event.preventDefault();
    next.focus();
  }
}

export function ResultList({ hits, q }: { hits: Hit[]; q: string }) {
  return (
    <ol class="results" id="results" aria-label="Results" onKeyDown={onListKeyDown}>
      {hits.map((hit) => (
        <ResultItem key={hit.id} hit={hit} q={q} />
      ))}
    </ol>
  );
}
