// The saved index's manifest: what was built, from what, and checksums of its files.
// Checked at load; a mismatch is an error that says how to rebuild.
import { z } from 'zod';

export const manifestSchema = z.object({
  formatVersion: z.number().int(),
  builtAt: z.string(),
  corpusHash: z.string(),
  documents: z.number().int().nonnegative(),
  passages: z.number().int().nonnegative(),
  speakers: z.number().int().nonnegative(),
  /** sha256 of each data file in the build folder. */
  files: z.record(z.string(), z.string()),
});

export type Manifest = z.infer<typeof manifestSchema>;

/**
 * A build's version: its build time and the first 12 hex digits of its corpus hash. It travels
 * with the manifest, so a build folder copied to another replica keeps its version.
 */
export function indexVersion(manifest: Pick<Manifest, 'builtAt' | 'corpusHash'>): string {
  return `${manifest.builtAt.replace(/[-:.Z]/g, '').replace('T', '-')}-${manifest.corpusHash.slice(0, 12)}`;
}

/** The build time an `indexVersion` starts with, as an ISO time; the epoch for an unsaved index. */
export function versionBuiltAt(version: string): string {
  const m = /^(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})(\d{3})-/.exec(version);
  return m ? `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.${m[7]}Z` : new Date(0).toISOString();
}
