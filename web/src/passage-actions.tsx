// "Copy link", "Copy citation" and "Save" for one passage.
import { useState } from 'preact/hooks';
import { citation, copyText, permalinkUrl, type CitablePassage } from './citation.ts';
import { savePassage, unsavePassage, useSaved } from './saved-store.ts';

/** `q`: the search the passage was found by; the copied link keeps it. */
export function PassageActions({ passage, q = '' }: { passage: CitablePassage; q?: string }) {
  const saved = useSaved().some((s) => s.id === passage.id);
  const [message, setMessage] = useState('');

  const copy = (text: string, done: string) => {
    copyText(text).then(
      () => setMessage(done),
      () => setMessage('Copying failed: select the text and copy it by hand.'),
    );
  };

  return (
    <div class="actions">
      <button type="button" onClick={() => copy(permalinkUrl(passage.id, location.origin, q), 'Link copied')}>
        Copy link
      </button>
      <button type="button" onClick={() => copy(citation(passage), 'Citation copied')}>
        Copy citation
      </button>
      <button
        type="button"
        aria-pressed={saved}
        onClick={() => {
          if (saved) unsavePassage(passage.id);
          else savePassage(passage);
          setMessage(saved ? 'Removed from saved' : 'Saved');
        }}
      >
        {saved ? 'Saved ✓' : 'Save'}
      </button>
      <span class="action-status" role="status">
        {message}
      </span>
    </div>
  );
}
