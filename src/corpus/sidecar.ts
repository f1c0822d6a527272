// `<file>.meta.json` beside a corpus file: sets or overrides its title, date, source, URL
// and speaker aliases. Validated here, where it enters.
import { z } from 'zod';
import { parseDateValue } from '../parse/dates.ts';

export const sidecarSchema = z
  .object({
    title: z.string().trim().min(1).optional(),
    date: z
      .string()
      .refine((d) => parseDateValue(d) !== null, { message: 'must be a date YYYY-MM-DD' })
      .transform((d) => parseDateValue(d)!)
      .optional(),
    source: z.string().trim().min(1).optional(),
    url: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
    aliases: z.record(z.string().min(1), z.string().trim().min(1)).optional(),
  })
  .strict();

export type Sidecar = z.infer<typeof sidecarSchema>;

/** Parses a sidecar's text; throws an Error whose message says what is wrong. */
export function parseSidecar(text: string): Sidecar {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new Error('not valid JSON');
  }
  const result = sidecarSchema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const field = issue.path.join('.');
    throw new Error(field ? `${field} ${issue.message}` : issue.message);
  }
  return result.data;
}
