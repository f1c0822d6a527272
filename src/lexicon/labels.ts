// Words that are speaker labels of a kind rather than names.

/** Labels of a question from the floor, before a colon ("Question:", "Follow-up:", "记者："). Folded. */
export const QUESTION_LABELS: readonly string[] = [
  'audience member',
  'follow up',
  'follow-up',
  'followup',
  'journalist',
  'question',
  'remark',
  'reporter',
  '問',
  '提问',
  '記者',
  '记者',
  '问',
];

/** Labels of an answer whose speaker the document's title or host names ("A:", "答："). Folded. */
export const ANSWER_LABELS: readonly string[] = [
  'answer',
  '答',
];

/** Bold markers of a programme's segments, not speakers ("**Break:**", "**Jingle:**"). Folded. */
export const SEGMENT_MARKERS: readonly string[] = [
  'ad',
  'ad break',
  'break',
  'commercial break',
  'interlude',
  'intro',
  'jingle',
  'music',
  'outro',
  'sponsor',
  'sponsor break',
  'theme music',
];

/** Offices a legislature's record prints as a label, last word ("The PRESIDING OFFICER.", "The CHIEF JUSTICE."). Folded. */
export const CHAMBER_OFFICES: readonly string[] = [
  'chair',
  'chairman',
  'chairwoman',
  'clerk',
  'justice',
  'officer',
  'president',
  'speaker',
];

/** What a reporter says that asks nothing: thanks and hand-overs, skipped when linking answers to questions. Folded. */
export const COURTESIES: readonly string[] = [
  'all right',
  'appreciate it',
  'go ahead',
  'got it',
  'great',
  'next question',
  'no',
  'okay',
  'right',
  'sure',
  'thank you',
  'thank you so much',
  'thank you very much',
  'thanks',
  'thanks so much',
  'thanks very much',
  'yeah',
  'yep',
  'yes',
];
