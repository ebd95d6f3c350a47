/**
 * Opening input files without ever blocking: `O_NONBLOCK`, then `fstat` on the descriptor, so a
 * FIFO, socket or device put where a data file should be is refused at once (a FIFO opened for
 * reading without O_NONBLOCK waits for a writer forever). Regular files read as usual: the flag
 * has no effect on them.
 */
import { closeSync, constants, fstatSync, openSync, type Stats } from 'node:fs';

/** What a non-regular entry is, in words for a finding ("a FIFO", "a directory", ...). */
export function entryKind(
  st: Pick<Stats, 'isFIFO' | 'isSocket' | 'isCharacterDevice' | 'isBlockDevice' | 'isDirectory' | 'isSymbolicLink'>,
): string {
  if (st.isDirectory()) return 'a directory';
  if (st.isFIFO()) return 'a FIFO (named pipe)';
  if (st.isSocket()) return 'a socket';
  if (st.isCharacterDevice()) return 'a character device';
  if (st.isBlockDevice()) return 'a block device';
  if (st.isSymbolicLink()) return 'a symbolic link';
  return 'not a regular file';
}

/** Thrown when the path is not a regular file; `code` is ENOTREG (or EISDIR for a directory). */
export class NotRegularFileError extends Error {
  readonly code: string;
  constructor(readonly kind: string) {
    super(`is ${kind}, not a regular file`);
    this.code = kind === 'a directory' ? 'EISDIR' : 'ENOTREG';
  }
}

const FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/**
 * Opens `file` for reading without blocking and checks it is a regular file. Returns the
 * descriptor and its stats; the caller closes it. Throws the fs error, or NotRegularFileError.
 */
export function openRegularSync(file: string): { fd: number; stats: Stats } {
  const fd = openSync(file, FLAGS);
  let st: Stats;
  try {
    st = fstatSync(fd);
  } catch (e) {
    closeSync(fd);
    throw e;
  }
  if (!st.isFile()) {
    closeSync(fd);
    throw new NotRegularFileError(entryKind(st));
  }
  return { fd, stats: st };
}
