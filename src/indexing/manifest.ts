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
