// Issue 13 rule 12: a file that is not UTF-8 is decoded, not skipped; the build report names it.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/corpus/decode-text.ts';
import { buildCorpus } from '../../src/indexing/build-corpus.ts';
import { tempDir } from '../helpers.ts';

const english = 'Wang Zhengpu:\n\nThe café and the crème brûlée factory in Hebei doubled its exports this year, and the naïve forecasts were wrong.\n';
const chinese = '王正谱：今年河北省的钢铁产量增长了百分之五，我们将继续推进高质量发展，加快产业转型升级。记者：请问明年的目标是什么？\n';
const japanese = '記者：今年の輸出はどうなりますか。大臣：今年の輸出は前年より五パーセント増えると見込んでいます。\n';

describe('decoding corpus files', () => {
  it('reads UTF-8 as is, and UTF-16 by its byte-order mark', () => {
    expect(decodeText(Buffer.from(english))).toEqual({ text: english, encoding: 'utf-8' });
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(english, 'utf16le')]))).toEqual({ text: english, encoding: 'utf-16le' });
  });

  it('decodes Windows-1252, GB18030, Big5 and Shift_JIS (as its superset CP932) by detection', () => {
    expect(decodeText(iconv.encode(english, 'windows-1252'))).toEqual({ text: english, encoding: 'windows-1252' });
    expect(decodeText(iconv.encode(chinese.repeat(3), 'gbk'))).toEqual({ text: chinese.repeat(3), encoding: 'gb18030' });
    const big5 = '王正譜：今年河北省的鋼鐵產量增長了百分之五，我們將繼續推進高品質發展，加快產業轉型升級。\n'.repeat(3);
    expect(decodeText(iconv.encode(big5, 'big5'))).toEqual({ text: big5, encoding: 'big5' });
    expect(decodeText(iconv.encode(japanese.repeat(3), 'shift_jis'))).toEqual({ text: japanese.repeat(3), encoding: 'cp932' });
  });

  it('lets a page\'s <meta charset> decide', () => {
    const page = `<html><head><meta charset="gbk"><title>发布会</title></head><body><p>${chinese}</p></body></html>`;
    expect(decodeText(iconv.encode(page, 'gbk'))).toEqual({ text: page, encoding: 'gb18030' });
  });

  it('still refuses binary files and empty ones', () => {
    expect(() => decodeText(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x0d, 0x0a, 0x1a, 0x00, 0x00, 0x00, 0x0d]))).toThrow('binary file (contains NUL bytes), not text');
    expect(() => decodeText(Buffer.alloc(0))).toThrow('empty file');
  });

  it('indexes a Windows-1252 transcript and names it in the build report', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'export.txt'), iconv.encode(english, 'windows-1252'));
    const { corpus, skipped, warnings } = await buildCorpus(dir, {}, { parseWorkers: 0 });
    expect(skipped).toEqual([]);
    expect(warnings).toEqual(['export.txt: decoded from windows-1252']);
    expect(corpus.passages.map((p) => [p.text, p.speakerId])).toEqual([[english.slice('Wang Zhengpu:\n\n'.length).trim(), 'wang-zhengpu']]);
  });
});
