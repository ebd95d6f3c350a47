export const id = 645;
export const ids = [645];
export const modules = {

/***/ 3102:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   aJ: () => (/* binding */ fitScale),
/* harmony export */   tk: () => (/* binding */ fitVarianceLaw)
/* harmony export */ });
/* unused harmony exports MODERATE_MIN_CELLS, MAX_NU0 */
/* harmony import */ var _stats_polygamma_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6200);
/**
 * Empirical-Bayes noise law of one metric from the compare's own cells (docs/COMPARE.md "Noise
 * per cell"): when enough cells have repeated runs, the scaled inverse-χ² law of their run-to-run
 * variances is fitted to them (Smyth 2004, limma's fitFDist: method of moments on the log
 * variances), so that cells with truly alike noise borrow strength from each other (a large ν₀)
 * while cells whose noise differs widely keep their own (a small ν₀). The shipped prior
 * (noise-prior.ts) stays the floor of the tails: the fitted ν₀ never exceeds MAX_NU0, and the
 * fitted scale never falls below the shipped scale of the cell's family and regime times the
 * smallest deployment factor.
 */
/** Cells with own degrees of freedom needed before the law is fitted from the compare. */
const MODERATE_MIN_CELLS = 8;
/** Largest prior degrees of freedom a fit may give (about a pooled spread over 30 runs). */
const MAX_NU0 = 30;


/**
 * Fits the law to sample variances `v[i]` on `df[i]` degrees of freedom (each df ≥ 1, v > 0),
 * or null with fewer than MODERATE_MIN_CELLS of them. ν₀ = 2·ψ′⁻¹(var(e) − mean ψ′(df/2)) with
 * e = ln v − ψ(df/2) + ln(df/2); when that is ≤ 0 the variances are as alike as a common σ would
 * make them (ν₀ = MAX_NU0).
 */
function fitVarianceLaw(v, df) {
    const e = [];
    let triMean = 0;
    for (let i = 0; i < v.length; i++) {
        const x = v[i];
        const d = df[i];
        if (!(x > 0) || !(d >= 1) || !Number.isFinite(x))
            continue;
        e.push(Math.log(x) - (0,_stats_polygamma_js__WEBPACK_IMPORTED_MODULE_0__/* .digamma */ .l3)(d / 2) + Math.log(d / 2));
        triMean += (0,_stats_polygamma_js__WEBPACK_IMPORTED_MODULE_0__/* .trigamma */ .vW)(d / 2);
    }
    const n = e.length;
    if (n < MODERATE_MIN_CELLS)
        return null;
    triMean /= n;
    const mean = e.reduce((a, x) => a + x, 0) / n;
    const varE = e.reduce((a, x) => a + (x - mean) ** 2, 0) / (n - 1);
    const excess = varE - triMean;
    let nu0 = MAX_NU0;
    if (excess > 0)
        nu0 = Math.min(MAX_NU0, 2 * (0,_stats_polygamma_js__WEBPACK_IMPORTED_MODULE_0__/* .trigammaInverse */ .hk)(excess));
    const scale2 = Math.exp(mean + (0,_stats_polygamma_js__WEBPACK_IMPORTED_MODULE_0__/* .digamma */ .l3)(nu0 / 2) - Math.log(nu0 / 2));
    return { nu0, scale: Math.sqrt(scale2), cells: n };
}
/**
 * The scale of the law for a given ν₀, from sample variances (the same moments as
 * fitVarianceLaw, ν₀ held: scale² = exp(mean e + ψ(ν₀/2) − ln(ν₀/2))), or null with none.
 * For histories of small sweeps, too few cells to estimate ν₀ itself.
 */
function fitScale(v, df, nu0) {
    let sum = 0;
    let n = 0;
    for (let i = 0; i < v.length; i++) {
        const x = v[i];
        const d = df[i];
        if (!(x > 0) || !(d >= 1) || !Number.isFinite(x))
            continue;
        sum += Math.log(x) - (0,_stats_polygamma_js__WEBPACK_IMPORTED_MODULE_0__/* .digamma */ .l3)(d / 2) + Math.log(d / 2);
        n++;
    }
    if (n === 0)
        return null;
    return Math.sqrt(Math.exp(sum / n + (0,_stats_polygamma_js__WEBPACK_IMPORTED_MODULE_0__/* .digamma */ .l3)(nu0 / 2) - Math.log(nu0 / 2)));
}


/***/ }),

/***/ 7016:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HQ: () => (/* binding */ noiseLaw),
/* harmony export */   MQ: () => (/* binding */ NOISE_FAMILIES),
/* harmony export */   Z5: () => (/* binding */ isTailFamily),
/* harmony export */   aM: () => (/* binding */ DEFAULT_NOISE_PRIOR),
/* harmony export */   oc: () => (/* binding */ loadRegime),
/* harmony export */   we: () => (/* binding */ LOAD_REGIMES),
/* harmony export */   x: () => (/* binding */ noiseFamily)
/* harmony export */ });
/**
 * The run-to-run noise prior (docs/COMPARE.md "Noise per cell"): for each metric family and load
 * regime, how the run-to-run spread σ of ln(value) is distributed across cells, as a scaled
 * inverse-χ² law σ² ~ Scale-Inv-χ²(ν, s²). Its predictive for a one-run change
 * d = ln(head / base) is s·√2 · t_ν, a Student t with ν degrees of freedom: with ν ≈ 1 it is
 * about as heavy-tailed as a Cauchy law, which is what real repeated CI runs show.
 *
 * Sources (issue 22; data, not code: one home, this table):
 * - About 1,300 real A/A cell pairs from public CI history (the same configuration and engine
 *   image benchmarked in separate CI runs), pooled over deployments: median σ and p90 σ per
 *   family, and the 95th percentile of one-run |d|. ν and s are the unique pair that gives the
 *   median σ and the 95th percentile of |d| (fit: s = median σ · √(χ²_ν(½) / ν),
 *   |d|₉₅ = √2 · s · t_ν(0.975)); the p90 σ it then implies is within 5–20% of the measured one
 *   (throughput 3.2% vs 3.0%, p50 TTFT 11% vs 9.7%, p99 TTFT 18% vs 21%), so one law fits both.
 * - Load regime (p50 TTFT): a change of ≥ 8% in 39% of A/A pairs at concurrency ≤ 8 and in 20%
 *   at ≥ 128 gives s = 0.0353 (low) and 0.0152 (high) at the same ν; the tail (p99) scales alike.
 * - vLLM issue #53436 (identical fixed-seed runs): output tok/s CV 0.4% at concurrency 8–32 and
 *   7.5–19.7% at 1–4 with speculative decoding: throughput and decode noise at concurrency ≤ 8
 *   get 2× the pooled scale (a conservative reading: not every low-concurrency cell decodes
 *   speculatively).
 * - Families without a measured tail (p99 TPOT/ITL) take the p99/p50 ratio of E2EL (1.5×).
 *
 * `inferguard calibrate` fits the same law to a repository's own history and writes it as the
 * `compare.noise_prior` config section, which replaces these rows family by family.
 */
/** Metric families with their own noise law (medians and tails apart). */
const NOISE_FAMILIES = ['throughput', 'ttft', 'ttft_tail', 'tpot', 'tpot_tail', 'e2el', 'e2el_tail'];
const LOAD_REGIMES = ['low', 'mid', 'high'];
const THROUGHPUT_S = 0.00241;
const TTFT_S = 0.01078;
const TTFT_TAIL_S = 0.01376;
const TPOT_S = 0.00239;
const E2EL_S = 0.00245;
const E2EL_TAIL_S = 0.00368;
/** Regime ratios of p50 TTFT (0.0353 / 0.01078 at ≤ 8, 0.0152 / 0.01078 at ≥ 128). */
const TTFT_LOW = 3.27;
const TTFT_HIGH = 1.41;
/** vLLM #53436: decode and throughput noise at concurrency ≤ 8 (speculative decoding). */
const DECODE_LOW = 2;
function row(nu, s, sigmaMax, low, high = 1, jump = 0) {
    return {
        nu,
        scale: { low: s * low, mid: s, high: s * high },
        sigma_max: sigmaMax,
        ...(jump > 0 ? { jump_share: jump } : {}),
    };
}
/**
 * σ_max, the truncation of the law: a t with ν < 1 has no mean, and beyond the data it would call
 * a tenfold change in one cell noise. The largest one-run changes the sources report bound it
 * (σ = |ln ratio| / √2): throughput −34% in identical runs (σ ≈ 0.29; decode metrics move with it
 * by Little's law, so TPOT/ITL and E2EL share it, tails 0.4), p99 TTFT 2.6 s vs 72 s (σ ≈ 2.3),
 * and p50 TTFT 1.59 s vs 9.12 s on consecutive nights of one configuration with the same engine
 * image and no commit between (InferenceX's published history, DeepSeek-R1 fp8 GB200
 * dynamo-sglang 8192/1024 at concurrency 512, 2025-12-12/13: σ ≈ 1.23; scripts/inferencex-history.ts).
 * Until that source, p50 TTFT had no reported extreme and took 3 × its p90 σ (0.34): real
 * identical runs exceed it, and the heavy bench's one-base-run A/A fell from 2% / 3% to 1% / 1%.
 */
const SIGMA_MAX = { throughput: 0.29, ttft: 1.23, ttft_tail: 2.3, decode: 0.29, decode_tail: 0.4 };
/**
 * Jumps: the share of runs that land outside their cell's own history. With ≥ 3 base runs a
 * cell's spread is its own, but real runs of one configuration on different nights and nodes are
 * not all exchangeable: a night on another node or in another regime moves a cell far beyond what
 * its own base runs show. Fitted by maximum likelihood on InferenceX's published history (every
 * window of 3–5 consecutive nights of one cell with the same engine image, 739 windows, the
 * MI355X runner step excluded; scripts/inferencex-history.ts's data) to the mixture
 * (1 − π)·(the cell's own predictive) + π·(the pooled law), π kept where the likelihood ratio
 * rejects π = 0 at 5% (2.71, the boundary case): p50 TTFT π̂ 0.10 (LR 71), p99 TTFT 0.06 (28),
 * p99 TPOT/ITL 0.08 / 0.09 (55 / 78), p50 E2EL 0.11 (12); not rejected: throughput 0.02 (1.2),
 * p50 TPOT/ITL 0.03 (2.5 / 2.7), p99 E2EL 0.005 (0.1). SGLang's nightly repeats (one node,
 * test/fixtures/real-repeats) fit π = 0 in every family under this law: one node's nights
 * stay within it, so the shipped shares do not hold where every run names one node (`jump_on_one_node`).
 */
const JUMP = { ttft: 0.1, ttft_tail: 0.06, tpot_tail: 0.08, e2el: 0.11 };
/** The shipped prior (sources above). */
const DEFAULT_NOISE_PRIOR = Object.freeze({
    throughput: row(0.798, THROUGHPUT_S, SIGMA_MAX.throughput, DECODE_LOW),
    ttft: row(0.878, TTFT_S, SIGMA_MAX.ttft, TTFT_LOW, TTFT_HIGH, JUMP.ttft),
    ttft_tail: row(0.791, TTFT_TAIL_S, SIGMA_MAX.ttft_tail, TTFT_LOW, TTFT_HIGH, JUMP.ttft_tail),
    tpot: row(1.032, TPOT_S, SIGMA_MAX.decode, DECODE_LOW),
    tpot_tail: row(0.826, TPOT_S * (E2EL_TAIL_S / E2EL_S), SIGMA_MAX.decode_tail, DECODE_LOW, 1, JUMP.tpot_tail),
    e2el: row(1.095, E2EL_S, SIGMA_MAX.decode, DECODE_LOW, 1, JUMP.e2el),
    e2el_tail: row(0.826, E2EL_TAIL_S, SIGMA_MAX.decode_tail, DECODE_LOW),
});
const SERIES = /^p(\d+)_(ttft|tpot|itl|e2el)$/;
/** The noise family of a run-level metric (cost follows throughput: it is GPU time per token). */
function noiseFamily(metric, kind) {
    const m = SERIES.exec(metric);
    if (m) {
        const series = m[2] === 'itl' ? 'tpot' : m[2];
        return Number(m[1]) >= 90 ? `${series}_tail` : series;
    }
    if (kind === 'throughput' || kind === 'cost')
        return 'throughput';
    return null;
}
function isTailFamily(f) {
    return f.endsWith('_tail');
}
function loadRegime(concurrency) {
    if (typeof concurrency !== 'number' || !Number.isFinite(concurrency))
        return 'mid';
    if (concurrency <= 8)
        return 'low';
    if (concurrency >= 128)
        return 'high';
    return 'mid';
}
/** The law of one family and regime. */
function noiseLaw(prior, family, regime) {
    const r = prior[family];
    const law = { nu: r.nu, scale: r.scale[regime] };
    if (r.sigma_max !== undefined)
        law.sigmaMax = r.sigma_max;
    if (r.jump_share !== undefined && r.jump_share > 0)
        law.jump = r.jump_share;
    if (r.jump_on_one_node === true)
        law.jumpOnOneNode = true;
    return law;
}


/***/ }),

/***/ 3345:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mo: () => (/* binding */ resolveSettings),
/* harmony export */   dw: () => (/* binding */ DEFAULT_MIN_EFFECT_SIZE),
/* harmony export */   oF: () => (/* binding */ compareOptionsFromConfig)
/* harmony export */ });
/* unused harmony exports DEFAULT_NOISE_BANDS, DEFAULT_RUN_NOISE_FLOOR, DEFAULT_RUN_ALPHA, DEFAULT_MIN_BASE_RUNS, DEFAULT_SUSPICIOUS_ALPHA, DEFAULT_ALPHA, DEFAULT_BOOTSTRAP_ITERATIONS, DEFAULT_SEED, DEFAULT_MIN_SAMPLES */
/* harmony import */ var _metrics_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3010);
/* harmony import */ var _thresholds_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7239);
/* harmony import */ var _noise_prior_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7016);



/** Noise bands used when only aggregates exist (the catalogue's defaults, src/core/metrics.ts). */
const DEFAULT_NOISE_BANDS = _metrics_js__WEBPACK_IMPORTED_MODULE_0__/* .NOISE_BAND_DEFAULTS */ .e4;
/**
 * Run-noise floor (relative) per kind: with fewer than `min_base_runs` base runs, a change is a
 * verdict only beyond it. 2.8 × √2 × the run-to-run spread: 2% for a run effect of 2% (8%), and
 * 3.1% for an aggregate p99 (`latency_tail`, p90+ percentiles decided by the band: the run effect
 * plus the 2.3% sampling sd of a p99 over 1,000 requests; 12%), measured with `npm run
 * bench:verdicts` (docs/COMPARE.md); re-calibrate with `inferguard calibrate`.
 */
const DEFAULT_RUN_NOISE_FLOOR = Object.freeze({
    latency: 0.08,
    latency_tail: 0.12,
    throughput: 0.08,
    cost: 0.08,
});
/**
 * Family-wise level of the run-level verdicts (both directions; run-gate.ts): 0.06 from `npm run
 * bench:verdicts` and 300 more seeded PRs per row — at 0.05 A/A stays ≤ 2.7% per direction but
 * +10% / +15% TTFT power sits at 91–92%; at 0.06 the worst A/A row is 3.0% and power 93%; at 0.08
 * power is 94–98% and the worst A/A row 3.7% (docs/COMPARE.md).
 */
const DEFAULT_RUN_ALPHA = 0.06;
/** Base runs from which a cell's own runs carry the decision (run_interval; min_effect_size alone as the minimum). */
const DEFAULT_MIN_BASE_RUNS = 3;
/** Family-wise level of the SUSPICIOUS tier: shown ("re-run to confirm"), never failing. */
const DEFAULT_SUSPICIOUS_ALPHA = 0.5;
/** FDR level for Benjamini-Hochberg across every test of one compare. */
const DEFAULT_ALPHA = 0.01;
/**
 * Minimum relative shift (of the median, for the rank test; of the statistic, for the bootstrap)
 * a significant test must also show: with thousands of samples a rank test finds 1% shifts that
 * nobody should act on.
 */
const DEFAULT_MIN_EFFECT_SIZE = 0.05;
const DEFAULT_BOOTSTRAP_ITERATIONS = 1000;
const DEFAULT_SEED = 1;
/** Below this many samples on a side, the normal approximation of U is poor: use noise bands. */
const DEFAULT_MIN_SAMPLES = 20;
/**
 * The shipped prior with the given rows put in, family by family (a row without σ_max or a jump
 * share keeps the shipped one: `calibrate` fits ν and s only).
 */
function noisePriorOf(over) {
    const out = { ..._noise_prior_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_NOISE_PRIOR */ .aM };
    for (const f of _noise_prior_js__WEBPACK_IMPORTED_MODULE_2__/* .NOISE_FAMILIES */ .MQ) {
        const row = over?.[f];
        if (!row)
            continue;
        const sigmaMax = row.sigma_max ?? _noise_prior_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_NOISE_PRIOR */ .aM[f].sigma_max;
        const jump = row.jump_share ?? _noise_prior_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_NOISE_PRIOR */ .aM[f].jump_share;
        out[f] = {
            nu: row.nu,
            scale: { ...row.scale },
            ...(sigmaMax !== undefined ? { sigma_max: sigmaMax } : {}),
            ...(jump !== undefined ? { jump_share: jump } : {}),
            ...(row.jump_share !== undefined && row.jump_on_one_node === true ? { jump_on_one_node: true } : {}),
        };
    }
    return out;
}
function resolveSettings(opts = {}) {
    const bands = { ...DEFAULT_NOISE_BANDS };
    for (const k of Object.keys(opts.noiseBands ?? {}).sort()) {
        const v = opts.noiseBands?.[k];
        if (typeof v === 'number' && Number.isFinite(v) && v >= 0)
            bands[k] = v;
    }
    const sorted = {};
    for (const k of Object.keys(bands).sort())
        sorted[k] = bands[k];
    const floors = { ...DEFAULT_RUN_NOISE_FLOOR };
    for (const k of Object.keys(opts.runNoiseFloor ?? {})) {
        const v = opts.runNoiseFloor?.[k];
        if (typeof v === 'number' && Number.isFinite(v) && v >= 0)
            floors[k] = v;
    }
    const floorsSorted = {};
    for (const k of Object.keys(floors).sort())
        floorsSorted[k] = floors[k];
    return {
        alpha: opts.alpha ?? DEFAULT_ALPHA,
        min_effect_size: opts.minEffectSize ?? DEFAULT_MIN_EFFECT_SIZE,
        method: opts.method ?? 'mann_whitney',
        bootstrap_iterations: opts.bootstrapIterations ?? DEFAULT_BOOTSTRAP_ITERATIONS,
        seed: opts.seed ?? DEFAULT_SEED,
        min_samples: opts.minSamples ?? DEFAULT_MIN_SAMPLES,
        noise_bands: sorted,
        eval_min_drop: opts.evalMinDrop ?? _thresholds_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_THRESHOLDS */ .J.eval_regression_min_drop,
        run_alpha: opts.runAlpha ?? DEFAULT_RUN_ALPHA,
        min_base_runs: opts.minBaseRuns ?? DEFAULT_MIN_BASE_RUNS,
        run_noise_floor: floorsSorted,
        suspicious_alpha: opts.suspiciousAlpha ?? DEFAULT_SUSPICIOUS_ALPHA,
        noise_prior: noisePriorOf(opts.noisePrior),
        accept: [...new Set(opts.accept ?? [])].sort(),
    };
}
/** The `compare` config section (already schema-validated) plus thresholds → CompareOptions. */
function compareOptionsFromConfig(config) {
    const c = config.compare;
    const out = {
        evalMinDrop: config.thresholds.eval_regression_min_drop,
        thresholds: config.thresholds,
    };
    if (c.alpha !== undefined)
        out.alpha = c.alpha;
    if (c.min_effect_size !== undefined)
        out.minEffectSize = c.min_effect_size;
    if (c.method !== undefined)
        out.method = c.method;
    if (c.bootstrap_iterations !== undefined)
        out.bootstrapIterations = c.bootstrap_iterations;
    if (c.seed !== undefined)
        out.seed = c.seed;
    if (c.min_samples !== undefined)
        out.minSamples = c.min_samples;
    if (c.noise_bands !== undefined)
        out.noiseBands = c.noise_bands;
    if (c.run_alpha !== undefined)
        out.runAlpha = c.run_alpha;
    if (c.min_base_runs !== undefined)
        out.minBaseRuns = c.min_base_runs;
    if (c.run_noise_floor !== undefined)
        out.runNoiseFloor = c.run_noise_floor;
    if (c.suspicious_alpha !== undefined)
        out.suspiciousAlpha = c.suspicious_alpha;
    if (c.noise_prior !== undefined)
        out.noisePrior = c.noise_prior;
    if (c.accept !== undefined)
        out.accept = c.accept;
    return out;
}


/***/ }),

/***/ 988:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E7: () => (/* reexport safe */ _stats_distributions_js__WEBPACK_IMPORTED_MODULE_0__.E7),
/* harmony export */   J7: () => (/* reexport safe */ _stats_distributions_js__WEBPACK_IMPORTED_MODULE_0__.J7),
/* harmony export */   nc: () => (/* reexport safe */ _stats_distributions_js__WEBPACK_IMPORTED_MODULE_0__.nc),
/* harmony export */   pc: () => (/* reexport safe */ _stats_sample_js__WEBPACK_IMPORTED_MODULE_2__.pc),
/* harmony export */   su: () => (/* reexport safe */ _stats_distributions_js__WEBPACK_IMPORTED_MODULE_0__.su),
/* harmony export */   zU: () => (/* reexport safe */ _stats_distributions_js__WEBPACK_IMPORTED_MODULE_0__.zU)
/* harmony export */ });
/* harmony import */ var _stats_distributions_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1292);
/* harmony import */ var _stats_multiplicity_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3304);
/* harmony import */ var _stats_sample_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6525);
/**
 * Run-level statistics for compare (docs/COMPARE.md "Verdicts whose unit is the run"), now in
 * src/core/stats/ (distributions.ts: Student t, normal and F; multiplicity.ts: the bivariate
 * normal tail, Hunter's bound and the family test level; sample.ts: the pooled spread). This module
 * re-exports them under their old path so that importers need not change.
 */





/***/ }),

/***/ 1292:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E7: () => (/* binding */ studentTUpper),
/* harmony export */   J7: () => (/* binding */ incompleteBeta),
/* harmony export */   nc: () => (/* binding */ fUpper),
/* harmony export */   px: () => (/* binding */ twoSidedNormalP),
/* harmony export */   su: () => (/* binding */ normalUpper),
/* harmony export */   uB: () => (/* binding */ studentTPdf),
/* harmony export */   zU: () => (/* binding */ studentTQuantileUpper)
/* harmony export */ });
/* unused harmony exports erfc, lnGamma, studentTCdf, studentTTwoSidedP, studentTLocationScaleUpper, studentTLocationScaleQuantileUpper */
/**
 * Distributions: the standard normal, Student's t (upper tail, cdf, two-sided p, quantile, and a
 * location-scale form), the F upper tail, and the special functions under them (erfc, ln Γ, the
 * regularized incomplete beta). Pure and deterministic.
 *
 * Our own code at run time, @stdlib as the test oracle: the bundle stays small and the numerics
 * carry no runtime dependency, while test/core/stats/oracle.test.ts checks every function here
 * against the @stdlib packages (devDependencies only) over a grid. Worst errors measured there
 * (relative unless said otherwise; tails are compared in relative terms, down to 1e-300):
 *
 *   erfc, normalUpper          1.1e-7 (Numerical Recipes `erfcc`, bound 1.2e-7)
 *   lnGamma                    1.8e-10 absolute for x ≤ 1e3, 3e-14 relative beyond (NR `gammln`)
 *   incompleteBeta             6.8e-11 (a, b in [0.25, 100]; the ln Γ prefactor bounds it)
 *   studentTUpper, two-sided   3.4e-12 (df 0.5 to 200, |t| from 1e-3 into the far tail)
 *   fUpper                     1.9e-11 (d1, d2 from 0.7 to 200)
 *   studentTQuantileUpper      1.2e-12 (df 0.5 to 200, p from 1e-12 to 1 − 1e-12; 1e-13 for p
 *                              from ½ − 0.1 to ½ − 1e-15 against closed forms): the root of
 *                              studentTUpper to the last bit, so about the tail's relative error
 *                              divided by |d ln P / d ln t|
 */
/**
 * Complementary error function, Numerical Recipes `erfcc` (Press et al., Numerical Recipes in C,
 * 2nd ed., §6.2): Chebyshev fit with fractional error below 1.2e-7 everywhere, so tail
 * p-values stay accurate in relative terms (needed for Benjamini-Hochberg over many cells).
 */
function erfc(x) {
    const z = Math.abs(x);
    const t = 1 / (1 + 0.5 * z);
    const ans = t *
        Math.exp(-z * z -
            1.26551223 +
            t *
                (1.00002368 +
                    t *
                        (0.37409196 +
                            t *
                                (0.09678418 +
                                    t *
                                        (-0.18628806 +
                                            t *
                                                (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))));
    return x >= 0 ? ans : 2 - ans;
}
/** Two-sided p-value of a standard normal statistic: P(|Z| ≥ |z|) = erfc(|z|/√2). */
function twoSidedNormalP(z) {
    if (!Number.isFinite(z))
        return Number.isNaN(z) ? 1 : 0;
    return Math.min(1, erfc(Math.abs(z) / Math.SQRT2));
}
/** Upper tail P(Z ≥ z) of the standard normal (from erfc, relative error < 1.2e-7). */
function normalUpper(z) {
    if (!Number.isFinite(z))
        return z > 0 ? 0 : 1;
    const half = 0.5 * erfc(Math.abs(z) / Math.SQRT2);
    return z >= 0 ? half : 1 - half;
}
/** ln Γ(x) for x > 0, Lanczos approximation (Numerical Recipes `gammln`, error < 2e-10). */
function lnGamma(x) {
    const cof = [
        76.18009172947146, -86.50532032941677, 24.01409824083091, -1.231739572450155, 0.1208650973866179e-2,
        -0.5395239384953e-5,
    ];
    let y = x;
    const tmp0 = x + 5.5;
    const tmp = tmp0 - (x + 0.5) * Math.log(tmp0);
    let ser = 1.000000000190015;
    for (const c of cof)
        ser += c / ++y;
    return -tmp + Math.log((2.5066282746310005 * ser) / x);
}
/** Continued fraction of the incomplete beta function (Numerical Recipes `betacf`). */
function betacf(a, b, x) {
    const MAXIT = 300;
    const EPS = 3e-14;
    const FPMIN = 1e-300;
    const qab = a + b;
    const qap = a + 1;
    const qam = a - 1;
    let c = 1;
    let d = 1 - (qab * x) / qap;
    if (Math.abs(d) < FPMIN)
        d = FPMIN;
    d = 1 / d;
    let h = d;
    for (let m = 1; m <= MAXIT; m++) {
        const m2 = 2 * m;
        let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
        d = 1 + aa * d;
        if (Math.abs(d) < FPMIN)
            d = FPMIN;
        c = 1 + aa / c;
        if (Math.abs(c) < FPMIN)
            c = FPMIN;
        d = 1 / d;
        h *= d * c;
        aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
        d = 1 + aa * d;
        if (Math.abs(d) < FPMIN)
            d = FPMIN;
        c = 1 + aa / c;
        if (Math.abs(c) < FPMIN)
            c = FPMIN;
        d = 1 / d;
        const del = d * c;
        h *= del;
        if (Math.abs(del - 1) < EPS)
            break;
    }
    return h;
}
/** Regularized incomplete beta I_x(a, b) (a, b > 0). */
function incompleteBeta(x, a, b) {
    if (x <= 0)
        return 0;
    if (x >= 1)
        return 1;
    return incompleteBetaPair(x, 1 - x, Math.log(x), Math.log(1 - x), a, b);
}
/**
 * I_x(a, b) given x, y = 1 − x and their logarithms, each computed by the caller without
 * cancellation (0 < x < 1): the complement branch then uses y as given rather than 1 − x, which
 * keeps I accurate when x is within rounding of 1.
 */
function incompleteBetaPair(x, y, lnx, lny, a, b) {
    const bt = Math.exp(lnGamma(a + b) - lnGamma(a) - lnGamma(b) + a * lnx + b * lny);
    return x < (a + 1) / (a + b + 2) ? (bt * betacf(a, b, x)) / a : 1 - (bt * betacf(b, a, y)) / b;
}
/**
 * Upper tail P(T ≥ t) of Student's t with `df` > 0 degrees of freedom (any real df; df = ∞ is the
 * normal): ½ I_x(df/2, ½) with x = df/(df + t²). x, 1 − x and their logarithms are formed from
 * r = df/t² (or its inverse, whichever is ≤ 1) without cancellation or overflow, so the tail is
 * accurate in relative terms however far out (t² beyond the double range included, for df < 1)
 * and near t = 0 alike. NaN when df is not > 0.
 */
function studentTUpper(t, df) {
    if (!Number.isFinite(t))
        return t > 0 ? 0 : 1;
    if (!(df > 0))
        return NaN;
    if (df === Infinity)
        return normalUpper(t);
    const at = Math.abs(t);
    const tail = at === 0 ? 0.5 : 0.5 * tBeta(at, df);
    return t >= 0 ? tail : 1 - tail;
}
/** I_x(df/2, ½) at x = df/(df + t²), t > 0: twice the upper tail. */
function tBeta(at, df) {
    const lnDf = Math.log(df);
    const lnT2 = 2 * Math.log(at);
    if (at * at > df) {
        const r = df / at / at; // < 1; may underflow to 0, the logs below stay exact
        const l = Math.log1p(r);
        return incompleteBetaPair(r / (1 + r), 1 / (1 + r), lnDf - lnT2 - l, -l, df / 2, 0.5);
    }
    const s = (at / df) * at; // t²/df ≤ 1
    const l = Math.log1p(s);
    return incompleteBetaPair(1 / (1 + s), s / (1 + s), -l, lnT2 - lnDf - l, df / 2, 0.5);
}
/** I_y(½, df/2) at y = t²/(df + t²), t ≥ 0: twice the central mass P(0 < T < t), accurate near 0. */
function tCentral(at, df) {
    if (at === 0)
        return 0;
    if (at * at > df)
        return 1 - tBeta(at, df);
    const s = (at / df) * at;
    const l = Math.log1p(s);
    return incompleteBetaPair(s / (1 + s), 1 / (1 + s), 2 * Math.log(at) - Math.log(df) - l, -l, 0.5, df / 2);
}
/**
 * Density of Student's t with df degrees of freedom at t: Γ((ν+1)/2) / (Γ(ν/2) √(νπ)) ·
 * (1 + t²/ν)^(−(ν+1)/2), through ln Γ and log1p (no overflow far out). NaN when df is not > 0.
 */
function studentTPdf(t, df) {
    if (!(df > 0))
        return NaN;
    if (!Number.isFinite(t))
        return 0;
    const lnC = lnGamma((df + 1) / 2) - lnGamma(df / 2) - 0.5 * Math.log(df * Math.PI);
    return Math.exp(lnC - ((df + 1) / 2) * Math.log1p((t / df) * t));
}
/** Cumulative distribution P(T ≤ t) of Student's t (accurate in the lower tail). */
function studentTCdf(t, df) {
    return studentTUpper(-t, df);
}
/** Two-sided p-value of a t statistic: P(|T| ≥ |t|) = I_x(df/2, ½), capped at 1. */
function studentTTwoSidedP(t, df) {
    return Math.min(1, 2 * studentTUpper(Math.abs(t), df));
}
const quantileMemo = new Map();
/**
 * The quantile t with P(T ≥ t) = p, for any df > 0 (real, including df < 1) and any p in (0, 1):
 * for p < ½ the bracket [0, 1] doubles upward until it holds the root, then bisection runs to
 * adjacent doubles, so the result is the root of studentTUpper to the last bit (see the header for
 * what that means in accuracy); p > ½ is −(the quantile at 1 − p), p = ½ is 0. No fixed bracket:
 * ±∞ only when the quantile is beyond the double range (df ≲ 0.02 at p = 1e-12), or at p = 0 / 1.
 * NaN outside [0, 1] or for df not > 0. Memoised.
 */
function studentTQuantileUpper(p, df) {
    const key = `${p}|${df}`;
    const hit = quantileMemo.get(key);
    if (hit !== undefined)
        return hit;
    const v = quantileSolve(p, df);
    if (quantileMemo.size < 4096)
        quantileMemo.set(key, v);
    return v;
}
function quantileSolve(p, df) {
    if (!(p >= 0 && p <= 1) || !(df > 0))
        return NaN;
    if (p === 0)
        return Infinity;
    if (p === 1)
        return -Infinity;
    if (p === 0.5)
        return 0;
    // 1 − p is exact for p in (½, 1) (Sterbenz), and the root is then found in the accurate tail.
    if (p > 0.5)
        return -quantileSolve(1 - p, df);
    // Near ½ the root is found on the central mass P(0 < T < t) = ½ I_y(½, df/2) against ½ − p
    // (exact for p ≥ ¼): studentTUpper there is ½ minus a small term, rounded to 1e-16 absolute.
    const gap = 0.5 - p;
    const above = p >= 0.25 ? (t) => 0.5 * tCentral(t, df) < gap : (t) => studentTUpper(t, df) > p;
    let lo = 0;
    let hi = 1;
    while (above(hi)) {
        lo = hi;
        hi *= 2;
        if (hi === Infinity)
            return Infinity;
    }
    // At most ~1100 halvings take a bracket of width ≤ 2^1023 down to adjacent doubles.
    for (let i = 0; i < 2200; i++) {
        const mid = lo + (hi - lo) / 2;
        if (mid === lo || mid === hi)
            break;
        if (above(mid))
            lo = mid;
        else
            hi = mid;
    }
    return lo + (hi - lo) / 2;
}
/** Upper tail P(X ≥ x) of the location-scale t: X = location + scale · T (scale > 0). */
function studentTLocationScaleUpper(x, df, location, scale) {
    return studentTUpper((x - location) / scale, df);
}
/** The x with P(X ≥ x) = p for X = location + scale · T (scale > 0). */
function studentTLocationScaleQuantileUpper(p, df, location, scale) {
    return location + scale * studentTQuantileUpper(p, df);
}
/** Upper tail P(F ≥ f) of the F distribution with (d1, d2) degrees of freedom. */
function fUpper(f, d1, d2) {
    if (!(f > 0))
        return 1;
    if (!Number.isFinite(f))
        return 0;
    return incompleteBeta(d2 / (d2 + d1 * f), d2 / 2, d1 / 2);
}


/***/ }),

/***/ 683:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   uB: () => (/* reexport safe */ _distributions_js__WEBPACK_IMPORTED_MODULE_0__.uB),
/* harmony export */   vW: () => (/* reexport safe */ _polygamma_js__WEBPACK_IMPORTED_MODULE_2__.vW)
/* harmony export */ });
/* harmony import */ var _distributions_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1292);
/* harmony import */ var _multiplicity_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3304);
/* harmony import */ var _polygamma_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6200);
/* harmony import */ var _sample_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6525);
/* harmony import */ var _tests_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5814);
/**
 * The statistics of the analyzer and of compare, in one place (docs/ARCHITECTURE.md):
 * distributions.ts (normal, Student t, F, erfc, ln Γ, incomplete beta), tests.ts (Mann-Whitney,
 * bootstrap), multiplicity.ts (Benjamini-Hochberg, Hunter's bound, family test level), sample.ts
 * (percentiles, summaries, sketches, SampleColumn, pooled spread), polygamma.ts (ψ, ψ′, ψ″, ψ′⁻¹)
 * and random.ts (seeded PRNG).
 */








/***/ }),

/***/ 3304:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Uh: () => (/* binding */ benjaminiHochberg)
/* harmony export */ });
/* unused harmony exports bivariateNormalUpper, hunterUnionBound, familyTestLevel */
/* harmony import */ var _distributions_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1292);
/**
 * Multiplicity: Benjamini-Hochberg q-values (false discovery rate over many cells), and the
 * per-test level that holds a family of correlated one-sided or two-sided tests at a family-wise
 * level (Hunter's bound on bivariate normal tail probabilities). Pure and deterministic.
 */

/**
 * Benjamini-Hochberg adjusted p-values (q-values), in input order:
 * q_(i) = min_{j ≥ i} ( m · p_(j) / j ), capped at 1 (Benjamini & Hochberg 1995). Rejecting
 * q ≤ α controls the false discovery rate at α for independent (or positively dependent) tests.
 * Ties in p are ordered by input index so the result is deterministic.
 */
function benjaminiHochberg(pValues) {
    const m = pValues.length;
    const order = pValues
        .map((p, idx) => ({ p: Number.isFinite(p) ? p : 1, idx }))
        .sort((x, y) => x.p - y.p || x.idx - y.idx);
    const q = new Array(m).fill(1);
    let running = 1;
    for (let k = m - 1; k >= 0; k--) {
        const o = order[k];
        running = Math.min(running, (o.p * m) / (k + 1));
        q[o.idx] = Math.min(1, running);
    }
    return q;
}
/**
 * P(Z₁ ≥ c, Z₂ ≥ c) of a standard bivariate normal with correlation ρ, by Plackett's identity
 * ∂P/∂ρ = φ₂(c, c; ρ) integrated from 0 with r = sin θ (smooth even as ρ → ±1):
 * P = Φ̄(c)² + (1/2π) ∫₀^{asin ρ} exp(−c² / (1 + sin θ)) dθ (composite Simpson, 64 panels).
 */
function bivariateNormalUpper(c, rho) {
    const r = Math.max(-1, Math.min(1, rho));
    const top = Math.asin(r);
    const f = (th) => {
        const s = 1 + Math.sin(th);
        return s <= 0 ? 0 : Math.exp((-c * c) / s);
    };
    const n = 64;
    const h = top / n;
    let sum = f(0) + f(top);
    for (let i = 1; i < n; i++)
        sum += (i % 2 === 1 ? 4 : 2) * f(i * h);
    const p = normalUpper(c) ** 2 + ((h / 3) * sum) / (2 * Math.PI);
    return Math.max(0, Math.min(normalUpper(c), p));
}
/**
 * Hunter's (1976) upper bound on P(∪ᵢ {Zᵢ ≥ c}) (one-sided) or P(∪ᵢ {|Zᵢ| ≥ c}) (two-sided) for
 * standard normals with correlation matrix R: Σ P(single) − Σ over a maximum spanning tree (by
 * |ρ|) of P(pair). Valid for any joint law with these bivariate margins (a sharpened Bonferroni),
 * and tight when the tests are strongly correlated.
 */
function hunterUnionBound(c, correlation, twoSided = false) {
    const m = correlation.length;
    if (m === 0)
        return 0;
    const p1 = twoSided ? 2 * normalUpper(c) : normalUpper(c);
    const pair = (r) => twoSided ? 2 * (bivariateNormalUpper(c, r) + bivariateNormalUpper(c, -r)) : bivariateNormalUpper(c, r);
    const weight = (i, j) => {
        const r = correlation[i]?.[j] ?? 0;
        return twoSided ? Math.abs(r) : r;
    };
    // Prim's algorithm on the pairwise joint probabilities (monotone in the weight).
    const inTree = new Array(m).fill(false);
    const best = new Array(m).fill(-Infinity);
    inTree[0] = true;
    for (let j = 1; j < m; j++)
        best[j] = weight(0, j);
    let joint = 0;
    for (let step = 1; step < m; step++) {
        let k = -1;
        for (let j = 0; j < m; j++)
            if (!inTree[j] && (k < 0 || best[j] > best[k]))
                k = j;
        inTree[k] = true;
        joint += pair(best[k]);
        for (let j = 0; j < m; j++)
            if (!inTree[j])
                best[j] = Math.max(best[j], weight(k, j));
    }
    return Math.min(1, m * p1 - joint);
}
/**
 * Per-test level p* (one-sided, or two-sided) that holds a family of correlated tests with
 * correlation matrix R at `alpha`: the c with hunterUnionBound(c, R) = alpha, p* = P(single ≥ c).
 * Between alpha / m (Bonferroni, independent) and alpha (one test, or all perfectly correlated).
 */
function familyTestLevel(correlation, alpha, twoSided = false) {
    const m = correlation.length;
    if (m <= 1)
        return alpha;
    let lo = 0;
    let hi = 40;
    for (let i = 0; i < 100; i++) {
        const mid = (lo + hi) / 2;
        if (hunterUnionBound(mid, correlation, twoSided) > alpha)
            lo = mid;
        else
            hi = mid;
    }
    const single = twoSided ? 2 * normalUpper(hi) : normalUpper(hi);
    return Math.max(alpha / m, Math.min(alpha, single));
}


/***/ }),

/***/ 6200:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   hk: () => (/* binding */ trigammaInverse),
/* harmony export */   l3: () => (/* binding */ digamma),
/* harmony export */   vW: () => (/* binding */ trigamma)
/* harmony export */ });
/* unused harmony export tetragamma */
/**
 * Polygamma functions (ψ, ψ′, ψ″ and the inverse of ψ′): the moments of ln χ² and ln F that the
 * empirical-Bayes noise law (compare/moderate.ts, limma's fitFDist) and the deployment factor's
 * precision (compare/evidence.ts) rest on. Checked against @stdlib in test/core/compare/noise.test.ts.
 */
/** ψ(x), digamma: recurrence up to x ≥ 12, then the asymptotic series (error < 1e-12). */
function digamma(x) {
    let r = 0;
    let y = x;
    while (y < 12) {
        r -= 1 / y;
        y += 1;
    }
    const f = 1 / (y * y);
    return r + Math.log(y) - 0.5 / y - f * (1 / 12 - f * (1 / 120 - f * (1 / 252 - f * (1 / 240 - f / 132))));
}
/** ψ′(x), trigamma: recurrence up to x ≥ 12, then the asymptotic series (error < 1e-12). */
function trigamma(x) {
    let r = 0;
    let y = x;
    while (y < 12) {
        r += 1 / (y * y);
        y += 1;
    }
    const f = 1 / (y * y);
    return r + 1 / y + f / 2 + (f / y) * (1 / 6 - f * (1 / 30 - f * (1 / 42 - f / 30)));
}
/** ψ″(x), tetragamma: recurrence up to x ≥ 12, then the asymptotic series. */
function tetragamma(x) {
    let r = 0;
    let y = x;
    while (y < 12) {
        r -= 2 / (y * y * y);
        y += 1;
    }
    const f = 1 / (y * y);
    return r - f * (1 + 1 / y + f * (0.5 - f * (1 / 6 - f * (1 / 6 - f * (3 / 10 - (5 / 6) * f)))));
}
/** The y > 0 with ψ′(y) = x (limma's trigammaInverse: Newton's method, 50 steps at most). */
function trigammaInverse(x) {
    if (x > 1e7)
        return 1 / Math.sqrt(x);
    if (x < 1e-6)
        return 1 / x;
    let y = 0.5 + 1 / x;
    for (let i = 0; i < 50; i++) {
        const tri = trigamma(y);
        const dif = (tri * (1 - tri / x)) / tetragamma(y);
        y += dif;
        if (-dif / y < 1e-8)
            break;
    }
    return y;
}


/***/ }),

/***/ 6525:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BX: () => (/* binding */ summarizeSorted),
/* harmony export */   DZ: () => (/* binding */ SampleColumn),
/* harmony export */   TZ: () => (/* binding */ sortedCopy),
/* harmony export */   oq: () => (/* binding */ NumberColumn),
/* harmony export */   p6: () => (/* binding */ EMPTY_SAMPLE),
/* harmony export */   pc: () => (/* binding */ pooledSpread),
/* harmony export */   vS: () => (/* binding */ percentileSorted),
/* harmony export */   y_: () => (/* binding */ putPercentileAccuracy)
/* harmony export */ });
/* unused harmony exports PERCENTILE_MIN_SAMPLES, SAMPLE_SKETCH_SIZE, sortFloat64, sketchSorted, EXACT_SAMPLE_LIMIT, SKETCH_RELATIVE_ACCURACY */
const PERCENTILE_MIN_SAMPLES = 20;
/** Max number of order statistics kept in a SampleSketch. */
const SAMPLE_SKETCH_SIZE = 1001;
/** Percentile of an ascending-sorted array; null for an empty array. */
function percentileSorted(sorted, p) {
    const n = sorted.length;
    if (n === 0)
        return null;
    if (n === 1)
        return sorted[0];
    const h = ((n - 1) * p) / 100;
    const lo = Math.floor(h);
    const hi = Math.ceil(h);
    const a = sorted[lo];
    const b = sorted[hi];
    return a + (h - lo) * (b - a);
}
/** Sorts a copy (numeric, ascending) as a Float64Array. */
function sortedCopy(values) {
    return sortFloat64(Float64Array.from(values));
}
/** Below this length the engine's sort is as fast as the radix sort and needs no scratch array. */
const RADIX_SORT_MIN = 4096;
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
/**
 * Sorts in place, in exactly the order of `Float64Array.prototype.sort()` (numeric, -0 before +0),
 * and returns the array. Large arrays go through an LSD radix sort on the IEEE-754 bits (four
 * 16-bit digits, passes whose digit is the same for every value skipped): ~3× faster than the
 * engine's comparison sort on a million latencies. Arrays holding NaN use the engine's sort.
 */
function sortFloat64(a) {
    const n = a.length;
    if (n < RADIX_SORT_MIN || a.byteOffset % 4 !== 0)
        return a.sort();
    const words = new Uint32Array(a.buffer, a.byteOffset, n * 2);
    // Little-endian word order: [lo, hi] per value.
    if (!LITTLE_ENDIAN)
        return a.sort();
    for (let i = 0; i < n; i++) {
        if (a[i] !== a[i])
            return a.sort();
    }
    // Keys whose unsigned order is the numeric order: set the sign bit of positives, invert negatives.
    for (let i = 0; i < 2 * n; i += 2) {
        const hi = words[i + 1];
        if (hi >>> 31 === 0)
            words[i + 1] = (hi | 0x80000000) >>> 0;
        else {
            words[i + 1] = ~hi >>> 0;
            words[i] = ~words[i] >>> 0;
        }
    }
    let src = words;
    let dst = new Uint32Array(2 * n);
    const count = new Uint32Array(65536);
    for (let pass = 0; pass < 4; pass++) {
        const word = pass >> 1;
        const shift = (pass & 1) * 16;
        count.fill(0);
        for (let i = word; i < 2 * n; i += 2) {
            const d = (src[i] >>> shift) & 0xffff;
            count[d] = count[d] + 1;
        }
        if (count[(src[word] >>> shift) & 0xffff] === n)
            continue; // one digit for all
        let sum = 0;
        for (let d = 0; d < 65536; d++) {
            const c = count[d];
            count[d] = sum;
            sum += c;
        }
        for (let i = 0; i < 2 * n; i += 2) {
            const d = (src[i + word] >>> shift) & 0xffff;
            const at = 2 * count[d];
            count[d] = count[d] + 1;
            dst[at] = src[i];
            dst[at + 1] = src[i + 1];
        }
        const t = src;
        src = dst;
        dst = t;
    }
    if (src !== words)
        words.set(src);
    for (let i = 0; i < 2 * n; i += 2) {
        const hi = words[i + 1];
        if (hi >>> 31 === 1)
            words[i + 1] = (hi & 0x7fffffff) >>> 0;
        else {
            words[i + 1] = ~hi >>> 0;
            words[i] = ~words[i] >>> 0;
        }
    }
    return a;
}
/** Summary statistics (population std) of an ascending-sorted array. */
function summarizeSorted(sorted) {
    const n = sorted.length;
    if (n === 0) {
        return { n, mean: null, std: null, min: null, max: null, p50: null, p90: null, p95: null, p99: null };
    }
    let sum = 0;
    for (let i = 0; i < n; i++)
        sum += sorted[i];
    const mean = sum / n;
    let ss = 0;
    for (let i = 0; i < n; i++) {
        const d = sorted[i] - mean;
        ss += d * d;
    }
    return {
        n,
        mean,
        std: Math.sqrt(ss / n),
        min: sorted[0],
        max: sorted[n - 1],
        p50: percentileSorted(sorted, 50),
        p90: percentileSorted(sorted, 90),
        p95: percentileSorted(sorted, 95),
        p99: percentileSorted(sorted, 99),
    };
}
/**
 * Deterministic quantile sketch of an ascending-sorted array: all values when n ≤ size, else the
 * order statistics at `size` evenly spaced ranks (first and last included).
 */
function sketchSorted(sorted, size = SAMPLE_SKETCH_SIZE) {
    const n = sorted.length;
    if (n <= size)
        return { n, values: Array.from(sorted) };
    const values = new Array(size);
    for (let i = 0; i < size; i++) {
        values[i] = sorted[Math.round((i * (n - 1)) / (size - 1))];
    }
    return { n, values };
}
/** Growable Float64 column, so adapters never hold per-row objects. */
class NumberColumn {
    buf;
    length = 0;
    constructor(initial = 1024) {
        this.buf = new Float64Array(initial);
    }
    push(v) {
        if (this.length === this.buf.length) {
            const next = new Float64Array(this.buf.length * 2);
            next.set(this.buf);
            this.buf = next;
        }
        this.buf[this.length++] = v;
    }
    /** A sorted copy of the values pushed so far. */
    sorted() {
        return sortFloat64(this.buf.slice(0, this.length));
    }
    /**
     * The values pushed so far, sorted in place (no copy: half the memory of `sorted()` at peak).
     * The column's insertion order is lost; push no more afterwards.
     */
    sortInPlace() {
        return sortFloat64(this.buf.subarray(0, this.length));
    }
    view() {
        return this.buf.subarray(0, this.length);
    }
}
/**
 * Samples kept exactly per column: 2^20 values (8 MiB). Beyond that a column switches to a
 * log-bucket sketch, so memory stays flat however long the run (docs/PERFORMANCE.md).
 */
const EXACT_SAMPLE_LIMIT = 1 << 20;
/**
 * Relative accuracy of the sketch (DDSketch, Masson et al., VLDB 2019): every percentile read from
 * it lies within ±0.05% of the exact value at that rank.
 */
const SKETCH_RELATIVE_ACCURACY = 0.0005;
const SKETCH_GAMMA = (1 + SKETCH_RELATIVE_ACCURACY) / (1 - SKETCH_RELATIVE_ACCURACY);
const SKETCH_LN_GAMMA = Math.log(SKETCH_GAMMA);
/** Magnitudes below this count as zero in the sketch (far below any latency we read). */
const SKETCH_MIN_MAGNITUDE = 1e-300;
/** Counts per bucket index of positive magnitudes, dense over the indexes seen. */
class BucketStore {
    counts = new Float64Array(0);
    offset = 0;
    add(index) {
        let k = index - this.offset;
        if (this.counts.length === 0) {
            this.counts = new Float64Array(1024);
            this.offset = index - 512;
            k = 512;
        }
        else if (k < 0 || k >= this.counts.length) {
            const lo = Math.min(this.offset, index);
            const hi = Math.max(this.offset + this.counts.length - 1, index);
            const size = Math.max(this.counts.length * 2, hi - lo + 1024);
            const next = new Float64Array(size);
            const newOffset = lo - ((size - (hi - lo + 1)) >> 1);
            next.set(this.counts, this.offset - newOffset);
            this.counts = next;
            this.offset = newOffset;
            k = index - this.offset;
        }
        this.counts[k] = this.counts[k] + 1;
    }
    /** Bucket indexes with their counts, ascending by index. */
    *entries() {
        for (let k = 0; k < this.counts.length; k++) {
            const c = this.counts[k];
            if (c > 0)
                yield [k + this.offset, c];
        }
    }
}
/** Stats of a column with no values. */
const EMPTY_SAMPLE = Object.freeze({
    summary: summarizeSorted(new Float64Array(0)),
    sketch: { n: 0, values: [] },
    exact: true,
});
/**
 * A column of per-request samples (finite numbers) with bounded memory: exact (a growable Float64Array, sorted at
 * the end) up to EXACT_SAMPLE_LIMIT values, then a relative-error sketch fed with every value.
 * n, min and max are always exact; in sketch mode mean and std come from Welford's running sums
 * and each percentile / sketch value is the bucket value at that rank (±SKETCH_RELATIVE_ACCURACY).
 */
class SampleColumn {
    exactLimit;
    /** @param exactLimit values kept exactly before the sketch takes over (tests make it small). */
    constructor(exactLimit = EXACT_SAMPLE_LIMIT) {
        this.exactLimit = exactLimit;
    }
    exactValues = new NumberColumn();
    positive = null;
    negative = null;
    zeros = 0;
    n = 0;
    mean = 0;
    m2 = 0;
    min = Infinity;
    max = -Infinity;
    get length() {
        return this.n;
    }
    push(v) {
        this.n++;
        const d = v - this.mean;
        this.mean += d / this.n;
        this.m2 += d * (v - this.mean);
        if (v < this.min)
            this.min = v;
        if (v > this.max)
            this.max = v;
        if (this.exactValues !== null) {
            if (this.exactValues.length < this.exactLimit) {
                this.exactValues.push(v);
                return;
            }
            this.toSketch();
        }
        this.addToSketch(v);
    }
    toSketch() {
        const values = this.exactValues.view();
        this.exactValues = null;
        this.positive = new BucketStore();
        this.negative = new BucketStore();
        for (let i = 0; i < values.length; i++)
            this.addToSketch(values[i]);
    }
    addToSketch(v) {
        if (v > SKETCH_MIN_MAGNITUDE)
            this.positive.add(Math.ceil(Math.log(v) / SKETCH_LN_GAMMA));
        else if (v < -SKETCH_MIN_MAGNITUDE)
            this.negative.add(Math.ceil(Math.log(-v) / SKETCH_LN_GAMMA));
        else
            this.zeros++;
    }
    /** Finishes the column (push no more afterwards). */
    finish() {
        if (this.exactValues !== null) {
            const sorted = this.exactValues.sortInPlace();
            return { summary: summarizeSorted(sorted), sketch: sketchSorted(sorted), exact: true };
        }
        const order = this.orderStatistic();
        const percentile = (p) => {
            const h = ((this.n - 1) * p) / 100;
            const lo = Math.floor(h);
            const a = order(lo);
            const b = order(Math.ceil(h));
            return a + (h - lo) * (b - a);
        };
        const values = new Array(SAMPLE_SKETCH_SIZE);
        for (let i = 0; i < SAMPLE_SKETCH_SIZE; i++)
            values[i] = order(Math.round((i * (this.n - 1)) / (SAMPLE_SKETCH_SIZE - 1)));
        return {
            summary: {
                n: this.n,
                mean: this.mean,
                std: Math.sqrt(this.m2 / this.n),
                min: this.min,
                max: this.max,
                p50: percentile(50),
                p90: percentile(90),
                p95: percentile(95),
                p99: percentile(99),
            },
            sketch: { n: this.n, values },
            exact: false,
        };
    }
    /** Value of the order statistic at 0-based rank r, from the sketch (clamped to [min, max]). */
    orderStatistic() {
        // Buckets ascending by value: negatives (largest magnitude first), zeros, positives.
        const bounds = [];
        const reps = [];
        let cum = 0;
        const neg = [...this.negative.entries()].reverse();
        for (const [i, c] of neg) {
            cum += c;
            bounds.push(cum);
            reps.push(-bucketValue(i));
        }
        if (this.zeros > 0) {
            cum += this.zeros;
            bounds.push(cum);
            reps.push(0);
        }
        for (const [i, c] of this.positive.entries()) {
            cum += c;
            bounds.push(cum);
            reps.push(bucketValue(i));
        }
        return (r) => {
            if (r <= 0)
                return this.min;
            if (r >= this.n - 1)
                return this.max;
            let lo = 0;
            let hi = bounds.length - 1;
            while (lo < hi) {
                const mid = (lo + hi) >> 1;
                if (bounds[mid] > r)
                    hi = mid;
                else
                    lo = mid + 1;
            }
            const v = reps[lo];
            return v < this.min ? this.min : v > this.max ? this.max : v;
        };
    }
}
/** The value a bucket stands for: within SKETCH_RELATIVE_ACCURACY of every value it holds. */
function bucketValue(index) {
    return (2 * Math.pow(SKETCH_GAMMA, index)) / (SKETCH_GAMMA + 1);
}
/**
 * Marks a cell whose percentiles came from the relative-error sketch (more than
 * EXACT_SAMPLE_LIMIT samples in a column): `percentiles_relative_error` is the bound. Absent when
 * every percentile is exact.
 */
function putPercentileAccuracy(metrics, cols) {
    if (cols.some((c) => !c.exact))
        metrics.percentiles_relative_error = SKETCH_RELATIVE_ACCURACY;
}
/** Pools groups of run-level values (log scale): the within-group variance, and its degrees of freedom. */
function pooledSpread(groups) {
    let ss = 0;
    let df = 0;
    for (const g of groups) {
        if (g.length < 2)
            continue;
        const m = g.reduce((s, x) => s + x, 0) / g.length;
        for (const x of g)
            ss += (x - m) ** 2;
        df += g.length - 1;
    }
    if (df === 0)
        return null;
    return { sd: Math.sqrt(ss / df), df };
}


/***/ }),

/***/ 5814:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JD: () => (/* binding */ statOfSorted),
/* harmony export */   Pi: () => (/* binding */ mannWhitney),
/* harmony export */   ub: () => (/* binding */ bootstrapDifference)
/* harmony export */ });
/* harmony import */ var _distributions_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1292);
/* harmony import */ var _sample_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6525);


/**
 * Mann-Whitney U test, two-sided, normal approximation with tie correction and continuity
 * correction (as R `wilcox.test(exact = FALSE, correct = TRUE)` and SciPy
 * `mannwhitneyu(method="asymptotic")`):
 *
 *   U_h = R_h − m_h(m_h+1)/2 (R_h = rank sum of head, mid-ranks for ties)
 *   σ²  = n_b·n_h·(N+1)/12 · (1 − Σ(t³−t)/(M³−M)),  N = n_b + n_h, M = sketch sizes summed
 *   z   = (|U − n_b·n_h/2| − ½)⁺ · sign / σ,  p = 2·(1 − Φ(|z|))
 *
 * When a sketch holds fewer values than the true n, U is estimated as AUC·n_b·n_h (the AUC of
 * the sketches approximates the sample AUC to about 1/1000) and σ uses the true n; the tie
 * factor is a fraction of the sketch, which a sketch preserves. With all samples present this is
 * exactly the textbook formula. Returns null when a side is empty or holds NaN.
 */
function mannWhitney(base, head) {
    const a = base.values;
    const b = head.values;
    const ma = a.length;
    const mb = b.length;
    if (ma === 0 || mb === 0)
        return null;
    const nb = Math.max(base.n, ma);
    const nh = Math.max(head.n, mb);
    // Merge the two sorted arrays, assigning mid-ranks to tie groups.
    let i = 0;
    let j = 0;
    let rank = 0;
    let rHead = 0;
    let tieSum = 0;
    while (i < ma || j < mb) {
        const va = i < ma ? a[i] : Infinity;
        const vb = j < mb ? b[j] : Infinity;
        const v = Math.min(va, vb);
        let ca = 0;
        let cb = 0;
        while (i < ma && a[i] === v) {
            ca++;
            i++;
        }
        while (j < mb && b[j] === v) {
            cb++;
            j++;
        }
        const t = ca + cb;
        // NaN (or an unsorted array) matches nothing: stop rather than loop forever; callers pass
        // cleaned, sorted sketches, so this only guards against misuse.
        if (t === 0)
            return null;
        const mid = rank + (t + 1) / 2;
        rHead += cb * mid;
        if (t > 1)
            tieSum += t * t * t - t;
        rank += t;
    }
    const uSketch = rHead - (mb * (mb + 1)) / 2;
    const auc = uSketch / (ma * mb);
    const approximate = nb !== ma || nh !== mb;
    const u = approximate ? auc * nb * nh : uSketch;
    const M = ma + mb;
    const N = nb + nh;
    const tieFactor = M > 1 ? 1 - tieSum / (M * M * M - M) : 0;
    const variance = ((nb * nh * (N + 1)) / 12) * tieFactor;
    if (!(variance > 0))
        return { u, auc, z: 0, p_value: 1, n_base: nb, n_head: nh, approximate };
    const d = u - (nb * nh) / 2;
    const z = (Math.sign(d) * Math.max(0, Math.abs(d) - 0.5)) / Math.sqrt(variance);
    return { u, auc, z, p_value: (0,_distributions_js__WEBPACK_IMPORTED_MODULE_0__/* .twoSidedNormalP */ .px)(z), n_base: nb, n_head: nh, approximate };
}
function statOfSorted(sorted, stat) {
    const n = sorted.length;
    if (n === 0)
        return null;
    if (stat.kind === 'percentile')
        return (0,_sample_js__WEBPACK_IMPORTED_MODULE_1__/* .percentileSorted */ .vS)(sorted, stat.p);
    let s = 0;
    for (let k = 0; k < n; k++)
        s += sorted[k];
    return s / n;
}
/**
 * Percentile bootstrap of stat(head) − stat(base) (Efron & Tibshirani, An Introduction to the
 * Bootstrap, 1993, ch. 13 and §16.4 for the test): each iteration resamples every side with
 * replacement (as many draws as the sketch holds; a compressed sketch therefore gives a wider,
 * conservative interval), recomputes the statistic, and records the difference.
 */
function bootstrapDifference(base, head, stat, iterations, alpha, random) {
    const a = base.values;
    const b = head.values;
    if (a.length === 0 || b.length === 0)
        return null;
    const d0 = statOfSorted(b, stat) - statOfSorted(a, stat);
    const diffs = new Float64Array(iterations);
    const bufA = new Float64Array(a.length);
    const bufB = new Float64Array(b.length);
    const draw = (src, buf) => {
        for (let k = 0; k < buf.length; k++)
            buf[k] = src[Math.floor(random() * src.length)];
        buf.sort();
        return statOfSorted(buf, stat);
    };
    let le = 0;
    let ge = 0;
    for (let it = 0; it < iterations; it++) {
        const d = draw(b, bufB) - draw(a, bufA);
        diffs[it] = d;
        if (d <= 0)
            le++;
        if (d >= 0)
            ge++;
    }
    diffs.sort();
    const lo = (0,_sample_js__WEBPACK_IMPORTED_MODULE_1__/* .percentileSorted */ .vS)(diffs, (100 * alpha) / 2);
    const hi = (0,_sample_js__WEBPACK_IMPORTED_MODULE_1__/* .percentileSorted */ .vS)(diffs, 100 * (1 - alpha / 2));
    const p = Math.min(1, (2 * (Math.min(le, ge) + 1)) / (iterations + 1));
    return { difference: d0, interval: [lo, hi], p_value: p, iterations };
}


/***/ })

};
