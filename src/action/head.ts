/** The head report of each mode: one HeadSource per mode (src/action/head-*.ts). */
import type { Mode } from '../inputs.js';
import { analyzeHead } from './head-analyze.js';
import { commentHead } from './head-comment.js';
import type { HeadSource } from './head-context.js';
import { mergeHead } from './head-merge.js';
import { recheckHead } from './head-recheck.js';

export const HEAD_SOURCES: Readonly<Record<Mode, HeadSource>> = {
  analyze: analyzeHead,
  merge: mergeHead,
  comment: commentHead,
  recheck: recheckHead,
};
