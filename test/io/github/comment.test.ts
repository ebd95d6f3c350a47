import { describe, expect, it } from 'vitest';
import { findStickyComment, isOurComment, upsertComment, type IssueComment } from '../../../src/io/github/comment.js';
import { fakeApi, httpError, ok } from './fake-api.js';

const MARKER = '<!-- inferguard-bench:v1 key=default -->';
const BOT = { login: 'github-actions[bot]', type: 'Bot' };
const HUMAN = { login: 'octocat', type: 'User' };
const LIST = 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments';
const PATCH = 'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}';
const POST = 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments';

function comment(id: number, body: string, user = BOT): IssueComment {
  return { id, body, user, html_url: `https://github.com/o/r/pull/7#issuecomment-${id}` };
}

/** Serves `all` in pages of per_page with a Link rel="next" header while more remain. */
function pagedList(all: IssueComment[]) {
  return (p: Record<string, unknown>) => {
    const per = Number(p.per_page);
    const page = Number(p.page);
    const items = all.slice((page - 1) * per, page * per);
    const more = page * per < all.length;
    return ok(items, more ? { link: `<http://api/x?page=${page + 1}>; rel="next"` } : {});
  };
}

const target = { owner: 'o', repo: 'r', issueNumber: 7, marker: MARKER, author: 'github-actions[bot]' };

describe('isOurComment', () => {
  it.each([
    [comment(1, `${MARKER}\nbody`), true],
    [comment(2, `${MARKER}\nbody`, HUMAN), false], // a human pasted our marker
    [comment(3, `quoting: ${MARKER}`), false], // marker not at the start
    [comment(4, `${MARKER}`, { login: 'github-actions[bot]', type: 'User' }), false], // "[bot]" login that is not a Bot
    [comment(5, '<!-- inferguard-bench:v1 key=other -->\nx'), false], // another suite's key
  ])('%#', (c, expected) => {
    expect(isOurComment(c, MARKER, 'github-actions[bot]')).toBe(expected);
  });
});

describe('findStickyComment', () => {
  it('finds ours on page 2 of 130 comments and ignores an impostor on page 1', async () => {
    const all = Array.from({ length: 130 }, (_, i) => comment(i + 1, `hello ${i}`, HUMAN));
    all[4] = comment(5, `${MARKER}\nimpostor`, HUMAN);
    all[119] = comment(120, `${MARKER}\nours`);
    const api = fakeApi({ [LIST]: pagedList(all) });
    const found = await findStickyComment(api, target);
    expect(found.ours?.id).toBe(120);
    expect(found.impostors).toBe(1);
    // 130 comments at 100 per page = 2 requests, pages 1 and 2.
    expect(api.calls.map((c) => c.params.page)).toEqual([1, 2]);
    expect(api.calls.every((c) => c.params.per_page === 100)).toBe(true);
  });

  it('picks the oldest when a past race left two of ours', async () => {
    const api = fakeApi({ [LIST]: pagedList([comment(9, `${MARKER}\nb`), comment(3, `${MARKER}\na`)]) });
    const found = await findStickyComment(api, target);
    expect(found.ours?.id).toBe(3);
    expect(found.duplicates.map((c) => c.id)).toEqual([9]);
  });
});

describe('upsertComment', () => {
  it('creates when none exists, then updates the same comment', async () => {
    const store: IssueComment[] = [comment(1, 'LGTM', HUMAN)];
    const api = fakeApi({
      [LIST]: pagedList(store),
      [POST]: (p) => {
        const c = comment(2, String(p.body));
        store.push(c);
        return ok(c, {}, 201);
      },
      [PATCH]: (p) => {
        const c = store.find((x) => x.id === p.comment_id) as IssueComment;
        c.body = String(p.body);
        return ok(c);
      },
    });
    const first = await upsertComment(api, { ...target, body: `${MARKER}\nv1` });
    const second = await upsertComment(api, { ...target, body: `${MARKER}\nv2` });
    expect(first).toMatchObject({ action: 'created', id: 2 });
    expect(second).toMatchObject({ action: 'updated', id: 2 });
    expect(api.calls.map((c) => c.route)).toEqual([LIST, POST, LIST, PATCH]);
    expect(store.map((c) => c.body)).toEqual(['LGTM', `${MARKER}\nv2`]);
  });

  it('with createIfMissing false, creates nothing', async () => {
    const api = fakeApi({ [LIST]: pagedList([]) });
    expect(await upsertComment(api, { ...target, body: 'x', createIfMissing: false })).toBeNull();
    expect(api.calls.map((c) => c.route)).toEqual([LIST]);
  });

  it('a read-only token surfaces as one line with operation and status', async () => {
    const api = fakeApi({
      [LIST]: pagedList([]),
      [POST]: () => {
        throw httpError(403, 'Resource not accessible by integration');
      },
    });
    await expect(upsertComment(api, { ...target, body: 'x' })).rejects.toThrow(
      'GitHub API issues/create-comment failed (HTTP 403): Resource not accessible by integration',
    );
  });
});
