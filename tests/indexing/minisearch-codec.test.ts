// The binary MiniSearch form answers exactly as MiniSearch's own JSON round trip does.
import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/indexing/build-corpus.ts';
import { INDEX_OPTIONS, type IndexedFields } from '../../src/indexing/index-options.ts';
import { decodeMiniSearch, encodeMiniSearch } from '../../src/indexing/minisearch-codec.ts';
import { buildMiniSearch } from '../../src/indexing/build-minisearch.ts';
import { packedOf } from '../../src/indexing/packed-index.ts';
import { SEED_CORPUS } from '../helpers.ts';

describe('binary MiniSearch codec', () => {
  it('round-trips to the same index, answering as loadJSON does, in fewer bytes than its JSON', async () => {
    const { corpus } = await buildCorpus(SEED_CORPUS);
    const mini = buildMiniSearch(corpus);
    const json = JSON.stringify(mini);
    const viaJson = MiniSearch.loadJSON<IndexedFields>(json, INDEX_OPTIONS);
    const bytes = encodeMiniSearch(mini);
    const decoded = decodeMiniSearch(bytes);
    expect(JSON.stringify(decoded)).toBe(JSON.stringify(mini));
    for (const q of ['steel', 'hydrogen metallurgy', 'innovat', 'Xiongan', 'Wang Zhengpu']) {
      expect(decoded.search(q, { prefix: true, fuzzy: 0.2 })).toEqual(viaJson.search(q, { prefix: true, fuzzy: 0.2 }));
    }
    // The file also holds the spelling words (packed-index.ts), which MiniSearch's JSON has not.
    const words = Buffer.byteLength(packedOf(mini).words.join('\n'));
    expect(words).toBeGreaterThan(0);
    expect(bytes.length - words).toBeLessThan(json.length);
  });

  it('rejects data that is not an index', () => {
    expect(() => decodeMiniSearch(Buffer.from("hello"))).toThrow("not a Verbatim index file (header runs past the end)");
  });
});
