/**
 * The action end to end on many artifacts from the loopback artifact service (the e2e harness:
 * Twirp results service + REST fake, blobs in Azurite), with a fixed latency injected before every
 * request (REST, Twirp and blob GETs, through a delaying proxy in front of Azurite). Each artifact
 * holds one InferenceX static cell. Measured per download-concurrency: the download phase (the
 * action's own "Downloaded N artifact(s) ... in X s" line) and the whole step (spawn to exit).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { startAzurite, type Azurite } from '../../test/e2e/harness/blob.js';
import { FakeGitHub } from '../../test/e2e/harness/fake-github.js';
import { runAction } from '../../test/e2e/harness/run-action.js';
import { FIXTURES, pullRequestEvent, SHA } from '../../test/e2e/harness/scenario.js';
import { startTripwire } from '../../test/e2e/harness/tripwire.js';
import { makeZip } from '../../test/helpers/zip.js';

export interface ArtifactsRow {
  concurrency: number;
  artifacts: number;
  latency_ms: number;
  download_s: number | null;
  step_s: number;
  exit_code: number;
}

/** A loopback proxy in front of Azurite that waits `latencyMs` before forwarding each request. */
async function delayingProxy(target: number, latencyMs: number): Promise<{ port: number; server: Server }> {
  const server = createServer((req, res) => {
    setTimeout(() => {
      const up = request(
        { host: '127.0.0.1', port: target, method: req.method, path: req.url, headers: req.headers },
        (r) => {
          res.writeHead(r.statusCode ?? 502, r.headers);
          r.pipe(res);
        },
      );
      up.on('error', () => res.destroy());
      req.pipe(up);
    }, latencyMs);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return { port: (server.address() as AddressInfo).port, server };
}

/** One static cell per artifact: the e2e `valid` fixture's first cell with concurrency 1000+i. */
function cellZips(n: number): Buffer[] {
  const src = path.join(FIXTURES, 'valid');
  const folder = readdirSync(src).sort()[0] as string;
  const files = readdirSync(path.join(src, folder)).map((f) => [f, readFileSync(path.join(src, folder, f), 'utf8')]);
  const conc = /_conc(\d+)_/.exec(folder)?.[1] ?? '4';
  const out: Buffer[] = [];
  for (let i = 1; i <= n; i++) {
    const c = String(1000 + i);
    const dir = folder.replace(`_conc${conc}_`, `_conc${c}_`);
    out.push(
      makeZip(
        files.map(([f, text]) => ({
          name: `${dir}/${(f as string).replace(`_conc${conc}_`, `_conc${c}_`)}`,
          data: (text as string)
            .replace(new RegExp(`"conc": ${conc}\\b`, 'g'), `"conc": ${c}`)
            .replace(new RegExp(`"max_concurrency": ${conc}\\b`, 'g'), `"max_concurrency": ${c}`)
            .replace(new RegExp(`_conc${conc}_`, 'g'), `_conc${c}_`),
        })),
      ),
    );
  }
  return out;
}

export async function artifactsScenario(o: {
  count: number;
  latencyMs: number;
  concurrencies: number[];
  log: (s: string) => void;
}): Promise<ArtifactsRow[]> {
  const azurite = await startAzurite();
  const tripwire = await startTripwire();
  const proxy = await delayingProxy(azurite.port, o.latencyMs);
  const delayed: Azurite = {
    ...azurite,
    sasUrl: (...a) => azurite.sasUrl(...a).replace(`127.0.0.1:${azurite.port}/`, `127.0.0.1:${proxy.port}/`),
  };
  const zips = cellZips(o.count);
  const rows: ArtifactsRow[] = [];
  try {
    for (const [k, concurrency] of o.concurrencies.entries()) {
      const fake = new FakeGitHub(delayed, `bench-${process.pid}-${k}`);
      await fake.start();
      try {
        const run = fake.addRun({ id: 2001, headSha: SHA.head, headBranch: 'feature', event: 'pull_request' });
        for (const [i, zip] of zips.entries())
          await fake.addRawArtifact(run, `bmk_${String(i).padStart(4, '0')}`, zip);
        fake.latencyMs = o.latencyMs;
        const r = await runAction({
          inputs: {
            'results-path': 'results',
            'artifact-pattern': 'bmk_*',
            'download-concurrency': String(concurrency),
            baseline: 'none',
            comment: 'never',
          },
          eventName: 'pull_request',
          event: pullRequestEvent(),
          apiUrl: fake.url,
          resultsUrl: fake.url,
          tripwireUrl: tripwire.url,
          runId: run.id,
          runtimeToken: run.runtimeToken,
          sha: 'e'.repeat(40),
          ref: 'refs/pull/7/merge',
          baseRef: 'main',
          headRef: 'feature',
          timeoutMs: 900_000,
        });
        const m = /Downloaded (\d+) artifact\(s\) .* in ([\d.]+) s/.exec(r.stdout);
        const row: ArtifactsRow = {
          concurrency,
          artifacts: m ? Number(m[1]) : 0,
          latency_ms: o.latencyMs,
          download_s: m ? Number(m[2]) : null,
          step_s: Math.round(r.elapsedMs) / 1000,
          exit_code: r.exitCode,
        };
        if (!m || fake.violations.length > 0 || tripwire.hits.length > 0)
          o.log(`bench: artifacts: concurrency ${concurrency}: ${r.stdout.slice(-2000)} ${fake.violations.join('; ')}`);
        o.log(
          `bench: artifacts_${o.count}: concurrency ${concurrency}: download ${row.download_s ?? '?'} s, step ${row.step_s} s, exit ${r.exitCode}`,
        );
        rows.push(row);
      } finally {
        await fake.stop();
      }
    }
  } finally {
    await new Promise<void>((resolve) => proxy.server.close(() => resolve()));
    await Promise.all([azurite.stop(), tripwire.stop()]);
  }
  return rows;
}
