/**
 * MLPerf system → hardware and GPU count (issue 23, src/sources/mlperf-system.ts). Expected values
 * written by hand from the real folder names and systems JSON of the fixtures
 * (test/fixtures/real/mlperf/*) and of mlcommons/inference_results_v4.1 (names quoted as published).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  acceleratorFamily,
  parseSystemName,
  systemDescHardware,
  systemDescPath,
} from '../../src/sources/mlperf-system.js';

const REAL = path.resolve(import.meta.dirname, '../fixtures/real/mlperf');
const json = (rel: string): unknown => JSON.parse(readFileSync(path.join(REAL, rel), 'utf8'));

describe('system folder name', () => {
  it.each([
    // the fixtures' own systems
    ['8xMI300X_2xEPYC-9374F', 'mi300x', 8],
    ['8xMI355X_2xEPYC_9575F', 'mi355x', 8],
    ['8xMI325X_2xEPYC_9575F', 'mi325x', 8],
    ['DGX-H100_H100-SXM-80GBx1_TRT', 'h100', 1],
    ['DGX-H100_H100-SXM-80GBx16_TRT', 'h100', 16],
    // other spellings in the v4.1 results
    ['ESC4000A_E12_4XH100_TRT', 'h100', 4],
    ['XE9680_MI300X_192GBx8', 'mi300x', 8],
    ['GH200-GraceHopper-Superchip_GH200-144GB_aarch64x2_TRT', 'gh200', 2],
    ['X210c_L40SX2_TRT', 'l40s', 2],
    ['R760xa_H100NVL_PCIe_94GBx4_TRT', 'h100', 4],
    ['SR675_V3_8xH100_NVL_TRT', 'h100', 8],
    ['Lenovo_2xL4_TRT', 'l4', 2],
    ['tpu_v5e_x4_flax', 'tpu-v5e', 4],
    ['GO_2xRTX4090-reference-cpu-pytorch-v2.2.1-default_config', 'rtx4090', 2],
    ['1xH100-PCIe-80GB_TRT', 'h100', 1],
    ['MI325X_x8', 'mi325x', 8],
    // v6.1 (intel-ai-tce/inference_results_v6.1): rack-scale names count the whole system
    ['GB200-NVL72_GB200-186GB_aarch64x72_TRT', 'gb200', 72],
    ['GB300-NVL72_GB300-288GB_aarch64x288_TRT', 'gb300', 288], // its systems JSON: 4 per node x 72 nodes
    ['B300-SXM-270GBx8_TRT', 'b300', 8],
    ['HPE_PROLIANT_DL380_RTX_PRO_4500_PCIE_32GBx1_TRT_open', 'rtxpro4500', 1],
  ])('%s → %s × %d', (name, hardware, gpus) => {
    expect(parseSystemName(name)).toEqual({ hardware, gpus });
  });

  it.each([
    ['L40S-RedHat-OpenShift'], // an accelerator, no count
    ['Orin_TRT'],
    ['1-node-2S-EMR-PyTorch'], // a CPU system
    ['cm-demo-gfursin-aws-g4dn.4xlarge-nvidia_original-gpu-tensorrt-vdefault-default_config'], // 4xlarge is no GPU
    ['h13_u2_preview'], // an accelerator not in the table
    ['sample_performance_run'],
    ['8xH100_4xA100'], // two readings that disagree
    ['VR-NVL72_VR-288GB_aarch64x72_TRT'], // an accelerator not (yet) in the table
    ['Jetson-Thor'],
  ])('%s → unknown', (name) => {
    expect(parseSystemName(name)).toEqual({ hardware: null, gpus: null });
  });
});

describe('systems JSON', () => {
  it('Red Hat L40S: counts written as strings, 4 × 1 node', () => {
    expect(
      systemDescHardware(
        json('redhat-l40s-openshift-v4.1-systems-json/closed/RedHat/systems/L40S-RedHat-OpenShift.json'),
      ),
    ).toEqual({ hardware: 'l40s', gpus: 4 });
  });

  it('Juniper two DGX H100 nodes: 8 per node × 2 nodes = 16', () => {
    expect(
      systemDescHardware(
        json('juniper-h100x16-two-nodes-v4.1/closed/JuniperNetworks/systems/DGX-H100_H100-SXM-80GBx16_TRT.json'),
      ),
    ).toEqual({ hardware: 'h100', gpus: 16 });
  });

  it('a CPU system, a missing node count, an unknown accelerator', () => {
    const cpu = { accelerator_model_name: 'N/A', accelerators_per_node: 0, number_of_nodes: 1 };
    expect(systemDescHardware(cpu)).toEqual({ hardware: null, gpus: null });
    expect(systemDescHardware({ accelerator_model_name: 'NVIDIA L40S', accelerators_per_node: 4 })).toEqual({
      hardware: 'l40s',
      gpus: null,
    });
    const untether = {
      accelerator_model_name: 'UntetherAI speedAI240 Slim',
      accelerators_per_node: 6,
      number_of_nodes: 1,
    };
    expect(systemDescHardware(untether)).toEqual({ hardware: null, gpus: 6 });
  });

  it('accelerator_model_name → family', () => {
    expect(acceleratorFamily('AMD Instinct MI300X-NPS1-SPX-192GB-750W')).toBe('mi300x');
    expect(acceleratorFamily('NVIDIA GH200 Grace Hopper Superchip 144GB')).toBe('gh200');
    expect(acceleratorFamily('NVIDIA A100-SXM-80GB')).toBe('a100');
    expect(acceleratorFamily('Tesla T4')).toBe('t4');
    expect(acceleratorFamily('TPU v5e')).toBe('tpu-v5e');
    expect(acceleratorFamily('NVIDIA Jetson AGX Orin 64G')).toBe('jetson-orin');
    expect(acceleratorFamily('NVIDIA GB300')).toBe('gb300');
    expect(acceleratorFamily('N/A')).toBeNull();
  });

  it('where the description of a results tree is', () => {
    const segs = 'closed/AMD/results/8xMI300X_2xEPYC-9374F/llama2-70b-99/Server/performance/run_1/x.txt'.split('/');
    expect(systemDescPath(segs, 3)).toBe('closed/AMD/systems/8xMI300X_2xEPYC-9374F.json');
    expect(systemDescPath('sys/llama2-70b-99/Server/x.txt'.split('/'), 0)).toBeNull();
  });
});
