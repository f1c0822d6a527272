// Page furniture phrases: lines that belong to the site around the text, not to anyone who spoke.

/** Share bars and page tools, each a line of its own. Folded. */
export const SHARE_WORDS: readonly string[] = [
  'a+',
  'a-',
  'comment',
  'comments',
  'copy link',
  'e-mail',
  'email',
  'facebook',
  'font size',
  'linkedin',
  'print',
  'reddit',
  'save',
  'share',
  'tweet',
  'twitter',
  'wechat',
  'weibo',
  'whatsapp',
  'x',
];

/** Headings of lists of other articles; the heading and the list under it are furniture. Folded. */
export const RELATED_HEADINGS: readonly string[] = [
  'more from',
  'most popular',
  'most read',
  'most viewed',
  'read more',
  'recommended',
  'related',
  'related articles',
  'related content',
  'related links',
  'related news',
  'related stories',
  'you may also like',
  '推荐阅读',
  '相关新闻',
  '相关阅读',
];
