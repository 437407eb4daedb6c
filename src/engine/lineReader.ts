import { closeSync, openSync, readSync } from 'node:fs';

/** Bytes read from the file at a time. */
const CHUNK = 64 * 1024;

/** A line longer than its caller allows. */
export class LineTooLongError extends Error {
  constructor(readonly limit: number) {
    super(`line longer than ${limit} bytes`);
    this.name = 'LineTooLongError';
  }
}

/**
 * The lines of a UTF-8 file, read a chunk at a time, so that a large file is never held
 * whole, neither as bytes nor as one string. Reads are synchronous because MiniSearch
 * loads an index from a synchronous iterable; each read is one chunk of a local file.
 */
export class LineReader {
  private readonly fd: number;
  private buffer = Buffer.allocUnsafe(CHUNK);
  /** The unread bytes are `buffer[start, end)`. */
  private start = 0;
  private end = 0;
  private atEnd = false;

  /** Opens `path`; throws as `openSync` does when it cannot. */
  constructor(path: string) {
    this.fd = openSync(path, 'r');
  }

  /**
   * The next line without its "\n", or null at the end of the file. A line longer than
   * `maxBytes` throws {@link LineTooLongError} after reading at most about that much.
   */
  next(maxBytes: number): string | null {
    let searched = this.start;
    for (;;) {
      const newline = this.buffer.subarray(0, this.end).indexOf(0x0a, searched);
      if (newline !== -1) {
        if (newline - this.start > maxBytes) throw new LineTooLongError(maxBytes);
        const line = this.buffer.toString('utf8', this.start, newline);
        this.start = newline + 1;
        return line;
      }
      if (this.end - this.start > maxBytes) throw new LineTooLongError(maxBytes);
      if (this.atEnd) {
        if (this.start === this.end) return null;
        const last = this.buffer.toString('utf8', this.start, this.end);
        this.start = this.end;
        return last;
      }
      searched = this.end - this.start;
      this.fill();
      searched = Math.min(searched, this.end);
    }
  }

  /** Whether every byte of the file has been returned. */
  done(): boolean {
    if (this.start === this.end && !this.atEnd) this.fill();
    return this.atEnd && this.start === this.end;
  }

  close(): void {
    closeSync(this.fd);
  }

  /** Moves the unread bytes to the front of the buffer (growing it when they fill it) and reads the next chunk after them. */
  private fill(): void {
    const unread = this.end - this.start;
    if (unread + CHUNK > this.buffer.length) {
      const larger = Buffer.allocUnsafe(Math.max(this.buffer.length * 2, unread + CHUNK));
      this.buffer.copy(larger, 0, this.start, this.end);
      this.buffer = larger;
    } else if (this.start > 0) {
      this.buffer.copy(this.buffer, 0, this.start, this.end);
    }
    this.start = 0;
    this.end = unread;
    const read = readSync(this.fd, this.buffer, this.end, CHUNK, null);
    if (read === 0) this.atEnd = true;
    this.end += read;
  }
}
