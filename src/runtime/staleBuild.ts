import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root, seen from this file's compiled place (dist/src/runtime/). */
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** Folders compiled into dist/ that a user edits. */
const SOURCE_FOLDERS = ['src', 'commands', 'scripts'];

/** Touched by `npm run build` once it has compiled, even when nothing needed compiling. */
export const BUILD_STAMP = join('dist', '.tsbuildinfo');

/**
 * The first source file changed since the last build and newer than its compiled
 * JavaScript (or never compiled), or null when dist/ is up to date or there are no
 * sources beside it (an installed image ships dist/ alone). About one `stat` per source
 * file: a millisecond or two.
 */
export function staleSource(root = ROOT): string | null {
  const built = statSync(join(root, BUILD_STAMP), { throwIfNoEntry: false })?.mtimeMs ?? 0;
  for (const folder of SOURCE_FOLDERS) {
    if (!existsSync(join(root, folder))) continue;
    for (const name of readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })) {
      if (!name.endsWith('.ts') || name.endsWith('.d.ts')) continue;
      const source = join(folder, name);
      const changed = statSync(join(root, source)).mtimeMs;
      if (changed <= built) continue;
      // A watching compiler (`npm run dev`) rewrites the file it compiled but not the stamp.
      const compiled = statSync(join(root, 'dist', source.replace(/\.ts$/u, '.js')), { throwIfNoEntry: false });
      if (!compiled || changed > compiled.mtimeMs) return source;
    }
  }
  return null;
}

/**
 * Says in one line on standard error when the compiled code is older than the sources:
 * the scripts run dist/ as it is and never compile first.
 */
export function warnIfBuildIsStale(): void {
  const source = staleSource();
  if (source !== null)
    process.stderr.write(`note: dist/ is older than ${source}; run \`npm run build\` to compile it\n`);
}
