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
  'more news',
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
  'see also',
  'you may also like',
  '推荐阅读',
  '相关新闻',
  '相关阅读',
];

/**
 * Other lines that are a page's tools or labels wherever they stand (a whole line, a trailing
 * colon ignored): "Suggest to a friend", "Publication status", "Text version". Folded.
 */
export const PAGE_TOOL_LINES: readonly string[] = [
  'appendix',
  'back to top',
  'direct link',
  'download',
  'next article',
  'photo',
  'photos',
  'previous article',
  'print version',
  'publication status',
  'send by email',
  'share this',
  'subscribe',
  'suggest to a friend',
  'tags',
  'telegram',
  'text version',
  'video',
  'videos',
  'vk',
];
