import { warnIfBuildIsStale } from '../runtime/staleBuild.js';
import { EXIT, runCli } from './runCli.js';

warnIfBuildIsStale();

/** `npm run cli -- <command> …`: see `USAGE` in runCli.ts. */
runCli(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = EXIT.usage;
  },
);
