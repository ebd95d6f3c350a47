/**
 * lighteval results (src/sources/lighteval.ts). Expected values are read by hand from the real
 * files in test/fixtures/real/lighteval/evaluate-idk-openrouter/ and from the small objects below
 * (the layouts of lighteval's EvaluationTracker: `<task>|<n>` keys of 0.9+, `<suite>|<task>|<n>`
 * of earlier versions).
 */
import { describe, expect, it } from 'vitest';
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
