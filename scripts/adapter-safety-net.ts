/**
 * `npx tsx scripts/adapter-safety-net.ts snapshot <out-dir>`: runs analyze (in process, the same
 * `analyzeResultsDir` the CLI's `analyze` calls) over every folder under test/fixtures/ and
 * examples/ and saves each report.json as `<out-dir>/<hash of the folder path>.json` (index.tsv names the folder); folders where
 * nothing was found are saved too (their report says so), folders whose analyze throws save the
 * error text. `npx tsx scripts/adapter-safety-net.ts diff <before> <after>` compares two
 * snapshots, ignoring `generated_at` and `inferguard_version`, and exits 1 when a report differs.
 *
 * The net behind a refactor of the source adapters (issue 23, item 3): moving an adapter onto the
 * shared fragment builder must leave every report byte-identical, unless the difference is a bug
 * fix the commit names. Run it from a tree whose code is the one under test (it imports
 * ../src/pipeline.js relative to itself).
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { createHash } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const FIXTURE_ROOTS = ['test/fixtures', 'examples'];

/** Every folder under the fixture roots (the roots included), sorted. */
function folders(): string[] {
  const out: string[] = [];
  const walk = (rel: string): void => {
    out.push(rel);
    for (const name of readdirSync(path.join(ROOT, rel)).sort()) {
      const child = `${rel}/${name}`;
      if (statSync(path.join(ROOT, child)).isDirectory()) walk(child);
    }
  };
  for (const r of FIXTURE_ROOTS) if (existsSync(path.join(ROOT, r))) walk(r);
  return out;
}

async function snapshot(outDir: string): Promise<void> {
  const { analyzeResultsDir } = await import('../src/pipeline.js');
  mkdirSync(outDir, { recursive: true });
  const scratch = path.join(os.tmpdir(), `safety-net-${process.pid}`);
  const index: string[] = [];
  for (const rel of folders()) {
    // Folder paths run past a file name's 255 bytes: the name is a hash, index.tsv maps it back.
    const name = `${createHash('sha256').update(rel).digest('hex').slice(0, 16)}.json`;
    index.push(`${name}\t${rel}`);
    const out = path.join(scratch, name);
    let text: string;
    try {
      await analyzeResultsDir({
        resultsDir: path.join(ROOT, rel),
        outputDir: out,
        format: 'json',
        now: new Date('2026-01-01T00:00:00Z'),
        cwd: ROOT,
      });
      text = readFileSync(path.join(out, 'report.json'), 'utf8');
    } catch (e) {
      // The message names the folder by its absolute path: the tree's root is left out.
      text = `ERROR ${(e instanceof Error ? e.message : String(e)).split(ROOT).join('<root>')}\n`;
    }
    writeFileSync(path.join(outDir, name), text);
  }
  writeFileSync(path.join(outDir, 'index.tsv'), `${index.join('\n')}\n`);
  rmSync(scratch, { recursive: true, force: true });
  process.stdout.write(`${index.length} folders analyzed into ${outDir}\n`);
}

/** The report without `generated_at` and `analyzer.inferguard_version` (a cell's own fields stay). */
function stripVolatile(report: Record<string, unknown>): Record<string, unknown> {
  const { generated_at: _at, ...rest } = report;
  const analyzer = rest.analyzer;
  if (analyzer !== null && typeof analyzer === 'object') {
    const { inferguard_version: _v, ...a } = analyzer as Record<string, unknown>;
    rest.analyzer = a;
  }
  return rest;
}

function normal(text: string): string {
  if (text.startsWith('ERROR ')) return text;
  return JSON.stringify(stripVolatile(JSON.parse(text) as Record<string, unknown>), null, 2);
}

function diff(before: string, after: string): number {
  const folderOf = new Map<string, string>();
  for (const dir of [before, after]) {
    const idx = path.join(dir, 'index.tsv');
    if (!existsSync(idx)) continue;
    for (const line of readFileSync(idx, 'utf8').split('\n')) {
      const [n, rel] = line.split('\t');
      if (n && rel) folderOf.set(n, rel);
    }
  }
  const names = new Set([...readdirSync(before), ...readdirSync(after)]);
  let differ = 0;
  names.delete('index.tsv');
  for (const name of [...names].sort()) {
    const label = `${name} (${folderOf.get(name) ?? '?'})`;
    const a = path.join(before, name);
    const b = path.join(after, name);
    if (!existsSync(a) || !existsSync(b)) {
      process.stdout.write(`only in ${existsSync(a) ? before : after}: ${label}\n`);
      differ++;
      continue;
    }
    if (normal(readFileSync(a, 'utf8')) !== normal(readFileSync(b, 'utf8'))) {
      process.stdout.write(`differs: ${label}\n`);
      differ++;
    }
  }
  process.stdout.write(`${names.size} reports compared, ${differ} differ\n`);
  return differ === 0 ? 0 : 1;
}

const [cmd, x, y] = process.argv.slice(2);
if (cmd === 'snapshot' && x) await snapshot(path.resolve(x));
else if (cmd === 'diff' && x && y) process.exitCode = diff(path.resolve(x), path.resolve(y));
else {
  process.stderr.write('usage: adapter-safety-net.ts snapshot <out-dir> | diff <before-dir> <after-dir>\n');
  process.exitCode = 2;
}
