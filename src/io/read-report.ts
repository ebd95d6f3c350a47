/**
 * Reading a JSON document the user named on the command line (a report.json, a compare.json):
 * read, parsed and validated; any problem is one NoReportError naming the flag and the file.
 */
import { readFileSync } from 'node:fs';
import type { ContractName } from '../schemas/validate.js';
import { validateContract } from '../schemas/validate.js';
import { NoReportError } from './config-file.js';
import { shownPath } from './outputs.js';
import { loadUntrustedReport } from './untrusted-report.js';

export async function readContractFile<T>(file: string, contract: ContractName, flag: string): Promise<T> {
  // A report may come from anywhere (a fork, another run): the untrusted-report checks (size,
  // depth, finite numbers, cell cap, contract, open blocks), refused in one line.
  if (contract === 'inferguard-analyze/v1') {
    const load = loadUntrustedReport(file, `${flag} ${shownPath(file)}:`);
    if (!load.ok) throw new NoReportError(load.reason.replace(/: report\.json/, ''));
    return load.report as T;
  }
  let text: string;
  try {
    // One synchronous read, decoded at once: the promise API reads 512 KB at a time through the
    // thread pool and a stream decoder (~60 ms of a 24 MB compare.json); same text, same errors.
    text = readFileSync(file).toString('utf8');
  } catch (e) {
    throw new NoReportError(
      `${flag} ${shownPath(file)} cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})`,
    );
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    // Never the engine's message: it quotes the file's first characters.
    throw new NoReportError(`${flag} ${shownPath(file)} is not JSON`);
  }
  const r = validateContract(contract, value);
  if (!r.ok)
    throw new NoReportError(
      `${flag} ${shownPath(file)} is not a valid ${contract} document: ${r.errors.slice(0, 2).join('; ')}`,
    );
  return value as T;
}
