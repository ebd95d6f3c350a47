/**
 * Static sweep B of the shared fixtures (inferencex-static, vllm, H200, tp8, 8192/1024), values
 * copied from the five `agg_<RF>.json` files (tput_per_gpu, p99_ttft, p99_tpot, mean_tpot), and
 * sweep A (sglang) the same way. Used by several rule tests.
 */
import type { Metrics } from '../../../src/core/types.js';

export const SWEEP_B: { conc: number; metrics: Metrics }[] = [
  {
    conc: 4,
    metrics: {
      tput_per_gpu: 176.00416044470944,
      p99_ttft: 1.0762099148632993,
      p99_tpot: 0.02617172466573153,
      mean_tpot: 0.023239771222286994,
    },
  },
  {
    conc: 8,
    metrics: {
      tput_per_gpu: 305.23629120864763,
      p99_ttft: 1.1653001902916218,
      p99_tpot: 0.03264648397605189,
      mean_tpot: 0.02838995746913083,
    },
  },
  {
    conc: 16,
    metrics: {
      tput_per_gpu: 453.13774691169596,
      p99_ttft: 1.7639949191843374,
      p99_tpot: 0.044042305334863245,
      mean_tpot: 0.03719340012140878,
    },
  },
  {
    conc: 32,
    metrics: {
      tput_per_gpu: 466.5215385449636,
      p99_ttft: 2.611934957702657,
      p99_tpot: 0.08684763982927163,
      mean_tpot: 0.07264361935446575,
    },
  },
  {
    conc: 64,
    metrics: {
      tput_per_gpu: 450.41331673755883,
      p99_ttft: 18.557246958361603,
      p99_tpot: 0.16488770389796928,
      mean_tpot: 0.13818523422483983,
    },
  },
];

export const SWEEP_A: { conc: number; metrics: Metrics }[] = [
  {
    conc: 4,
    metrics: { tput_per_gpu: 189.61491022317105, p99_ttft: 0.7178899720803917, p99_tpot: 0.02607598405791833 },
  },
  { conc: 8, metrics: { tput_per_gpu: 330.2754120306596, p99_ttft: 1.016069198077836, p99_tpot: 0.03040326724978581 } },
  {
    conc: 16,
    metrics: { tput_per_gpu: 532.0648416448912, p99_ttft: 1.7570516395395308, p99_tpot: 0.03640547229156214 },
  },
  {
    conc: 32,
    metrics: { tput_per_gpu: 799.9914174203653, p99_ttft: 2.8109497914193398, p99_tpot: 0.049644800637937206 },
  },
  {
    conc: 64,
    metrics: { tput_per_gpu: 1083.5981424808144, p99_ttft: 4.556010828349887, p99_tpot: 0.07015363184776163 },
  },
];
