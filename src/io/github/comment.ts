/**
 * The sticky PR comment: find ours (marker at the start of the body AND the expected bot author)
 * across all pages, update it, create one only when none exists. A human's comment that contains
 * the marker is never touched. The body arrives within budget (src/render/comment.ts).
 */
import { callApi } from './errors.js';
import type { GitHubApi } from './octokit.js';

const PER_PAGE = 100;
/** Stop paging after this many pages (10,000 comments): a guard against a runaway Link chain. */
const MAX_PAGES = 100;

export interface IssueComment {
  id: number;
  body?: string | null;
  html_url: string;
  user: { login: string; type?: string } | null;
}

export interface CommentTarget {
  owner: string;
  repo: string;
  issueNumber: number;
}

export interface FindOptions extends CommentTarget {
  marker: string;
  /** Login of our bot, e.g. github-actions[bot]. */
  author: string;
}

export interface FoundComments {
  /** The comment to update (the oldest of ours), or null. */
  ours: IssueComment | null;
  /** Further comments of ours (a past race); left alone, reported. */
  duplicates: IssueComment[];
  /** Comments carrying the marker by someone else (ignored on purpose). */
  impostors: number;
  pages: number;
}

function hasNextPage(link: unknown): boolean {
  return typeof link === 'string' && /<[^>]+>;\s*rel="next"/.test(link);
}

/** True when `c` is our comment: body starts with the marker and the author is our bot. */
export function isOurComment(c: IssueComment, marker: string, author: string): boolean {
  const body = c.body ?? '';
  if (!body.startsWith(marker)) return false;
  const login = c.user?.login ?? '';
  if (login.toLowerCase() !== author.toLowerCase()) return false;
  // A "[bot]" login must belong to a Bot account (a user cannot register such a login, but be strict).
  if (author.endsWith('[bot]') && c.user?.type !== undefined && c.user.type !== 'Bot') return false;
  return true;
}

/** Lists every page of the PR's comments and picks ours. */
export async function findStickyComment(api: GitHubApi, o: FindOptions): Promise<FoundComments> {
  const mine: IssueComment[] = [];
  let impostors = 0;
  let page = 1;
  for (; page <= MAX_PAGES; page++) {
    const res = await callApi('issues/list-comments', () =>
      api.request('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
        owner: o.owner,
        repo: o.repo,
        issue_number: o.issueNumber,
        per_page: PER_PAGE,
        page,
      }),
    );
    const items = Array.isArray(res.data) ? (res.data as IssueComment[]) : [];
    for (const c of items) {
      if (isOurComment(c, o.marker, o.author)) mine.push(c);
      else if ((c.body ?? '').includes(o.marker)) impostors++;
    }
    if (!hasNextPage(res.headers.link) || items.length < PER_PAGE) break;
  }
  mine.sort((a, b) => a.id - b.id);
  return { ours: mine[0] ?? null, duplicates: mine.slice(1), impostors, pages: Math.min(page, MAX_PAGES) };
}

export interface UpsertResult {
  action: 'created' | 'updated';
  id: number;
  url: string;
  duplicates: number;
  impostors: number;
}

/**
 * Updates our comment or creates it. `createIfMissing: false` (comment: on-change with nothing to
 * say) only updates an existing one and returns null otherwise.
 */
export async function upsertComment(
  api: GitHubApi,
  o: FindOptions & { body: string; createIfMissing?: boolean },
): Promise<UpsertResult | null> {
  const found = await findStickyComment(api, o);
  if (found.ours) {
    const res = await callApi('issues/update-comment', () =>
      api.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', {
        owner: o.owner,
        repo: o.repo,
        comment_id: (found.ours as IssueComment).id,
        body: o.body,
      }),
    );
    const c = res.data as IssueComment;
    return {
      action: 'updated',
      id: c.id,
      url: c.html_url,
      duplicates: found.duplicates.length,
      impostors: found.impostors,
    };
  }
  if (o.createIfMissing === false) return null;
  const res = await callApi('issues/create-comment', () =>
    api.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
      owner: o.owner,
      repo: o.repo,
      issue_number: o.issueNumber,
      body: o.body,
    }),
  );
  const c = res.data as IssueComment;
  return { action: 'created', id: c.id, url: c.html_url, duplicates: 0, impostors: found.impostors };
}
