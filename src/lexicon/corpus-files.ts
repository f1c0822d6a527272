// File names in a corpus folder that are about the corpus, not documents of it.

/** File stems (before the extension) that are never documents: licences, read-mes, provenance notes. Folded. */
export const NOT_DOCUMENT_STEMS: readonly string[] = [
  'authors',
  'changelog',
  'copying',
  'licence',
  'license',
  'notice',
  'readme',
  'source',
  'sources',
];
