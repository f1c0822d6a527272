// What a link to a passage of an earlier build shows: when it changed, and its old text
// beside the new one, or that its document was removed.
import type { RedirectResponse } from './api-types.ts';
import { formatDate } from './format.ts';

const day = (iso: string) => formatDate(iso.slice(0, 10));

/** The notice above a passage that replaced the linked one (`now` is its text). */
export function MovedNotice({ moved, now }: { moved: RedirectResponse; now: string | null }) {
  return (
    <section class="notice moved" aria-labelledby="moved-title">
      <h2 id="moved-title" class="moved-title">
        This passage changed when the corpus was re-indexed on {day(moved.changedAt)}.
      </h2>
      {now === null && (
        <p>
          Nothing in the document is like it now. <a href={`/d/${encodeURIComponent(moved.documentId)}`}>Read the document as it is now</a>
        </p>
      )}
      <div class="moved-texts">
        <figure>
          <figcaption>The linked text</figcaption>
          <blockquote class="old-text">{moved.oldText}</blockquote>
        </figure>
        {now !== null && (
          <figure>
            <figcaption>Now</figcaption>
            <blockquote class="new-text">{now}</blockquote>
          </figure>
        )}
      </div>
    </section>
  );
}

/** The page for a passage whose document left the corpus: what it said, and when it went. */
export function RemovedNotice({ moved }: { moved: RedirectResponse }) {
  return (
    <article class="passage-page">
      <div class="notice removed" role="alert">
        <h1>This passage was removed</h1>
        <p>
          Its document, “{moved.documentTitle}”, left the corpus when it was re-indexed on {day(moved.changedAt)}.
        </p>
      </div>
      <figure>
        <figcaption>The linked text</figcaption>
        <blockquote class="old-text">{moved.oldText}</blockquote>
      </figure>
      <p>
        <a href="/">Go to search</a>
      </p>
    </article>
  );
}
