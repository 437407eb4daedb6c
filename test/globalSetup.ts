import { execFileSync } from 'node:child_process';
import { utimesSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { BUILD_STAMP } from '../src/runtime/staleBuild.js';

/**
 * End-to-end tests run the real `npm start` entry point (dist/src/main.js), so the build
 * must match the sources under test. The build is incremental: quick when nothing changed.
 */
export default function setup(): void {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
  // As `npm run build` does, so that the compiled entry points see dist/ as current.
  const now = new Date();
  utimesSync(join(root, BUILD_STAMP), now, now);
}
