/**
 * The harness's own checks must be able to fail: the OpenAPI validation rejects wrong requests and
 * responses, the sampler's objects pass it, and the tripwire records an escaping request.
 */
import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { openApi } from './harness/fake-github.js';
import { parseOutputFile } from './harness/run-action.js';
import { startTripwire } from './harness/tripwire.js';

describe('OpenAPI contract checks', () => {
  const oa = openApi();
  const op = (id: string) =>
    oa.operations.find((o) => o.operationId === id) as NonNullable<ReturnType<typeof oa.match>>['op'];

  it('routes GitHub paths to operation ids', () => {
    expect(oa.match('PATCH', '/repos/o/r/issues/comments/12')?.op.operationId).toBe('issues/update-comment');
    expect(oa.match('GET', '/repos/o/r/actions/artifacts/5/zip')?.params).toEqual({
      owner: 'o',
      repo: 'r',
      artifact_id: '5',
      archive_format: 'zip',
    });
    expect(oa.match('DELETE', '/repos/o/r/issues/comments/12')).toBeNull();
  });

  it('rejects bad parameters, unknown query keys and bad bodies', () => {
    const m = oa.match('GET', '/repos/o/r/issues/7/comments');
    expect(m).not.toBeNull();
    expect(
      oa.checkParameters(op('issues/list-comments'), m?.params ?? {}, new URLSearchParams('per_page=100&page=2')),
    ).toEqual([]);
    expect(
      oa.checkParameters(op('issues/list-comments'), m?.params ?? {}, new URLSearchParams('per_page=abc'))[0],
    ).toMatch(/per_page/);
    expect(oa.checkParameters(op('issues/list-comments'), m?.params ?? {}, new URLSearchParams('bogus=1'))).toEqual([
      "unknown query parameter 'bogus'",
    ]);
    expect(oa.checkBody(op('issues/create-comment'), { body: 'x' })).toEqual([]);
    expect(oa.checkBody(op('issues/create-comment'), { text: 'x' })[0]).toMatch(/request body/);
  });

  it('accepts sampled responses and rejects one missing required fields', () => {
    const comment = oa.sample(oa.responseSchema('issues/create-comment', 201)) as Record<string, unknown>;
    expect(oa.checkResponse(op('issues/create-comment'), 201, comment)).toEqual([]);
    const { user: _u, ...noUser } = comment;
    expect(oa.checkResponse(op('issues/create-comment'), 201, noUser)[0]).toMatch(/must have required property 'user'/);
    expect(oa.checkResponse(op('issues/create-comment'), 418, {})).toEqual([
      'status 418 is not documented for issues/create-comment',
    ]);
  });
});

describe('tripwire', () => {
  it('records a request sent through it and refuses it', async () => {
    const t = await startTripwire();
    const status = await new Promise<number>((resolve, reject) => {
      const u = new URL(t.url);
      const req = request(
        { host: u.hostname, port: u.port, path: 'http://api.github.com/zen', method: 'GET' },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      req.end();
    });
    await t.stop();
    expect(status).toBe(403);
    expect(t.hits).toEqual(['GET http://api.github.com/zen']);
  });
});

describe('parseOutputFile', () => {
  it('reads the delimiter format @actions/core writes, multi-line values included', () => {
    const text = 'a<<ghadelimiter_1\nx\nghadelimiter_1\nb<<ghadelimiter_2\nl1\nl2\nghadelimiter_2\n';
    expect(parseOutputFile(text)).toEqual({ a: 'x', b: 'l1\nl2' });
  });
});
