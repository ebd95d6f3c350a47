/**
 * lighteval results (src/sources/lighteval.ts). Expected values are read by hand from the real
 * files in test/fixtures/real/lighteval/evaluate-idk-openrouter/ and from the small objects below
 * (the layouts of lighteval's EvaluationTracker: `<task>|<n>` keys of 0.9+, `<suite>|<task>|<n>`
 * of earlier versions).
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeResultsDir } from '../../src/pipeline.js';
import {
  isLightevalResults,
  lightevalIdentity,
  lightevalTask,
  scoreLighteval,
  sniffLighteval,
} from '../../src/sources/lighteval.js';
import { sniffEval } from '../../src/sources/eval.js';
import { describeHead } from '../../src/sources/lib/head.js';
import type { FileEntry } from '../../src/sources/types.js';

const entry = (name: string): FileEntry => ({ path: name, name, dir: '', size: 100, mtimeMs: 0 });

describe('lighteval', () => {
  it('task keys: the last non-numeric part, few-shot after it', () => {
    expect(lightevalTask('community|lexam-en-idk|0')).toEqual({ name: 'lexam-en-idk', fewshot: 0 });
    expect(lightevalTask('gsm8k|5')).toEqual({ name: 'gsm8k', fewshot: 5 });
    expect(lightevalTask('leaderboard|mmlu:abstract_algebra|5|0')).toEqual({
      name: 'mmlu:abstract_algebra',
      fewshot: 5,
    });
    expect(lightevalTask('all')).toEqual({ name: 'all', fewshot: null });
  });

  it('scores every task (not `all`), primary = first configured metric, direction from the task config', () => {
    const data = {
      config_general: { model_name: 'org/m', max_samples: 100, model_config: { dtype: 'bfloat16' } },
      results: {
        'lighteval|gsm8k|5': { extractive_match: 0.61, extractive_match_stderr: 0.013 },
        'lighteval|gsm8k|0': { extractive_match: 0.42 },
        'mmlu:_average|5': { acc: 0.5 },
        'helm|wikitext|0': { word_perplexity: 12.5, bits_per_byte: 0.7, bits_per_byte_stderr: Number.NaN },
        all: { extractive_match: 0.515, acc: 0.5 },
      },
      config_tasks: {
        'helm|wikitext|0': {
          metrics: [{ metric_name: 'word_perplexity', higher_is_better: false }],
          effective_num_docs: 62,
          original_num_docs: 62,
        },
        'lighteval|gsm8k|5': { metrics: ['extractive_match'], effective_num_docs: -1 },
      },
    };
    expect(isLightevalResults(data)).toBe(true);
    const { metrics, scores } = scoreLighteval(data, 'r.json');
    expect(metrics.eval_gsm8k_5shot_score).toBe(0.61);
    expect(metrics.eval_gsm8k_5shot_score_se).toBe(0.013);
    expect(metrics.eval_gsm8k_0shot_score).toBe(0.42);
    expect(metrics.eval_mmlu_average_score).toBe(0.5);
    expect(metrics.eval_wikitext_score).toBe(12.5);
    expect(metrics.eval_wikitext_score_direction).toBe('lower_is_better');
    expect(metrics.eval_wikitext_bits_per_byte).toBe(0.7);
    expect(metrics.eval_wikitext_bits_per_byte_stderr).toBeUndefined();
    expect(Object.keys(metrics).some((k) => k.startsWith('eval_all_'))).toBe(false);
    expect(scores.map((s) => s.task)).toEqual([
      'helm|wikitext|0',
      'lighteval|gsm8k|0',
      'lighteval|gsm8k|5',
      'mmlu:_average|5',
    ]);
    const wiki = scores[0];
    expect(wiki).toMatchObject({
      score: 12.5,
      score_name: 'word_perplexity',
      higher_is_better: false,
      n_effective: 62,
      limit: 100,
    });
    expect(scores[2]?.n_effective).toBeNull();
    expect(lightevalIdentity(data)).toMatchObject({ model: 'org/m', precision: 'bf16', framework: null });
  });

  it('model from model_config when config_general has none', () => {
    expect(lightevalIdentity({ config_general: { model_config: { model_name: 'x/y' } } }).model).toBe('x/y');
  });

  it('recognition: lighteval claims config_general + results; lm-eval does not claim it', () => {
    const text = '{"config_general": {"model_name": "m"}, "results": {"gsm8k|0": {"acc": 1}}, "versions": {}}';
    const head = () => describeHead(Buffer.from(text), false);
    expect(sniffLighteval(entry('results_2025.json'), head)?.kind).toBe('lighteval_results');
    expect(sniffEval(entry('results_2025.json'), head)).toBeNull();
    const lm = () => describeHead(Buffer.from('{"results": {"gsm8k": {"acc": 1}}, "versions": {}}'), false);
    expect(sniffLighteval(entry('results.json'), lm)).toBeNull();
  });
});

describe('lighteval inside an InferenceX eval set (meta_env.json beside it)', () => {
  const tmp = mkdtempSync(path.join(tmpdir(), 'ig-lighteval-set-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));
  const REAL = path.resolve(import.meta.dirname, '../fixtures/real/lighteval/evaluate-idk-openrouter/openai/gpt-5');
  const META = path.resolve(
    import.meta.dirname,
    '../fixtures/shared/eval/eval_dsr1_8k1k_dsr1_8k1k_fp8_sglang_tp8-pp1-dcp1-pcp1-ep1-dpafalse_disagg-false_spec-none_conc64_h200-nb_1/meta_env.json',
  );

  it('is read by the lighteval adapter: model from config_general, `all` not a task, the set identity filled from meta_env', async () => {
    const set = path.join(tmp, 'results', 'eval_set');
    mkdirSync(set, { recursive: true });
    cpSync(REAL, set, { recursive: true });
    cpSync(META, path.join(set, 'meta_env.json'));
    const { report } = await analyzeResultsDir({
      resultsDir: path.join(tmp, 'results'),
      outputDir: path.join(tmp, 'out'),
      now: new Date('2026-01-01T00:00:00Z'),
      cwd: tmp,
    });
    expect(report.cells).toHaveLength(1);
    const c = report.cells[0]!;
    expect(c.source_variant).toBe('lighteval');
    // lighteval's own model, not meta_env's deepseek-ai/DeepSeek-R1-0528
    expect(c.model).toBe('openrouter/openai/gpt-5');
    // what lighteval does not say comes from meta_env.json (conc 64, sglang, h200, tp 8)
    expect(c.concurrency).toBe(64);
    expect(c.framework).toBe('sglang');
    expect(c.hardware).toBe('h200');
    expect(c.topology.tp).toBe(8);
    expect(c.metrics.eval_gpqa_diamond_idk_score).toBeCloseTo(0.8282828282828283, 12);
    expect(Object.keys(c.metrics).some((k) => k.startsWith('eval_all'))).toBe(false);
    expect(c.findings.map((f) => f.code)).toEqual([]);
  });
});
