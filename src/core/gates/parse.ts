/**
 * The gate parser: `<path> <op> <value>` (docs/GATES.md). Every malformed gate is a UsageError
 * with one line naming the gate and the 1-based column, e.g.
 * `gate 2, column 17: expected an operator (<=, <, >=, >, ==, !=, semver ops) after the path, got 'x'`.
 */
import { UsageError } from '../types.js';
import { parseSemver } from './semver.js';
import {
  GATE_SEVERITIES,
  type Gate,
  type GateLiteral,
  type GateOp,
  type GateSeverity,
  type PathStep,
  type Predicate,
} from './types.js';

const KEY_CHAR = /[A-Za-z0-9_-]/;
const NUMBER_RE = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const OPS_HINT = '(<=, <, >=, >, ==, !=, semver ops)';
// Longest first so `<=` wins over `<`.
const PLAIN_OPS = ['<=', '>=', '==', '!=', '<', '>'] as const;

class Scanner {
  pos = 0;
  constructor(
    readonly text: string,
    readonly where: string,
  ) {}

  fail(message: string, pos = this.pos): never {
    throw new UsageError(`${this.where}, column ${pos + 1}: ${message}`);
  }

  eof(): boolean {
    return this.pos >= this.text.length;
  }

  peek(): string {
    return this.text[this.pos] ?? '';
  }

  skipWs(): void {
    while (!this.eof() && /\s/.test(this.peek())) this.pos++;
  }

  /** What sits at `pos`, for "got ..." in messages. */
  got(pos = this.pos): string {
    if (pos >= this.text.length) return 'the end of the gate';
    let t = /^\S+/.exec(this.text.slice(pos))?.[0] ?? this.text.slice(pos, pos + 1);
    if (t.length > 24) t = `${t.slice(0, 23)}…`;
    return `'${t}'`;
  }

  /** A double-quoted string; `\"` and `\\` escape. */
  quoted(): string {
    const start = this.pos;
    this.pos++;
    let out = '';
    for (;;) {
      if (this.eof()) this.fail('unterminated string: no closing double quote', start);
      const c = this.peek();
      this.pos++;
      if (c === '"') return out;
      if (c === '\\') {
        if (this.eof()) this.fail('unterminated string: no closing double quote', start);
        out += this.peek();
        this.pos++;
      } else {
        out += c;
      }
    }
  }

  /** A bare key ([A-Za-z0-9_-]+) or a quoted one; null when neither starts here. */
  key(): string | null {
    if (this.peek() === '"') return this.quoted();
    const start = this.pos;
    while (!this.eof() && KEY_CHAR.test(this.peek())) this.pos++;
    return this.pos > start ? this.text.slice(start, this.pos) : null;
  }
}

function parseSelector(s: Scanner): PathStep {
  const open = s.pos;
  s.pos++; // '['
  s.skipWs();
  if (s.peek() === '*') {
    s.pos++;
    s.skipWs();
    if (s.peek() !== ']') s.fail(`expected ']' after '*', got ${s.got()}`);
    s.pos++;
    return { kind: 'wildcard' };
  }
  const idx = /^\d+/.exec(s.text.slice(s.pos))?.[0];
  if (idx !== undefined && /^\s*\]/.test(s.text.slice(s.pos + idx.length))) {
    s.pos += idx.length;
    s.skipWs();
    s.pos++;
    return { kind: 'index', index: Number(idx) };
  }
  const predicates: Predicate[] = [];
  for (;;) {
    s.skipWs();
    if (s.eof()) s.fail(`unclosed '['`, open);
    const keyStart = s.pos;
    const first = s.key();
    if (first === null) s.fail(`expected a predicate key=value, '*' or an index in '[...]', got ${s.got()}`);
    const key = [first];
    while (s.peek() === '.') {
      s.pos++;
      const part = s.key();
      if (part === null) s.fail(`expected a key after '.' in the predicate key, got ${s.got()}`);
      key.push(part);
    }
    s.skipWs();
    if (s.peek() !== '=')
      s.fail(`expected '=' after the predicate key '${s.text.slice(keyStart, s.pos).trim()}', got ${s.got()}`);
    s.pos++;
    s.skipWs();
    let value: string;
    let quoted = false;
    if (s.peek() === '"') {
      value = s.quoted();
      quoted = true;
    } else {
      const start = s.pos;
      while (!s.eof() && !/[\s,\]"=[]/.test(s.peek())) s.pos++;
      value = s.text.slice(start, s.pos);
      if (value === '') s.fail(`expected a value after '=' (quote values containing ',', ']' or '='), got ${s.got()}`);
    }
    predicates.push({ key, value, quoted });
    s.skipWs();
    if (s.eof()) s.fail(`unclosed '['`, open);
    const c = s.peek();
    s.pos++;
    if (c === ']') return { kind: 'match', predicates };
    if (c !== ',')
      s.fail(
        `expected ',' or ']' after the predicate value (quote values containing ',', ']' or '='), got ${s.got(s.pos - 1)}`,
        s.pos - 1,
      );
  }
}

function parsePath(s: Scanner): PathStep[] {
  s.skipWs();
  const first = s.key();
  if (first === null) s.fail(`expected a path (e.g. cells[*].metrics.p99_ttft), got ${s.got()}`);
  const steps: PathStep[] = [{ kind: 'key', key: first }];
  for (;;) {
    const c = s.peek();
    if (c === '.') {
      s.pos++;
      const key = s.key();
      if (key === null) s.fail(`expected a key after '.', got ${s.got()}`);
      steps.push({ kind: 'key', key });
    } else if (c === '[') {
      steps.push(parseSelector(s));
    } else {
      return steps;
    }
  }
}

function parseOp(s: Scanner): GateOp {
  s.skipWs();
  const rest = s.text.slice(s.pos);
  const semver = rest.startsWith('semver');
  const body = semver ? rest.slice('semver'.length) : rest;
  const op = PLAIN_OPS.find((o) => body.startsWith(o));
  if (op === undefined) s.fail(`expected an operator ${OPS_HINT} after the path, got ${s.got()}`);
  s.pos += (semver ? 'semver'.length : 0) + op.length;
  return semver ? `semver${op}` : op;
}

function parseValue(s: Scanner, op: GateOp): GateLiteral {
  s.skipWs();
  const start = s.pos;
  if (s.eof()) s.fail(`expected a value after '${op}', got the end of the gate`);
  let value: GateLiteral;
  let quoted = false;
  if (s.peek() === '"') {
    value = s.quoted();
    quoted = true;
  } else {
    const token = /^\S+/.exec(s.text.slice(s.pos))?.[0] ?? '';
    s.pos += token.length;
    if (NUMBER_RE.test(token)) value = Number(token);
    else if (token === 'true' || token === 'false') value = token === 'true';
    else if (token === 'null')
      s.fail(
        `'null' cannot be compared: a null value resolves to not_found; quote it ("null") to mean the string`,
        start,
      );
    else value = token;
  }
  s.skipWs();
  if (!s.eof()) s.fail(`unexpected text after the value, got ${s.got()}`);
  if (op.startsWith('semver')) {
    if (typeof value !== 'string' && typeof value !== 'number')
      s.fail(`expected a semantic version (e.g. 1.2.3) after '${op}', got ${s.got(start)}`, start);
    const text = typeof value === 'number' ? s.text.slice(start, s.pos).trim() : value;
    if (parseSemver(text) === null)
      s.fail(`expected a semantic version (e.g. 1.2.3) after '${op}', got ${s.got(start)}`, start);
    return text;
  }
  if (op !== '==' && op !== '!=' && typeof value !== 'number') {
    s.fail(
      `expected a number after '${op}', got ${s.got(start)}${quoted ? ' (strings only compare with == and !=, versions with semver ops)' : ''}`,
      start,
    );
  }
  return value;
}

/** Parses one gate, at `where` in messages (e.g. "gate 2", "gates line 5"). */
function parseGateText(text: string, where: string, severity: GateSeverity, name?: string): Gate {
  if (typeof text !== 'string' || text.trim() === '')
    throw new UsageError(`${where}: empty gate; expected '<path> <op> <value>'`);
  const s = new Scanner(text, where);
  const path = parsePath(s);
  const op = parseOp(s);
  const expected = parseValue(s, op);
  const gate: Gate = { text: text.trim(), severity, path, op, expected };
  if (name !== undefined) gate.name = name;
  return gate;
}

/**
 * Parses one gate line `<path> <op> <value>`. `index` is the 0-based position in its list, used
 * in messages as "gate <index+1>". Throws UsageError (one line, with the column) when malformed.
 */
export function parseGate(text: string, index?: number): Gate {
  return parseGateText(text, index === undefined ? 'gate' : `gate ${index + 1}`, 'error');
}

/**
 * Parses the config's `gates` list: each item a gate string or `{ gate, severity?, name? }`
 * (severity `error` — the default — or `warning`). `label` prefixes messages ("gate" by default).
 */
export function parseGates(items: readonly unknown[], label = 'gate'): Gate[] {
  if (!Array.isArray(items)) throw new UsageError(`${label}s: expected a list of gates`);
  return items.map((item, i) => {
    const where = `${label} ${i + 1}`;
    if (typeof item === 'string') return parseGateText(item, where, 'error');
    if (item === null || typeof item !== 'object' || Array.isArray(item)) {
      throw new UsageError(
        `${where}: expected a string '<path> <op> <value>' or an object {gate, severity?, name?}, got ${item === null ? 'null' : Array.isArray(item) ? 'a list' : typeof item}`,
      );
    }
    const obj = item as Record<string, unknown>;
    const unknown = Object.keys(obj)
      .filter((k) => k !== 'gate' && k !== 'severity' && k !== 'name')
      .sort();
    if (unknown.length > 0)
      throw new UsageError(`${where}: unknown key '${unknown[0]}' (allowed: gate, severity, name)`);
    if (typeof obj.gate !== 'string') throw new UsageError(`${where}: 'gate' must be a string '<path> <op> <value>'`);
    const severity = obj.severity ?? 'error';
    if (!GATE_SEVERITIES.includes(severity as GateSeverity)) {
      throw new UsageError(`${where}: 'severity' must be 'error' or 'warning', got '${String(severity)}'`);
    }
    if (obj.name !== undefined && (typeof obj.name !== 'string' || obj.name.trim() === '')) {
      throw new UsageError(`${where}: 'name' must be a non-empty string`);
    }
    return parseGateText(obj.gate, where, severity as GateSeverity, obj.name);
  });
}

/** Index of a trailing ` # comment` (a `#` after whitespace, outside double quotes), else -1. */
function commentStart(line: string): number {
  let inQuotes = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (inQuotes && c === '\\') i++;
    else if (c === '"') inQuotes = !inQuotes;
    else if (!inQuotes && c === '#' && (i === 0 || /\s/.test(line[i - 1] ?? ''))) return i;
  }
  return -1;
}

/**
 * Parses gates written one per line (the action input). Blank lines and `#` comment lines are
 * ignored; a trailing ` # comment` is allowed, and one that starts with the word `warning`
 * (` # warning: flaky on h100`) gives the gate severity warning (the action input has no other
 * place for it). Messages say "<label> line <n>, column <c>" with the column in the line.
 */
export function parseGateLines(text: string, label = 'gates'): Gate[] {
  const out: Gate[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    let body = line;
    let severity: GateSeverity = 'error';
    const hash = commentStart(line);
    if (hash >= 0) {
      body = line.slice(0, hash);
      if (/^warning\b/i.test(line.slice(hash + 1).trim())) severity = 'warning';
    }
    if (body.trim() === '') return;
    out.push(parseGateText(body, `${label} line ${i + 1}`, severity));
  });
  return out;
}
