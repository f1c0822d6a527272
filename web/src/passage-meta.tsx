// The line above a passage: speaker and role, kind badge, whom it answers, date, document.
import type { ComponentChildren } from 'preact';
import type { DocumentRef, Kind, SpeakerRef } from './api-types.ts';
import { formatDate, KIND_LABELS, safeHttpUrl } from './format.ts';

export interface PassageMetaProps {
  speaker: SpeakerRef | null;
  role: string | null;
  kind: Kind;
  date: string | null;
  /** Who asked the question this passage answers, e.g. "China Daily". */
  answering?: string | null | undefined;
  /** The question's page, which "answering ..." links to. */
  answeringHref?: string | null | undefined;
  document?: DocumentRef | undefined;
}

export function KindBadge({ kind }: { kind: Kind }) {
  return <span class={`badge badge-${kind}`}>{KIND_LABELS[kind]}</span>;
}

export function SpeakerName({ speaker, role }: { speaker: SpeakerRef | null; role: string | null }) {
  return (
    <span class="who">
      {speaker ? (
        <a class="speaker" href={`/s/${encodeURIComponent(speaker.id)}`}>
          {speaker.name}
        </a>
      ) : (
        <span class="speaker unattributed">Unattributed</span>
      )}
      {role && <span class="role">, {role}</span>}
    </span>
  );
}

/** The document's title, linked to the original source when its URL is http(s). */
export function SourceTitle({ document }: { document: DocumentRef }) {
  const url = safeHttpUrl(document.url);
  return (
    <span class="doc">
      {url ? (
        <a href={url} rel="noopener noreferrer" target="_blank" title="Original source (opens a new tab)">
          {document.displayTitle}
          <span class="visually-hidden"> (original source, opens a new tab)</span>
        </a>
      ) : (
        <cite>{document.displayTitle}</cite>
      )}
      {document.source && <span class="source"> · {document.source}</span>}
    </span>
  );
}

export function PassageMeta({ speaker, role, kind, date, answering, answeringHref, document }: PassageMetaProps) {
  return (
    <div class="meta">
      {/* The writer's own text has no speaker to name: the badge says what it is. */}
      {(speaker || kind !== 'narration') && <SpeakerName speaker={speaker} role={role} />}
      <KindBadge kind={kind} />
      {answering &&
        (answeringHref ? (
          <a class="answering" href={answeringHref}>
            answering {answering}
          </a>
        ) : (
          <span class="answering">answering {answering}</span>
        ))}
      <time dateTime={date ?? undefined}>{formatDate(date)}</time>
      {document && <SourceTitle document={document} />}
    </div>
  );
}

/** "Source · date · Original source" under a document's title; the link only for an http(s) URL. */
export function SourceLine({ source, date, url, children }: { source: string | null; date: string | null; url: string | null; children?: ComponentChildren }) {
  const href = safeHttpUrl(url);
  return (
    <p class="muted">
      {[source, formatDate(date)].filter(Boolean).join(' · ')}
      {href && (
        <>
          {' · '}
          <a href={href} rel="noopener noreferrer" target="_blank">
            Original source
          </a>
        </>
      )}
      {children}
    </p>
  );
}
