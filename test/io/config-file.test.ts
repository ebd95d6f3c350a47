/**
 * loadConfig refuses a config nested too deeply with the line where it gets too deep, before
 * either parser recurses into it (a few thousand levels used to end in "Maximum call stack size
 * exceeded"), and still reads real configs, block scalars and brackets inside strings.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_CONFIG_DEPTH, tooDeepAt } from '../../src/io/config-depth.js';
import { loadConfig } from '../../src/io/config-file.js';

const dir = mkdtempSync(path.join(tmpdir(), 'ig-config-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, text: string): string {
  const p = path.join(dir, name);
  writeFileSync(p, text);
  return p;
}

/** `levels` nested block mappings: line k (1-based) is at depth k. */
function blockYaml(levels: number): string {
  return Array.from({ length: levels }, (_, i) => `${'  '.repeat(i)}k${i}:`).join('\n') + ' 1\n';
}

describe('config nesting depth', () => {
  it.each([
    ['block mappings (YAML)', 'deep.yml', blockYaml(5000), MAX_CONFIG_DEPTH + 1],
    ['flow sequences (YAML)', 'flow.yml', `a: ${'['.repeat(20000)}${']'.repeat(20000)}\n`, 1],
    ['nested arrays (JSON)', 'deep.json', `{"a":\n${'['.repeat(20000)}${']'.repeat(20000)}}\n`, 2],
    ['sequence entries (YAML)', 'seq.yml', `thresholds:\n  ${'- '.repeat(5000)}x\n`, 2],
  ])('%s: refused naming the depth and the line, not a stack overflow', async (_what, name, text, line) => {
    const err = await loadConfig(file(name, text)).then(
      () => null,
      (e: unknown) => e as Error,
    );
    expect(err?.name).toBe('UsageError');
    expect(err?.message).toBe(`config ${name}: nesting deeper than ${MAX_CONFIG_DEPTH} levels at line ${line}`);
  });

  it('counts block depth exactly: 64 levels pass the scan, 65 do not', () => {
    expect(tooDeepAt(blockYaml(64))).toBeNull();
    expect(tooDeepAt(blockYaml(65))).toBe(65);
  });

  it('does not count brackets in strings or comments, nor the lines of a block scalar', () => {
    const text = [
      'thresholds:',
      '  note: "[[[[[[[[{{{{{{{{" # [[[[',
      "  other: '[[[[[[[['",
      '  text: |',
      ...Array.from({ length: 200 }, (_, i) => `${'  '.repeat(i + 2)}line ${i} [[[[`),
      'gates: []',
    ].join('\n');
    expect(tooDeepAt(text, 8)).toBeNull();
  });

  it('still loads a config of ordinary depth', async () => {
    const cfg = await loadConfig(
      file('ok.yml', 'thresholds:\n  partial_run_min_success: 0.9\ngates:\n  - "run.total_cells >= 1"\n'),
    );
    expect(cfg.thresholds.partial_run_min_success).toBe(0.9);
  });
});
