/**
 * `inferguard compare` and `inferguard comment` (compare + comment issue).
 */
import { UsageError } from './core/types.js';

export async function cmdCompare(_argv: string[]): Promise<number> {
  throw new UsageError('compare is not available in this build yet');
}

export async function cmdComment(_argv: string[]): Promise<number> {
  throw new UsageError('comment is not available in this build yet');
}
