// Bad files never stop the build: each is reported by name with the reason, and the rest is indexed.
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCorpus, EmptyCorpusError } from '../../src/indexing/build-corpus.ts';
import { tempDir } from '../helpers.ts';

const GOOD = 'Wang Zhengpu:\n\nSteel output rose by 5 percent this year.\n';

async function corpusWith(files: Record<string, string | Buffer>): Promise<string> {
  const dir = await tempDir();
  for (const [name, content] of Object.entries(files)) {
    await mkdir(join(dir, name, '..'), { recursive: true });
    await writeFile(join(dir, name), content);
  }
  return dir;
}

describe('bad corpus files', () => {
  // A Latin-1 file is decoded now (issue 13 rule 12), not skipped: decode-text.test.ts.
  it('reports an empty file and a binary file by name, and indexes the rest', async () => {
    const dir = await corpusWith({
      'good.txt': GOOD,
      'empty.txt': '',
      'blank.md': '  \n\n ',
      'image.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x0d]),
      'latin1.txt': Buffer.from('Caf\xe9 cr\xe8me said the minister.', 'latin1'),
      'notes.pdf': 'whatever',
    });
    const { corpus, skipped } = await buildCorpus(dir);
    expect(skipped).toEqual([
      { file: 'blank.md', reason: 'empty file (only white space)' },
      { file: 'empty.txt', reason: 'empty file' },
      { file: 'image.txt', reason: 'binary file (contains NUL bytes), not text' },
      { file: 'notes.pdf', reason: 'unsupported file type .pdf (expected .txt, .md, .html, .jsonl, .vtt or .srt)' },
    ]);
    expect(corpus.documents.map((d) => d.file)).toEqual(['good.txt', 'latin1.txt']);
    expect(corpus.passages.map((p) => p.text)).toEqual(['Steel output rose by 5 percent this year.', 'Café crème said the minister.']);
  });

  it('reports a malformed JSONL line as file:line and keeps the good lines', async () => {
    const lines = [
      JSON.stringify({ document: 'a', text: 'First words.', speaker: 'Zhao Lijian', date: '2021-03-03' }),
      '{"document": "a", "text": ',
      JSON.stringify({ document: 'a', text: '' }),
      JSON.stringify({ document: 'a', text: 'Second words.', kind: 'opinion' }),
      JSON.stringify({ document: 'a', text: 'Third words.' }),
    ];
    const dir = await corpusWith({ 'feed.jsonl': lines.join('\n') + '\n' });
    const { corpus, warnings } = await buildCorpus(dir);
    expect(warnings).toEqual([
      'feed.jsonl:2: not valid JSON',
      'feed.jsonl:3: text: Too small: expected string to have >=1 characters',
      'feed.jsonl:4: kind: Invalid option: expected one of "question"|"speech"|"quote"|"narration"',
    ]);
    expect(corpus.passages.map((p) => [p.text, p.kind, p.speakerId])).toEqual([
      ['First words.', 'speech', 'zhao-lijian'],
      ['Third words.', 'narration', null],
    ]);
    expect(corpus.documents[0]!.date).toBe('2021-03-03');
  });

  it('reports an invalid sidecar and indexes its file without it', async () => {
    const dir = await corpusWith({
      'a.txt': GOOD,
      'a.txt.meta.json': JSON.stringify({ date: '24 Mayo' }),
      'b.txt': GOOD.replace('Steel', 'Iron'),
      'b.txt.meta.json': '{ not json',
      'c.txt': GOOD.replace('Steel', 'Coal'),
      'c.txt.meta.json': JSON.stringify({ title: 'Coal', colour: 'black' }),
    });
    const { corpus, skipped } = await buildCorpus(dir);
    expect(skipped).toEqual([
      { file: 'a.txt.meta.json', reason: 'invalid sidecar: date must be a date YYYY-MM-DD; a.txt is indexed without it' },
      { file: 'b.txt.meta.json', reason: 'invalid sidecar: not valid JSON; b.txt is indexed without it' },
      { file: 'c.txt.meta.json', reason: 'invalid sidecar: Unrecognized key: "colour"; c.txt is indexed without it' },
    ]);
    expect(corpus.documents).toHaveLength(3);
  });

  it('applies a valid sidecar: metadata and speaker aliases', async () => {
    const dir = await corpusWith({
      'a.txt': 'Mr. Zhang:\n\nWe will build more clusters.\n\nMr. Zhang:\n\nAnd more chains.\n',
      'a.txt.meta.json': JSON.stringify({ title: 'Hebei briefing', date: '2024-05-24', source: 'SCIO', url: 'https://example.org/a', aliases: { 'Mr. Zhang': 'Zhang Chengzhong' } }),
    });
    const { corpus } = await buildCorpus(dir);
    const doc = corpus.documents[0]!;
    expect([doc.title, doc.date, doc.source, doc.url]).toEqual(['Hebei briefing', '2024-05-24', 'SCIO', 'https://example.org/a']);
    expect(corpus.passages.map((p) => p.speakerId)).toEqual(['zhang-chengzhong', 'zhang-chengzhong']);
    expect(corpus.speakers.map((s) => [s.name, s.labels])).toEqual([['Zhang Chengzhong', ['Mr. Zhang']]]);
  });

  it('reports an invalid front-matter date and indexes the document undated', async () => {
    const dir = await corpusWith({ 'brief.md': '---\ntitle: Briefing\ndate: sometime in May\n---\n\nMS. LEE:  Good afternoon.\n' });
    const { corpus, warnings } = await buildCorpus(dir);
    expect(warnings).toEqual(['brief.md: front matter date "sometime in May" is not a date (expected YYYY-MM-DD); the document is indexed undated']);
    expect(corpus.documents[0]!.date).toBeNull();
    expect(corpus.passages[0]!.text).toBe('Good afternoon.');
  });

  it('reports a dangling link by name', async () => {
    const dir = await corpusWith({ 'good.txt': GOOD });
    await symlink(join(dir, 'gone.txt'), join(dir, 'link.txt'));
    const { skipped, corpus } = await buildCorpus(dir);
    expect(skipped).toEqual([{ file: 'link.txt', reason: 'broken symbolic link (its target does not exist)' }]);
    expect(corpus.documents).toHaveLength(1);
  });

  it('fails with a clear message when no document is readable', async () => {
    const dir = await corpusWith({ 'empty.txt': '', 'README.md': '# About\n\nThis folder holds briefings.\n' });
    await expect(buildCorpus(dir)).rejects.toThrow(EmptyCorpusError);
    await expect(buildCorpus(dir)).rejects.toThrow(
      `no readable document in corpus folder ${dir} (expected .txt, .md, .html, .jsonl, .vtt or .srt files); skipped: README.md (describes the collection (README/LICENSE/SOURCE), not a document), empty.txt (empty file)`,
    );
  });

  it('normalises BOM, CRLF and non-breaking spaces, keeping curly quotes', async () => {
    const dir = await corpusWith({ 'web.txt': '\uFEFFChina Daily:\r\n\r\nWhat\u00a0is “new” in Xiong’an?\r\n' });
    const { corpus } = await buildCorpus(dir);
    expect(corpus.passages.map((p) => [p.text, p.kind, p.speakerId])).toEqual([['What is “new” in Xiong’an?', 'question', 'china-daily']]);
  });
});
