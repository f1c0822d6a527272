// The parse stage's output: what one document says, paragraph by paragraph, and who said it.

/** What a passage is: a reporter's question, speech under a label, words attributed in prose, or the writer's own text. */
export type PassageKind = 'question' | 'speech' | 'quote' | 'narration';

/** How the speaker of a passage was found; kept so a reader can judge the attribution. */
export type AttributionMethod =
  | 'label' // the paragraph starts with a speaker label ("Wang Zhengpu:", "MR. KIRBY:", "Q")
  | 'continuation' // a paragraph after a labelled one, before the next label
  | 'answer-label' // "A:" resolved to the person the document names as answering
  | 'quote-said' // "...," he said / said X / X said
  | 'according-to' // According to X, ... / ..., according to X
  | 'said-that' // X said that ... / X added that ...
  | 'pronoun' // "he said", "He added that": the last person named
  | 'provided' // given by the source (JSONL speaker field)
  | 'front-matter' // the document's metadata names the speaker
  | 'title' // the document's title names its host ("Press Briefing by Press Secretary Jane Roe"), who speaks the unlabelled opening
  | 'none'; // narration: nobody but the writer

/** Whether a speaker is a named person, a news outlet asking questions, or a description ("Moderator"). */
export type SpeakerType = 'person' | 'outlet' | 'generic';

/** One paragraph of a document, attributed. Speaker names are canonical within the document. */
export interface ParsedPassage {
  text: string;
  kind: PassageKind;
  /** The label as printed ("MS. JEAN-PIERRE", "Q"), or null when the attribution came from prose. */
  label: string | null;
  speaker: string | null;
  speakerType: SpeakerType | null;
  /** The speaker's role or affiliation as this document states it. */
  role: string | null;
  attribution: AttributionMethod;
}

/** What the document states about itself; null where it does not say. */
export interface DocumentMeta {
  title: string | null;
  date: string | null; // ISO YYYY-MM-DD
  source: string | null;
  url: string | null;
}

/** A parsed document: its metadata and its passages in reading order. */
export interface ParsedDocument extends DocumentMeta {
  passages: ParsedPassage[];
  /** Problems worth reporting that did not stop the parse (e.g. an invalid front-matter date). */
  warnings: string[];
}
