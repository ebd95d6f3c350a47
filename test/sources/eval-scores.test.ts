import { describe, expect, it } from 'vitest';
import { parseJsonLenient as parsePythonJson } from '../../src/sources/lib/head.js';
import {
  isLmEvalResults,
  lmEvalIdentity,
  lmEvalLayout,
  scoreName,
  scoreResults,
} from '../../src/sources/eval-scores.js';

describe('lm-eval scores', () => {
  it('0.3 layout: bare metric keys, first listed metric is primary, perplexity is lower-is-better', () => {
    const data = {
      results: { lambada_openai: { ppl: 28.67, ppl_stderr: 1.08, acc: 0.354, acc_stderr: 0.0067 } },
      versions: { lambada_openai: 0 },
      config: { model: 'hf-causal-experimental', model_args: 'pretrained=bigscience/bloom-560m,use_accelerate=True' },
    };
    expect(isLmEvalResults(data)).toBe(true);
    expect(lmEvalLayout(data).layout).toBe('0.3');
    const { metrics, scores } = scoreResults(data, 'f.json');
    expect(metrics).toMatchObject({
      eval_lambada_openai_score: 28.67,
      eval_lambada_openai_score_se: 1.08,
      eval_lambada_openai_score_direction: 'lower_is_better',
      eval_lambada_openai_acc: 0.354,
      eval_lambada_openai_ppl_stderr: 1.08,
    });
    expect(scores[0]).toMatchObject({ score_name: 'ppl', score_key: 'ppl', higher_is_better: false });
    expect(lmEvalIdentity(data)).toMatchObject({ model: 'bigscience/bloom-560m', framework: 'hf-causal-experimental' });
  });

  it('BLEU and MAE are named after their metric, not em_strict; higher_is_better from the file', () => {
    const data = {
      results: {
        wmt: { alias: 'wmt', 'bleu,none': 31.5, 'bleu_stderr,none': 1.2, 'ter,none': 55 },
        reg: { alias: 'reg', 'mae,none': 0.4 },
      },
      configs: {
        wmt: { metric_list: [{ metric: 'bleu' }, { metric: 'ter' }] },
        reg: { metric_list: [{ metric: 'mae' }] },
      },
      higher_is_better: { wmt: { bleu: true, ter: false }, reg: { mae: false } },
      'n-samples': { wmt: { original: 100, effective: 100 } },
      config: { model: 'vllm', model_args: 'pretrained=org/m,dtype=bfloat16', limit: null },
    };
    const { metrics, scores } = scoreResults(data, 'f.json');
    expect(scores.map((s) => [s.task, s.score_name, s.score, s.higher_is_better])).toEqual([
      ['reg', 'mae', 0.4, false],
      ['wmt', 'bleu', 31.5, true],
    ]);
    expect(metrics.eval_reg_score_direction).toBe('lower_is_better');
    expect(metrics.eval_wmt_score_direction).toBeUndefined();
    expect(lmEvalIdentity(data)).toMatchObject({ model: 'org/m', framework: 'vllm', precision: 'bf16' });
  });

  it('exact_match: strict filter first (em_strict), else flexible; a NaN value is missing', () => {
    const data = parsePythonJson(
      '{"results": {"gsm8k": {"alias": "gsm8k", "exact_match,strict-match": NaN, "exact_match,flexible-extract": 0.75, "exact_match_stderr,flexible-extract": Infinity}}, "configs": {"gsm8k": {"metric_list": [{"metric": "exact_match"}]}}, "lm_eval_version": "0.4.9"}',
    ) as Record<string, unknown>;
    const { metrics, scores } = scoreResults(data, 'f.json');
    expect(scores[0]).toMatchObject({ score_name: 'em_flexible', score: 0.75, score_se: null });
    expect(metrics.eval_gsm8k_exact_match_strict).toBeUndefined();
    expect(scoreName('exact_match', 'strict-match')).toBe('em_strict');
    expect(scoreName('acc', 'none')).toBe('accuracy');
    expect(scoreName('acc_norm', 'none')).toBe('acc_norm');
  });

  it('0.4.0–0.4.2 groups are scored like tasks', () => {
    const data = {
      results: { mmlu_a: { alias: ' - a', 'acc,none': 0.5 } },
      groups: { mmlu: { alias: 'mmlu', 'acc,none': 0.6, 'acc_stderr,none': 'N/A' } },
      configs: {},
      versions: {},
    };
    const { metrics } = scoreResults(data, 'f.json');
    expect(metrics.eval_mmlu_score).toBe(0.6);
    expect(metrics.eval_mmlu_score_se).toBeUndefined();
    expect(metrics.eval_mmlu_a_score).toBe(0.5);
  });

  it('a results object without lm-eval companions is not lm-eval', () => {
    expect(isLmEvalResults({ results: { x: 1 } })).toBe(false);
    expect(isLmEvalResults({ results: { x: {} } })).toBe(false);
  });
});
