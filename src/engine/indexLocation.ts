import { createHash } from 'node:crypto';
import { readdir, realpath, rm, stat, utimes } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

/** Folder of the prebuilt index files, under the working directory as `corpus/` is. */
const INDEX_DIR = '.verbatim';

/** Index files kept in {@link INDEX_DIR}: the most recently used; older ones are deleted. */
const KEPT_INDEX_FILES = 8;

/** Files of {@link INDEX_DIR} that this module names, and so may delete. */
const INDEX_NAME = /^[\w.-]+-[0-9a-f]{12}\.index$/u;

/**
 * The prebuilt index of a corpus folder: one file per folder, named after the folder
 * and keyed by its real path, so that `--corpus` folders of the same name, or one
 * folder reached through two paths, never share or swap files.
 */
export async function defaultIndexFile(corpusDir: string, indexDir = INDEX_DIR): Promise<string> {
  // A folder that cannot be resolved is reported by whoever reads it; its name still keys a file.
  const real = await realpath(corpusDir).catch(() => resolve(corpusDir));
  const key = createHash('sha256').update(real).digest('hex').slice(0, 12);
  const name = basename(real).replace(/[^\w.-]+/gu, '_') || 'corpus';
  return resolve(indexDir, `${name}-${key}.index`);
}

/**
 * Marks `indexFile` as just used and deletes all but the {@link KEPT_INDEX_FILES} most
 * recently used index files beside it, so that asking about many folders over time does
 * not fill the disk. Best effort: a file that cannot be touched or removed is left.
 */
export async function keepRecentIndexFiles(indexFile: string, kept = KEPT_INDEX_FILES): Promise<void> {
  const now = new Date();
  await utimes(indexFile, now, now).catch(() => {});
  const dir = dirname(indexFile);
  const names = await readdir(dir).catch(() => []);
  const files = await Promise.all(
    names
      .filter((name) => INDEX_NAME.test(name))
      .map(async (name) => ({ path: join(dir, name), used: (await stat(join(dir, name)).catch(() => null))?.mtimeMs })),
  );
  const byUse = files.flatMap((f) => (f.used === undefined ? [] : [{ path: f.path, used: f.used }]));
  byUse.sort((a, b) => b.used - a.used);
  await Promise.all(byUse.slice(kept).map((f) => rm(f.path, { force: true }).catch(() => {})));
}
