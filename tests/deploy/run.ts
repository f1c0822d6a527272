// npm run test:deploy: the deployment of deploy/README.md, on this machine. nginx, run from
// deploy/nginx.conf itself, in front of three Verbatim replicas on loopback ports, under load:
//   (a) one replica is killed with SIGKILL mid-run: clients see no failed request;
//   (b) a new index build is copied to every replica mid-run: no failed request, every answer
//       from the old or the new build, and afterwards every replica answers from the new one;
//   (c) the replicas answer the same search with the same bytes, apart from took_ms.
// It prints each scenario's counts and a closing "N passed, N failed" line; exits 1 on a failure.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmod, cp, mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const NGINX = process.env.NGINX ?? '/usr/sbin/nginx';
const DURATION = Number(process.env.DEPLOY_SECONDS ?? 30);
// Within what three replicas of one search thread each admit (one search running and two queued
// each), so that the only failures the scenarios could cause are the kill's and the rollout's.
const CONNECTIONS = 6;
const REPLICAS = 3;

/** The searches the load cycles through: words, a phrase, a filter, paging, a CSV. */
const PATHS = [
  '/api/search?q=steel',
  '/api/search?q=innovation&limit=5',
  '/api/search?q=%22green%20hydrogen%22',
  '/api/search?q=development&page=2',
  '/api/search?q=province&sort=newest',
  '/api/search?q=energy%20OR%20satellite',
  '/api/search?q=xiong*',
  '/api/health',
];

interface Replica {
  port: number;
  indexDir: string;
  child: ChildProcess;
}

const log = (line: string) => console.log(`deploy: ${line}`);

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, seconds = 60): Promise<T> {
  const until = Date.now() + seconds * 1000;
  while (Date.now() < until) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${what} did not happen within ${seconds} s`);
}

const health = async (port: number) => (await (await fetch(`http://127.0.0.1:${port}/api/health`)).json()) as { indexVersion: string };

/** Builds the index of `corpus` into `home` with the real CLI; returns the build folder's name. */
function buildIndex(corpus: string, home: string): string {
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/index-cmd.ts'), '--corpus', corpus, '--index', home], { cwd: ROOT, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`index build failed: ${run.stderr}`);
  return spawnSync('cat', [join(home, 'CURRENT')], { encoding: 'utf8' }).stdout.trim();
}

/** What a replica's operator does to roll out a build: copy the folder in, then move CURRENT (atomically). */
async function rollOut(from: string, build: string, indexDir: string): Promise<void> {
  await cp(join(from, build), join(indexDir, `${build}.partial`), { recursive: true });
  await rename(join(indexDir, `${build}.partial`), join(indexDir, build));
  await writeFile(join(indexDir, 'CURRENT.next'), `${build}\n`);
  await rename(join(indexDir, 'CURRENT.next'), join(indexDir, 'CURRENT'));
}

function startReplica(port: number, indexDir: string): Replica {
  const child = spawn(process.execPath, [join(ROOT, 'dist/cli/serve.mjs'), '--index', indexDir, '--port', String(port), '--workers', '1', '--no-web'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return { port, indexDir, child };
}

function stop(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill(signal);
  });
}

/** deploy/nginx.conf with this run's ports and a private prefix; fails loudly if the file's shape changed. */
async function nginxConfig(listen: number, ports: number[], prefix: string): Promise<string> {
  let conf = await readFile(join(ROOT, 'deploy/nginx.conf'), 'utf8');
  const replace = (pattern: RegExp, by: string) => {
    if (!pattern.test(conf)) throw new Error(`deploy/nginx.conf has no ${pattern}`);
    conf = conf.replace(pattern, by);
  };
  replace(/^(\s*)server 127\.0\.0\.1:8787 (.*)$/m, ports.map((p) => `$1server 127.0.0.1:${p} $2`).join('\n'));
  replace(/^\s*server 127\.0\.0\.1:878[89] .*\n/gm, '');
  replace(/listen 8080;/, `listen 127.0.0.1:${listen};`);
  // keepalive_requests: nginx closes a client's keep-alive connection after 1,000 requests, and
  // autocannon, which pipelines the next request at once, counts that race as an error (a browser
  // resends the request). The generator's connections carry tens of thousands each.
  replace(
    /^http \{$/m,
    `http {\n  keepalive_requests 1000000;\n  access_log off;\n  client_body_temp_path ${prefix}/client;\n  proxy_temp_path ${prefix}/proxy;\n  fastcgi_temp_path ${prefix}/fastcgi;\n  uwsgi_temp_path ${prefix}/uwsgi;\n  scgi_temp_path ${prefix}/scgi;`,
  );
  return `pid ${prefix}/nginx.pid;\nerror_log ${prefix}/error.log warn;\n${conf}`;
}

interface LoadCounts {
  requests: number;
  failed: number;
  /** Failed answers by status (connection errors and timeouts as "error"), for the report. */
  failures: string;
  byVersion: Map<string, number>;
}

/** `DURATION` seconds of load through nginx; `during` runs `after` seconds in. */
async function underLoad(port: number, after: number, during: () => Promise<void>): Promise<LoadCounts> {
  const byVersion = new Map<string, number>();
  const bad = new Map<number, number>();
  const event = new Promise<void>((resolve, reject) => setTimeout(() => during().then(resolve, reject), after * 1000));
  const result = await autocannon({
    url: `http://127.0.0.1:${port}`,
    connections: CONNECTIONS,
    duration: DURATION,
    timeout: 10,
    requests: PATHS.map((path) => ({
      method: 'GET' as const,
      path,
      onResponse: (status: number, body: string) => {
        if (status !== 200) return void bad.set(status, (bad.get(status) ?? 0) + 1);
        const version = /"indexVersion":"([^"]+)"/.exec(body)?.[1] ?? 'none';
        byVersion.set(version, (byVersion.get(version) ?? 0) + 1);
      },
    })),
  });
  await event;
  const statuses = [...bad].reduce((sum, [, n]) => sum + n, 0);
  const failures = [...bad].map(([status, n]) => `${n} × ${status}`);
  if (result.errors) failures.push(`${result.errors} × connection error`);
  if (result.timeouts) failures.push(`${result.timeouts} × no answer in 10 s`);
  return { requests: result.requests.total, failed: result.errors + result.timeouts + Math.max(result.non2xx, statuses), failures: failures.join(', ') || 'none', byVersion };
}

const withoutTook = (body: string) => body.replace(/"took_ms":[-0-9.e+]+/, '"took_ms":0');

async function main(): Promise<number> {
  const tmp = await mkdtemp(join(tmpdir(), 'verbatim-deploy-'));
  // nginx's workers run as another user when it starts as root; they must reach the temp paths.
  await chmod(tmp, 0o755);
  for (const dir of ['client', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) await mkdir(join(tmp, dir));
  const replicas: Replica[] = [];
  let nginx: ChildProcess | undefined;
  const results: { name: string; ok: boolean; detail: string }[] = [];
  try {
    // Two builds, made once (as on a build machine): the seeds, then the seeds and one more briefing.
    const homeA = join(tmp, 'build-a');
    const homeB = join(tmp, 'build-b');
    const corpusB = join(tmp, 'corpus-b');
    await cp(join(ROOT, 'corpus'), corpusB, { recursive: true });
    await writeFile(
      join(corpusB, 'rollout-briefing.md'),
      '---\ntitle: Briefing on the rollout\ndate: 2026-12-01\nsource: Test Ministry\n---\n\nJane Roe: Steel output rose in the province this year.\n',
    );
    const buildA = buildIndex(join(ROOT, 'corpus'), homeA);
    const buildB = buildIndex(corpusB, homeB);

    for (let i = 0; i < REPLICAS; i++) {
      const indexDir = join(tmp, `replica-${i}`);
      await mkdir(indexDir);
      await rollOut(homeA, buildA, indexDir);
      replicas.push(startReplica(await freePort(), indexDir));
    }
    const versionA = await waitFor('replica 0 up', async () => (await health(replicas[0]!.port)).indexVersion);
    for (const r of replicas) await waitFor(`replica on ${r.port} up`, async () => (await health(r.port)).indexVersion);

    const listen = await freePort();
    await writeFile(join(tmp, 'nginx.conf'), await nginxConfig(listen, replicas.map((r) => r.port), tmp));
    nginx = spawn(NGINX, ['-p', tmp, '-c', join(tmp, 'nginx.conf'), '-g', 'daemon off;'], { stdio: ['ignore', 'ignore', 'inherit'] });
    await waitFor('nginx up', async () => (await health(listen)).indexVersion);
    log(`nginx on ${listen} in front of replicas on ${replicas.map((r) => r.port).join(', ')}; ${DURATION} s of load at ${CONNECTIONS} connections per scenario`);

    // (a) A replica dies mid-run.
    const victim = replicas[1]!;
    const a = await underLoad(listen, DURATION / 3, () => stop(victim.child, 'SIGKILL'));
    results.push({ name: '(a) replica killed with SIGKILL', ok: a.failed === 0 && a.requests > 0, detail: `${a.requests} requests, ${a.failed} failed (${a.failures})` });
    replicas[1] = startReplica(victim.port, victim.indexDir);
    await waitFor('killed replica back', async () => (await health(victim.port)).indexVersion);

    // (b) A new build is rolled out to every replica mid-run.
    const b = await underLoad(listen, DURATION / 3, async () => {
      for (const r of replicas) await rollOut(homeB, buildB, r.indexDir);
    });
    const versions = await Promise.all(
      replicas.map((r) => waitFor(`replica on ${r.port} on the new build`, async () => ((await health(r.port)).indexVersion !== versionA ? (await health(r.port)).indexVersion : undefined), 30)),
    );
    const versionB = versions[0]!;
    const foreign = [...b.byVersion].filter(([v]) => v !== versionA && v !== versionB);
    const mix = [...b.byVersion].map(([v, n]) => `${n} from ${v === versionA ? 'old' : v === versionB ? 'new' : v}`).join(', ');
    results.push({
      name: '(b) new index rolled out',
      ok: b.failed === 0 && b.requests > 0 && foreign.length === 0 && versions.every((v) => v === versionB) && versionB !== versionA,
      detail: `${b.requests} requests, ${b.failed} failed (${b.failures}); answers: ${mix}; after: ${versions.filter((v) => v === versionB).length}/${REPLICAS} replicas on the new build`,
    });

    // (c) Same question, same answer, whichever replica.
    let differing = 0;
    for (const path of PATHS.filter((p) => p.startsWith('/api/search'))) {
      const bodies = await Promise.all(replicas.map(async (r) => withoutTook(await (await fetch(`http://127.0.0.1:${r.port}${path}`)).text())));
      if (new Set(bodies).size !== 1) differing++;
    }
    const compared = PATHS.filter((p) => p.startsWith('/api/search')).length;
    results.push({ name: '(c) replicas answer alike', ok: differing === 0, detail: `${compared} searches on ${REPLICAS} replicas, ${differing} differing` });
  } finally {
    if (nginx) await stop(nginx, 'SIGQUIT');
    await Promise.all(replicas.map((r) => stop(r.child)));
    if (process.env.DEPLOY_KEEP) console.log(`deploy: kept ${tmp}`);
    else await rm(tmp, { recursive: true, force: true });
  }
  for (const r of results) log(`${r.ok ? 'ok  ' : 'FAIL'} ${r.name}: ${r.detail}`);
  const failed = results.filter((r) => !r.ok).length;
  console.log(`deploy: ${results.length - failed} passed, ${failed} failed`);
  return failed === 0 && results.length === 3 ? 0 : 1;
}

process.exitCode = await main();
