// Prints what the demo produced: report.md, then the PR comment the action would post.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const dir = process.argv[2] ?? 'examples/out';
for (const [title, file] of [
  ['report.md', 'report.md'],
  ['PR comment (comment.md)', 'comment.md'],
]) {
  const p = path.join(dir, file);
  if (!existsSync(p)) continue;
  process.stdout.write(`\n===== ${title}: ${p} =====\n\n${readFileSync(p, 'utf8')}`);
}
