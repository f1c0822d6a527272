// The corpus is a boundary, tested with real links and files: nothing outside the corpus
// folder is indexed through a symbolic link, each refused link is reported by name, a link
// inside is followed once, loops and pipes are reported, and a folder or file that cannot be
// read (as a user without root's rights) is reported and skipped.
import { execFileSync, spawn } from 'node:child_process';
import { chmod, mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../src/indexing/build-corpus.ts';
import { ROOT, tempDir } from '../helpers.ts';

const GOOD = 'Wang Zhengpu:\n\nSteel output rose by 5 percent this year.\n';
const SECRET = 'root:x:0:0:root:/root:/usr/sbin/nologin\n';

async function corpusWith(files: Record<string, string>): Promise<string> {
  const dir = await tempDir();
  for (const [name, content] of Object.entries(files)) {
    await mkdir(join(dir, name, '..'), { recursive: true });
    await writeFile(join(dir, name), content);
  }
  return dir;
}

const texts = (corpus: { passages: { text: string }[] }) => corpus.passages.map((p) => p.text);

describe('symbolic links in the corpus', () => {
  it('does not follow a link to a file outside the corpus, by absolute or relative path, and names each', async () => {
    const outside = await corpusWith({ 'passwd.txt': SECRET });
    const dir = await corpusWith({ 'good.txt': GOOD });
    await symlink(join(outside, 'passwd.txt'), join(dir, 'passwd.txt'));
    await mkdir(join(dir, 'sub'));
    await symlink(join('..', '..', outside.split('/').at(-1)!, 'passwd.txt'), join(dir, 'sub', 'relative.txt'));
    // A chain that starts inside and ends outside is outside.
    await symlink(join(dir, 'passwd.txt'), join(dir, 'hop.txt'));
    const { corpus, skipped } = await buildCorpus(dir);
    expect(skipped).toEqual([
      { file: 'hop.txt', reason: 'symbolic link to outside the corpus folder, not followed' },
      { file: 'passwd.txt', reason: 'symbolic link to outside the corpus folder, not followed' },
      { file: 'sub/relative.txt', reason: 'symbolic link to outside the corpus folder, not followed' },
    ]);
    expect(corpus.documents.map((d) => d.file)).toEqual(['good.txt']);
    expect(texts(corpus).join(' ')).not.toContain('nologin');
  });

  it('does not follow a link to a folder, inside or outside', async () => {
    const outside = await corpusWith({ 'secret.txt': SECRET });
    const dir = await corpusWith({ 'a/good.txt': GOOD });
    await symlink(outside, join(dir, 'elsewhere'));
    await symlink(join(dir, 'a'), join(dir, 'again'));
    const { corpus, skipped } = await buildCorpus(dir);
    expect(skipped).toEqual([
      { file: 'again', reason: 'symbolic link to a folder, not followed (the folders inside the corpus are read under their own names)' },
      { file: 'elsewhere', reason: 'symbolic link to outside the corpus folder, not followed' },
    ]);
    expect(corpus.documents.map((d) => d.file)).toEqual(['a/good.txt']);
  });

  it('follows a link to a file inside once, and refuses one to a file indexed under its own name', async () => {
    const dir = await corpusWith({ 'good.txt': GOOD, '.drafts/extra.txt': 'Li Ming:\n\nWe will open two new lines.\n' });
    await symlink(join('.drafts', 'extra.txt'), join(dir, 'extra.txt'));
    await symlink(join('.drafts', 'extra.txt'), join(dir, 'extra-again.txt'));
    await symlink('good.txt', join(dir, 'copy.txt'));
    const { corpus, skipped } = await buildCorpus(dir);
    expect(skipped).toEqual([
      { file: 'copy.txt', reason: 'symbolic link to good.txt, which is indexed under its own name' },
      { file: 'extra.txt', reason: 'symbolic link to .drafts/extra.txt, which is indexed as extra-again.txt' },
    ]);
    expect(corpus.documents.map((d) => d.file)).toEqual(['extra-again.txt', 'good.txt']);
    expect(texts(corpus)).toEqual(['We will open two new lines.', 'Steel output rose by 5 percent this year.']);
  });

  it('reports a loop of links and a pipe, and still indexes the rest', async () => {
    const dir = await corpusWith({ 'good.txt': GOOD });
    await symlink('b.txt', join(dir, 'a.txt'));
    await symlink('a.txt', join(dir, 'b.txt'));
    execFileSync('mkfifo', [join(dir, 'pipe.txt')]);
    const { corpus, skipped } = await buildCorpus(dir);
    expect(skipped).toEqual([
      { file: 'pipe.txt', reason: 'not a regular file (a device, socket or pipe)' },
      { file: 'a.txt', reason: 'symbolic link loop, not followed' },
      { file: 'b.txt', reason: 'symbolic link loop, not followed' },
    ]);
    expect(corpus.documents.map((d) => d.file)).toEqual(['good.txt']);
  });
});

/** Runs the index command as the unprivileged user `nobody` (tests run as root here, and root reads everything). */
function indexAsNobody(corpus: string, index: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn('setpriv', ['--reuid=nobody', '--regid=nogroup', '--clear-groups', process.execPath, '--import', 'tsx', join(ROOT, 'src/cli/index-cmd.ts'), '--corpus', corpus, '--index', index], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, HOME: '/tmp' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const canDropPrivileges = (() => {
  try {
    return process.getuid?.() === 0 && execFileSync('setpriv', ['--reuid=nobody', '--regid=nogroup', '--clear-groups', 'id', '-u']).toString().trim() === '65534';
  } catch {
    return false;
  }
})();

describe.runIf(canDropPrivileges)('unreadable parts of the corpus, indexed as a user without rights to them', () => {
  it('reports an unreadable subfolder and file by name and indexes the rest', async () => {
    const corpus = await corpusWith({ 'good.txt': GOOD, 'locked.txt': GOOD, 'private/inside.txt': GOOD });
    await chmod(corpus, 0o755);
    await chmod(join(corpus, 'private'), 0o000);
    await chmod(join(corpus, 'locked.txt'), 0o000);
    const index = await tempDir();
    await chmod(index, 0o777);
    const { code, stdout } = await indexAsNobody(corpus, index);
    expect(code).toBe(0);
    expect(stdout.split('\n').slice(3)).toEqual([
      'skipped 2 file(s):',
      '  private/: folder cannot be read (EACCES); nothing in it is indexed',
      '  locked.txt: cannot be read (EACCES)',
      '',
    ]);
    expect(stdout.split('\n')[0]).toMatch(/^indexed 1 documents, 1 passages, 1 speakers into /);
  });

  it('stops before parsing when the index folder is not writable, saying which and what to do', async () => {
    const corpus = await corpusWith({ 'good.txt': GOOD });
    await chmod(corpus, 0o755);
    const index = await tempDir();
    await chmod(index, 0o755);
    const { code, stdout, stderr } = await indexAsNobody(corpus, index);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(`error: index folder ${index} is not writable (EACCES): fix its permissions or pass another with --index\n`);
  });
});

describe('file names in the build report', () => {
  it('prints a name with a newline or a terminal escape escaped, on its own line', async () => {
    const corpus = await corpusWith({ 'good.txt': GOOD, 'evil\nindexed 999 documents.txt': '', 'red\x1b[31m.txt': '' });
    const index = await tempDir();
    const out = execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/index-cmd.ts'), '--corpus', corpus, '--index', index], { cwd: ROOT, stdio: ['ignore', 'pipe', 'ignore'] }).toString();
    expect(out.split('\n').slice(3)).toEqual(['skipped 2 file(s):', '  evil\\nindexed 999 documents.txt: empty file', '  red\\x1b[31m.txt: empty file', '']);
  });
});
