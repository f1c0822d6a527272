// The index a running server answers from, swapped in place when a newer build appears.
// A build that fails to load never replaces the good one: the server keeps answering from
// the index it has and says why in its log and in /api/health.
import { watch } from 'node:fs';
import { currentBuild, loadIndex, type LoadedIndex } from '../indexing/load-index.ts';

export class IndexHolder {
  warning: string | undefined;
  private reloading = false;

  constructor(
    private loaded: LoadedIndex,
    private readonly indexDir: string,
  ) {}

  get current() {
    return this.loaded.index;
  }

  health() {
    return { builtAt: this.loaded.manifest.builtAt, formatVersion: this.loaded.manifest.formatVersion, ...(this.warning ? { warning: this.warning } : {}) };
  }

  /** Loads the build CURRENT points at if it is not the one being served. */
  async reload(): Promise<void> {
    if (this.reloading) return;
    this.reloading = true;
    try {
      const build = await currentBuild(this.indexDir);
      if (!build || build === this.loaded.build) return;
      try {
        this.loaded = await loadIndex(this.indexDir, build);
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
