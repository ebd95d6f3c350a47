#!/usr/bin/env node
// Release notes for one version, from CHANGELOG.md (Keep a Changelog): the body of its
// `## [X.Y.Z] - YYYY-MM-DD` section, printed to stdout. Used by .github/workflows/release.yml.
//
//   node scripts/release-notes.mjs v1.2.3              print the notes of 1.2.3
//   node scripts/release-notes.mjs --check-version v1.2.3   fail unless package.json says 1.2.3
//   [--changelog FILE] [--package FILE]                 other files (tests)
//
// Exit 1 with one line on stderr when the tag is not vX.Y.Z[-pre], the section is missing or
// empty, or package.json's version differs from the tag.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const TAG = /^v(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)$/;

function fail(message) {
  process.stderr.write(`release-notes: ${message}\n`);
  process.exit(1);
}

/** The body of `## [version]` in a Keep a Changelog text, without link definitions; null when absent. */
export function sectionOf(changelog, version) {
  const lines = changelog.split(/\r?\n/);
  const escaped = version.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const head = new RegExp(`^## \\[${escaped}\\](?:\\s+-\\s+\\d{4}-\\d{2}-\\d{2})?\\s*$`);
  const start = lines.findIndex((l) => head.test(l));
  if (start < 0) return null;
  const body = [];
  for (const line of lines.slice(start + 1)) {
    if (/^## /.test(line)) break;
    if (/^\[[^\]]+\]:\s+\S+/.test(line)) continue; // link reference definitions at the end of the file
    body.push(line);
  }
  return body.join('\n').trim();
}

function main(argv) {
  let changelogPath = 'CHANGELOG.md';
  let packagePath = 'package.json';
  let checkVersion = false;
  const rest = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--changelog') changelogPath = argv[++i];
    else if (a === '--package') packagePath = argv[++i];
    else if (a === '--check-version') checkVersion = true;
    else rest.push(a);
  }
  if (rest.length !== 1) fail('usage: release-notes.mjs [--check-version] vX.Y.Z');
  const m = TAG.exec(rest[0]);
  if (!m) fail(`'${rest[0]}' is not a version tag vX.Y.Z[-pre]`);
  const version = m[1];
  if (checkVersion) {
    const pkg = JSON.parse(readFileSync(packagePath, 'utf8'));
    if (pkg.version !== version) fail(`${packagePath} says version ${pkg.version}, the tag says ${version}`);
    return;
  }
  const notes = sectionOf(readFileSync(changelogPath, 'utf8'), version);
  if (notes === null) fail(`${changelogPath} has no '## [${version}] - YYYY-MM-DD' section`);
  if (notes === '') fail(`${changelogPath}: the section of ${version} is empty`);
  process.stdout.write(`${notes}\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main(process.argv.slice(2));
