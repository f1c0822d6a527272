// The index a running server answers from, swapped in place when a newer build appears.
// A build that fails to load never replaces the good one: the server keeps answering from
// the index it has and says why in its log and in /api/health.
import { watch } from 'node:fs';
import { resolve } from 'node:path';
import { currentBuild, loadIndex, type LoadedIndex } from '../indexing/load-index.ts';

/** Work tied to one loaded build: readied before it is served, released once it is not. */
export interface BuildHooks {
  prepare?(loaded: LoadedIndex): Promise<void>;
  retire?(loaded: LoadedIndex): void;
}

export class IndexHolder {
  warning: string | undefined;
  private reloading = false;

  constructor(
    private loaded: LoadedIndex,
    private readonly indexDir: string,
    private readonly hooks: BuildHooks = {},
  ) {}

  get current() {
    return this.loaded.index;
  }

  /** For /api/health: the warning without the server's paths (the log has them in full). */
  health() {
    return { builtAt: this.loaded.manifest.builtAt, formatVersion: this.loaded.manifest.formatVersion, ...(this.warning ? { warning: withoutPaths(this.warning, this.indexDir) } : {}) };
  }

  /** Loads the build CURRENT points at if it is not the one being served. */
  async reload(): Promise<void> {
    if (this.reloading) return;
    this.reloading = true;
    try {
      const build = await currentBuild(this.indexDir);
      if (!build || build === this.loaded.build) return;
      try {
        const next = await loadIndex(this.indexDir, build);
        await this.hooks.prepare?.(next);
        const previous = this.loaded;
        this.loaded = next;
        this.hooks.retire?.(previous);
        this.warning = undefined;
        console.log(`verbatim: now serving ${build} (${this.loaded.manifest.passages} passages)`);
      } catch (err) {
        this.warning = `newer index ${build} was not loaded: ${(err as Error).message}`;
        console.error(`verbatim: ${this.warning}; still serving ${this.loaded.build}`);
      }
    } finally {
      this.reloading = false;
    }
  }

  /** Watches the index folder for a new CURRENT (a build by `npm run index` beside the server). */
  watch(): () => void {
    let timer: NodeJS.Timeout | undefined;
    const watcher = watch(this.indexDir, (_event, file) => {
      if (file !== 'CURRENT') return;
      clearTimeout(timer);
      timer = setTimeout(() => void this.reload(), 100);
    });
    return () => {
      clearTimeout(timer);
      watcher.close();
    };
  }
}

/**
 * `message` with the index folder, when named by its absolute path, as `<index>`, and any other
 * absolute path as `<path>`: a public
 * response says what is wrong without telling the world how the server's disk is laid out.
 */
export function withoutPaths(message: string, indexDir: string): string {
  return message
    .split(resolve(indexDir))
    .join('<index>')
    .replace(/(^|[\s'"(=])\/[^\s'"),;]*/g, '$1<path>');
}
