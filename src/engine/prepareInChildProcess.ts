import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** What the child did: the figures of the corpus, and whether it wrote the file (false: it was already current). */
export interface PreparedIndex {
  documents: number;
  written: boolean;
  quotes: number;
  sentences: number;
}

/** The end of the child's error output kept for the rejection: its last message, not a flood. */
const MAX_ERROR_CHARS = 2000;

/**
 * Brings the prebuilt index up to date in a child process: finding quotes and indexing a
 * large corpus takes seconds of CPU, and on the main thread that would stall the gateway
 * connection and leave interactions unanswered. The main thread then only reads the file.
 * A process rather than a worker thread, because memory a thread has used stays with the
 * process after the thread ends (the C library keeps a heap per thread: about 16 MB on
 * 1,000 articles), while a process that exits gives all of it back.
 * Rejects when the process fails (for example, an index location that cannot be
 * written), with the last line it wrote to standard error.
 */
export function prepareInChildProcess(dir: string, indexFile: string): Promise<PreparedIndex> {
  // The child needs no secret: only the folder and the file it is given.
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'DISCORD_TOKEN'));
  return new Promise((resolve, reject) => {
    // The bot's own Node flags, but not a debugger's port, which only one process can hold.
    const execArgv = process.execArgv.filter((arg) => !arg.startsWith('--inspect'));
    const child = fork(fileURLToPath(new URL('./prepareProcess.js', import.meta.url)), [dir, indexFile], {
      env,
      execArgv,
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    // A bot that exits while the index is being built does not leave the build running.
    const stopChild = (): void => void child.kill();
    process.once('exit', stopChild);
    let prepared: PreparedIndex | undefined;
    let errors = '';
    child.stderr!.on('data', (chunk: Buffer) => (errors = (errors + chunk.toString()).slice(-MAX_ERROR_CHARS)));
    child.once('message', (message) => (prepared = message as PreparedIndex));
    child.once('error', reject);
    child.once('close', (code) => {
      process.off('exit', stopChild);
      if (code === 0 && prepared !== undefined) resolve(prepared);
      else
        reject(
          new Error(
            `the index process exited with code ${code}${errors.trim() ? `: ${errors.trim().split('\n').at(-1)}` : ''}`,
          ),
        );
    });
  });
}
