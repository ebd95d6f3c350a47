// Builds the committed bundles with ncc: dist/index.js (the action, from src/main.ts) and
// dist/cli/index.js (the `inferguard` CLI, from src/cli.ts). Runs with plain `node`, no
// node_modules needed at run time. Fails when a bundle contains this machine's path.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync, statSync, writeFileSync, chmodSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ncc = path.join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');

// `--out DIR` builds elsewhere (the dist-freshness test compares that build with dist/).
const outArg = process.argv.indexOf('--out');
const outDir = outArg > 0 ? path.resolve(process.argv[outArg + 1]) : path.join(root, 'dist');
const targets = [
  { entry: 'src/main.ts', out: outDir },
  { entry: 'src/cli.ts', out: path.join(outDir, 'cli') },
];

rmSync(outDir, { recursive: true, force: true });
for (const t of targets) {
  execFileSync(
    process.execPath,
    [ncc, 'build', t.entry, '-o', t.out, '--license', 'licenses.txt', '--quiet', '--target', 'es2022'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
}

// The CLI is a bin: give it a shebang and the executable bit.
const cli = path.join(outDir, 'cli', 'index.js');
let cliText = readFileSync(cli, 'utf8');
if (!cliText.startsWith('#!')) cliText = `#!/usr/bin/env node\n${cliText}`;
writeFileSync(cli, cliText);
chmodSync(cli, 0o755);

// No machine path may leak into the bundles.
const needles = [root, process.env.HOME].filter((x) => x && x.length > 1);
function walk(dir) {
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) walk(p);
    else {
      const text = readFileSync(p, 'utf8');
      for (const n of needles) {
        if (text.includes(n)) {
          console.error(`bundle: ${path.relative(root, p)} contains the machine path ${n}`);
          process.exit(1);
        }
      }
    }
  }
}
walk(outDir);
