// /api/search.atom through the real app, read with a real XML parser: Atom 1.0's required
// elements, the newest matches first, escaping of untrusted text.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/http/app.ts';
import { buildCorpus } from '../../src/indexing/build-corpus.ts';
import { createSearchIndex, type SearchIndex } from '../../src/indexing/search-index.ts';
import { SEED_CORPUS } from '../helpers.ts';
import { makeCorpus } from '../search/make-corpus.ts';

interface AtomEntry {
  id: string;
  title: string;
  updated: string;
  author?: { name: string };
  link: { '@_rel': string; '@_href': string; '@_type': string };
  content: { '#text': string; '@_type': string };
}
interface AtomFeed {
  '@_xmlns': string;
  id: string;
  title: string;
  updated: string;
  author: { name: string };
  link: { '@_rel': string; '@_href': string }[];
  entry?: AtomEntry | AtomEntry[];
}

const parser = new XMLParser({ ignoreAttributes: false, parseTagValue: false, textNodeName: '#text', isArray: (name) => name === 'entry' });
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

function readFeed(xml: string): { feed: AtomFeed; entries: AtomEntry[] } {
  expect(XMLValidator.validate(xml)).toBe(true);
  const feed = (parser.parse(xml) as { feed: AtomFeed }).feed;
  const entries = (feed.entry as AtomEntry[] | undefined) ?? [];
  return { feed, entries };
}

let index: SearchIndex;
let app: ReturnType<typeof createApp>;
beforeAll(async () => {
  index = createSearchIndex((await buildCorpus(SEED_CORPUS)).corpus);
  app = createApp(index);
});

describe('search feed', () => {
  it('answers q=steel with a valid Atom 1.0 feed of its matches, newest first', async () => {
    const res = await app.request('/api/search.atom?q=steel');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    const { feed, entries } = readFeed(await res.text());
    expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed.id).toBe('urn:verbatim:search:q%3Dsteel');
    expect(feed.title).toBe('Verbatim: “steel”');
    expect(feed.updated).toMatch(RFC3339);
    expect(feed.author.name).toBe('Verbatim');
    expect(feed.link.map((l) => [l['@_rel'], l['@_href']])).toEqual([
      ['self', '/api/search.atom?q=steel'],
      ['alternate', '/?q=steel'],
    ]);
    const search = (await (await app.request('/api/search?q=steel&sort=newest&limit=50')).json()) as { total: number; hits: { id: string; date: string | null; text: string; speaker: { name: string } | null }[] };
    expect(entries).toHaveLength(search.total);
    expect(entries.map((e) => e.id)).toEqual(search.hits.map((h) => `urn:verbatim:passage:${h.id}`));
    const first = entries[0]!;
    const hit = search.hits[0]!;
    expect(first.link).toEqual({ '@_rel': 'alternate', '@_type': 'text/html', '@_href': `/p/${hit.id}` });
    expect(first.content).toEqual({ '@_type': 'text', '#text': hit.text });
    for (const e of entries) {
      expect(e.updated).toMatch(RFC3339);
      expect(e.title).toMatch(/^.+, (\d{1,2} \w+ \d{4}|undated)$/);
    }
    expect(entries.map((e) => e.updated)).toEqual(entries.map((e) => e.updated).sort().reverse());
  });

  it('holds the newest 50 of a larger result, with the search\'s filters', async () => {
    const { entries } = readFeed(await (await app.request('/api/search.atom?q=')).text());
    expect(entries).toHaveLength(50);
    const speaker = readFeed(await (await app.request('/api/search.atom?q=&speaker=wang-zhengpu')).text());
    expect(speaker.entries.length).toBeGreaterThan(0);
    expect(new Set(speaker.entries.map((e) => e.author?.name))).toEqual(new Set(['Wang Zhengpu']));
  });

  it('refuses a bad parameter with the same 400 as /api/search', async () => {
    const res = await app.request('/api/search.atom?q=steel&kind=poem');
    expect(res.status).toBe(400);
    const expected = await (await app.request('/api/search?q=steel&kind=poem')).json();
    expect(await res.json()).toEqual(expected);
  });

  it('escapes markup and drops characters XML cannot hold in untrusted corpus text', async () => {
    const corpus = makeCorpus({
      documents: [{ id: 'd1', title: 'A <b>bold</b> & "quoted" title', date: '2025-02-03' }],
      speakers: [{ id: 'x', name: 'Eve <script>', type: 'person' }],
      passages: [{ text: 'Steel </content><entry> & \u0001 price ]]>', speaker: 'x' }],
    });
    const escApp = createApp(createSearchIndex(corpus));
    const { entries } = readFeed(await (await escApp.request('/api/search.atom?q=steel')).text());
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      id: 'urn:verbatim:passage:d1-0',
      title: 'Eve <script>, 3 February 2025',
      updated: '2025-02-03T00:00:00Z',
      author: { name: 'Eve <script>' },
      content: { '#text': 'Steel </content><entry> &  price ]]>' },
    });
  });
});

describe('search feed under a public URL', () => {
  it('makes ids and links absolute under the configured public URL, whatever the Host', async () => {
    const pub = createApp(index, { publicUrl: 'https://verbatim.example.org' });
    const { feed, entries } = readFeed(await (await pub.request('/api/search.atom?q=steel', { headers: { Host: 'evil.example' } })).text());
    expect(feed.id).toBe('https://verbatim.example.org/api/search.atom?q=steel');
    expect(feed.link.map((l) => l['@_href'])).toEqual(['https://verbatim.example.org/api/search.atom?q=steel', 'https://verbatim.example.org/?q=steel']);
    expect(entries[0]!.id).toMatch(/^https:\/\/verbatim\.example\.org\/p\/p[0-9a-f]{15}$/);
    expect(entries[0]!.link['@_href']).toBe(entries[0]!.id);
  });
});
