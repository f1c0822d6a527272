// npm run search -- "<query>" --index <dir> [--json] [--limit <n>] [--speaker <name>] [--from <date>] [--to <date>]
import { IndexLoadError, loadIndex } from '../indexing/load-index.ts';
import { searchParamsSchema } from '../search/params.ts';
import { QueryError } from '../search/query-error.ts';
import { search } from '../search/search.ts';
import { fail, readArgs } from './args.ts';

const usage = 'npm run search -- "<query>" [--index <dir>] [--json] [--limit <n>] [--speaker <name>] [--kind <kind>] [--from <date>] [--to <date>]';
const { values, positionals } = readArgs(
  {
    index: { type: 'string', default: 'index' },
    json: { type: 'boolean', default: false },
    limit: { type: 'string', default: '10' },
    speaker: { type: 'string', multiple: true },
    kind: { type: 'string', multiple: true },
    from: { type: 'string' },
    to: { type: 'string' },
  },
  usage,
  true,
);
if (positionals.length > 1) fail(`give the query as one argument (quote it), got ${positionals.length}\nusage: ${usage}`);

const parsed = searchParamsSchema.safeParse({ q: positionals[0] ?? '', limit: values.limit, speaker: values.speaker, kind: values.kind, from: values.from, to: values.to });
if (!parsed.success) fail(parsed.error.issues[0]!.message);

try {
  const { index } = await loadIndex(values.index);
  const result = search(index, parsed.data);
  if (values.json) {
    process.stdout.write(JSON.stringify(result, null, 2) + '\n');
  } else {
    const lines = [`${result.total} passage${result.total === 1 ? '' : 's'}${result.relaxed ? ' (no passage has all the words; showing those with some of them, best first)' : ''} for "${result.query}"`];
    for (const hit of result.hits) {
      const who = hit.speaker ? `${hit.speaker.name}${hit.role ? `, ${hit.role}` : ''}` : '(narration)';
      const text = hit.text.length > 240 ? `${hit.text.slice(0, 240)}…` : hit.text;
      lines.push('', `${who} — ${hit.kind} — ${hit.date ?? 'undated'} — ${hit.document.displayTitle}`, `  ${text}`, `  ${hit.permalink}`);
    }
    process.stdout.write(lines.join('\n') + '\n');
  }
} catch (err) {
  if (err instanceof IndexLoadError || err instanceof QueryError) fail(err.message);
  throw err;
}
