// Home-page examples drawn from the index: distinctive words (names first) and top speakers.
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/http/app.ts';
import { buildCorpus } from '../../src/indexing/build-corpus.ts';
import { createSearchIndex } from '../../src/indexing/search-index.ts';
import { SEED_CORPUS } from '../helpers.ts';
import { makeIndex } from '../search/make-corpus.ts';

describe('/api/examples', () => {
  it('suggests the seed corpus\'s names and long words and its most quoted people', async () => {
    const app = createApp(createSearchIndex((await buildCorpus(SEED_CORPUS)).corpus));
    expect(await (await app.request('/api/examples')).json()).toEqual({
      words: ['Beijing', 'Chinese', 'Group', 'advanced', 'biomedicine'],
      speakers: [
        { id: 'wang-zhengpu', name: 'Wang Zhengpu', passages: 8 },
        { id: 'fu-zhenbo', name: 'Fu Zhenbo', passages: 7 },
        { id: 'zhao-dachun', name: 'Zhao Dachun', passages: 7 },
        { id: 'zhang-chengzhong', name: 'Zhang Chengzhong', passages: 6 },
      ],
    });
  });

  it('leaves out words in more than a tenth of the passages, stop words and words of one document', async () => {
    const passages = [
      ...Array.from({ length: 8 }, (_, i) => ({ doc: i % 2 ? 'a' : 'b', text: `Tariffs on steel were discussed in Geneva, meeting ${i}.` })),
      ...Array.from({ length: 12 }, (_, i) => ({ doc: i % 2 ? 'a' : 'b', text: `Filler sentence number ${i} about nothing.` })),
      { doc: 'a', text: 'Negotiators from Geneva met about tariffs and aluminium.' },
      { doc: 'b', text: 'Negotiators said tariffs on aluminium would follow, Geneva said.' },
      { doc: 'a', text: 'Only here: Zanzibar, Zanzibar.' },
    ];
    const app = createApp(makeIndex({ documents: [{ id: 'a' }, { id: 'b' }], passages }));
    const { words } = (await (await app.request('/api/examples')).json()) as { words: string[] };
    // Geneva, tariffs, steel... are in over 10% of the 23 passages; Zanzibar is in one document.
    expect(words).toEqual(['aluminium', 'Negotiators']);
  });
});
