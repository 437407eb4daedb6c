/**
 * Loaded with `--import` into a process the benchmark times: at exit it writes the
 * process's peak resident memory to standard error, on a line of its own that the
 * benchmark reads (`peak-rss-kb N`).
 */
import { writeSync } from 'node:fs';

process.on('exit', () => writeSync(2, `\npeak-rss-kb ${process.resourceUsage().maxRSS}\n`));
