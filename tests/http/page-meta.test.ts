// Link previews: /p/<id>, /d/<id> and /s/<id> are served with their own <title>, description
// and Open Graph tags (read back with htmlparser2), escaped; other pages keep the generic head.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseDocument } from 'htmlparser2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/http/app.ts';
import { buildCorpus } from '../../src/indexing/build-corpus.ts';
import { createSearchIndex, type SearchIndex } from '../../src/indexing/search-index.ts';
import { SEED_CORPUS } from '../helpers.ts';
import { makeCorpus } from '../search/make-corpus.ts';

/** web/index.html's head as Vite leaves it. */
const INDEX_HTML = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="description" content="Search what people said: attributed passages of press conferences, briefings and news articles." />
    <title>Verbatim</title>
  </head>
  <body><div id="app"></div></body>
</html>
`;

interface Head {
  title: string;
  meta: Record<string, string>;
  scripts: number;
}

function head(html: string): Head {
  const doc = parseDocument(html);
  const meta: Record<string, string> = {};
  let title = '';
  let scripts = 0;
  const walk = (nodes: typeof doc.children) => {
    for (const node of nodes) {
      if (node.type === 'tag') {
        if (node.name === 'title') title = node.children.map((c) => ('data' in c ? c.data : '')).join('');
        if (node.name === 'meta' && (node.attribs.name || node.attribs.property)) meta[node.attribs.name ?? node.attribs.property!] = node.attribs.content!;
        if (node.name === 'script') scripts++;
        walk(node.children);
      }
    }
  };
  walk(doc.children);
  return { title, meta, scripts };
}

let webDir: string;
let index: SearchIndex;
beforeAll(async () => {
  // Its own folder, not tempDir(): that one is emptied after every test, and this serves them all.
  webDir = path.join(await mkdtemp(path.join(os.tmpdir(), 'verbatim-meta-')), 'dist');
  await mkdir(webDir);
  await writeFile(path.join(webDir, 'index.html'), INDEX_HTML);
  index = createSearchIndex((await buildCorpus(SEED_CORPUS)).corpus);
});

afterAll(() => rm(path.dirname(webDir), { recursive: true, force: true }));

const page = async (app: ReturnType<typeof createApp>, url: string) => {
  const res = await app.request(url);
  expect(res.status).toBe(200);
  return head(await res.text());
};

describe('link previews', () => {
  it('gives a passage page the speaker, the date and the first words', async () => {
    const app = createApp(index, { webDir, publicUrl: 'https://verbatim.example.org' });
    expect(await page(app, '/p/p4a27a7bf8f6d1ec?q=steel')).toEqual({
      title: 'Zhang Chengzhong, 24 May 2024 · Verbatim',
      meta: {
        description:
          '“Thank you for your interest in and support for the industrial development in Hebei. The province of Hebei is known for its traditional industries, with a complete range of industries and a…” (SCIO press conference on forging ahead on a journey of high-quality development in the new era)',
        'og:site_name': 'Verbatim',
        'og:type': 'article',
        'og:title': 'Zhang Chengzhong, 24 May 2024',
        'og:description':
          '“Thank you for your interest in and support for the industrial development in Hebei. The province of Hebei is known for its traditional industries, with a complete range of industries and a…” (SCIO press conference on forging ahead on a journey of high-quality development in the new era)',
        'og:url': 'https://verbatim.example.org/p/p4a27a7bf8f6d1ec',
        'twitter:card': 'summary',
      },
      scripts: 0,
    });
  });

  it('describes a document and a speaker, and leaves og:url out without a public URL', async () => {
    const app = createApp(index, { webDir });
    const doc = await page(app, '/d/94303d5186cc');
    expect(doc.title).toBe('SCIO press conference on forging ahead on a journey of high-quality development in the new era · Verbatim');
    expect(doc.meta.description).toMatch(/^China\.org\.cn, 24 May 2024\. 9 passages; speakers: .+\.$/);
    expect(doc.meta['og:url']).toBeUndefined();
    const speaker = await page(app, '/s/wang-zhengpu');
    expect(speaker.title).toBe('Wang Zhengpu · Verbatim');
    expect(speaker.meta['og:type']).toBe('profile');
    expect(speaker.meta.description).toMatch(/ passages from \d{1,2} \w+ \d{4}( to \d{1,2} \w+ \d{4})?\.$/);
  });

  it('keeps the generic head for an unknown id and for the search page', async () => {
    const app = createApp(index, { webDir });
    for (const url of ['/p/pnever', '/', '/?q=steel']) {
      const h = await page(app, url);
      expect(h.title).toBe('Verbatim');
      expect(h.meta['og:title']).toBeUndefined();
    }
  });

  it('escapes corpus text: markup in a name, a title or a passage stays text', async () => {
    const corpus = makeCorpus({
      documents: [{ id: 'd1', title: '</title><script>alert(1)</script>', date: '2025-02-03' }],
      speakers: [{ id: 'x', name: 'Eve "<img src=x onerror=alert(1)>"', type: 'person' }],
      passages: [{ text: 'Steel"/><script>alert(2)</script> & more', speaker: 'x' }],
    });
    const app = createApp(createSearchIndex(corpus), { webDir });
    const res = await app.request('/p/d1-0');
    const html = await res.text();
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    const h = head(html);
    expect(h.scripts).toBe(0);
    expect(h.title).toBe('Eve "<img src=x onerror=alert(1)>", 3 February 2025 · Verbatim');
    expect(h.meta['og:description']).toBe('“Steel"/><script>alert(2)</script> & more” (</title><script>alert(1)</script>)');
    const doc = head(await (await app.request('/d/d1')).text());
    expect(doc.title).toBe('</title><script>alert(1)</script> · Verbatim');
  });
});
