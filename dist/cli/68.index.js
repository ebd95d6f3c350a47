export const id = 68;
export const ids = [68];
export const modules = {

/***/ 6482:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ud: () => (/* reexport */ evaluateGates),
  NS: () => (/* reexport */ isDiffGate),
  GB: () => (/* reexport */ parseGateLines),
  MJ: () => (/* reexport */ parseGates)
});

// UNUSED EXPORTS: COMPARISON_OPS, GATES_SCHEMA_VERSION, GATE_OPS, GATE_OUTCOMES, GATE_OUTCOME_WORDS, GATE_SEVERITIES, compareSemver, describeElement, formatPath, gateAnnotations, gatesExitCode, isBlocking, lookupPredicateField, parseGate, parseSemver, predicateMatches, resolvePath, summarizeGateResults

// EXTERNAL MODULE: ./src/core/types.ts
var types = __webpack_require__(3054);
;// CONCATENATED MODULE: ./src/core/gates/semver.ts
/**
 * Semantic-version comparison (semver.org 2.0.0, §11 precedence) for `semver<op>` gates. No
 * dependency: the grammar is small. Lenient in two documented ways: a leading `v` is allowed and
 * missing minor/patch parts count as 0 (`1.2` = `1.2.0`). Build metadata (`+...`) is ignored.
 */
const NUM = '(0|[1-9]\\d*)';
const IDENT = '[0-9A-Za-z-]+';
const SEMVER_RE = new RegExp(`^v?${NUM}(?:\\.${NUM})?(?:\\.${NUM})?(?:-(${IDENT}(?:\\.${IDENT})*))?(?:\\+${IDENT}(?:\\.${IDENT})*)?$`);
/** Parses a version string; null when it is not a semantic version. */
function parseSemver(text) {
    const m = SEMVER_RE.exec(text.trim());
    if (!m)
        return null;
    const pre = m[4] === undefined ? [] : m[4].split('.');
    // A numeric pre-release identifier must not have leading zeros (semver §9).
    if (pre.some((p) => /^0\d+$/.test(p)))
        return null;
    return {
        major: Number(m[1]),
        minor: Number(m[2] ?? 0),
        patch: Number(m[3] ?? 0),
        prerelease: pre.map((p) => (/^\d+$/.test(p) ? Number(p) : p)),
    };
}
function cmp(a, b) {
    if (typeof a === 'number' && typeof b === 'number')
        return Math.sign(a - b);
    // Numeric identifiers have lower precedence than alphanumeric ones.
    if (typeof a === 'number')
        return -1;
    if (typeof b === 'number')
        return 1;
    return a < b ? -1 : a > b ? 1 : 0;
}
/** -1, 0 or 1 by semver precedence (a release ranks above its pre-releases). */
function compareSemver(a, b) {
    for (const k of ['major', 'minor', 'patch']) {
        if (a[k] !== b[k])
            return Math.sign(a[k] - b[k]);
    }
    if (a.prerelease.length === 0 || b.prerelease.length === 0) {
        return a.prerelease.length === b.prerelease.length ? 0 : a.prerelease.length === 0 ? 1 : -1;
    }
    const n = Math.min(a.prerelease.length, b.prerelease.length);
    for (let i = 0; i < n; i++) {
        const c = cmp(a.prerelease[i], b.prerelease[i]);
        if (c !== 0)
            return c;
    }
    return Math.sign(a.prerelease.length - b.prerelease.length);
}

;// CONCATENATED MODULE: ./src/core/gates/types.ts
/**
 * SLO gates (docs/GATES.md): one-line constraints `<path> <op> <value>` on any value of a report
 * (or, in compare mode, of the report diff), and the `gates` block they produce. The block mirrors
 * schemas/inferguard-gates-v1.schema.json field for field.
 */
const GATES_SCHEMA_VERSION = 'inferguard-gates/v1';
/** Plain comparison operators. */
const COMPARISON_OPS = ['<=', '<', '>=', '>', '==', '!='];
const GATE_OPS = [...COMPARISON_OPS, ...COMPARISON_OPS.map((o) => `semver${o}`)];
const GATE_SEVERITIES = ['error', 'warning'];
const GATE_OUTCOMES = (/* unused pure expression or super */ null && (['pass', 'fail', 'not_found', 'conflict', 'error']));

;// CONCATENATED MODULE: ./src/core/gates/parse.ts
/**
 * The gate parser: `<path> <op> <value>` (docs/GATES.md). Every malformed gate is a UsageError
 * with one line naming the gate and the 1-based column, e.g.
 * `gate 2, column 17: expected an operator (<=, <, >=, >, ==, !=, semver ops) after the path, got 'x'`.
 */



const KEY_CHAR = /[A-Za-z0-9_-]/;
const NUMBER_RE = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const OPS_HINT = '(<=, <, >=, >, ==, !=, semver ops)';
// Longest first so `<=` wins over `<`.
const PLAIN_OPS = ['<=', '>=', '==', '!=', '<', '>'];
class Scanner {
    text;
    where;
    pos = 0;
    constructor(text, where) {
        this.text = text;
        this.where = where;
    }
    fail(message, pos = this.pos) {
        throw new types/* UsageError */.eb(`${this.where}, column ${pos + 1}: ${message}`);
    }
    eof() {
        return this.pos >= this.text.length;
    }
    peek() {
        return this.text[this.pos] ?? '';
    }
    skipWs() {
        while (!this.eof() && /\s/.test(this.peek()))
            this.pos++;
    }
    /** What sits at `pos`, for "got ..." in messages. */
    got(pos = this.pos) {
        if (pos >= this.text.length)
            return 'the end of the gate';
        let t = /^\S+/.exec(this.text.slice(pos))?.[0] ?? this.text.slice(pos, pos + 1);
        if (t.length > 24)
            t = `${t.slice(0, 23)}…`;
        return `'${t}'`;
    }
    /** A double-quoted string; `\"` and `\\` escape. */
    quoted() {
        const start = this.pos;
        this.pos++;
        let out = '';
        for (;;) {
            if (this.eof())
                this.fail('unterminated string: no closing double quote', start);
            const c = this.peek();
            this.pos++;
            if (c === '"')
                return out;
            if (c === '\\') {
                if (this.eof())
                    this.fail('unterminated string: no closing double quote', start);
                out += this.peek();
                this.pos++;
            }
            else {
                out += c;
            }
        }
    }
    /** A bare key ([A-Za-z0-9_-]+) or a quoted one; null when neither starts here. */
    key() {
        if (this.peek() === '"')
            return this.quoted();
        const start = this.pos;
        while (!this.eof() && KEY_CHAR.test(this.peek()))
            this.pos++;
        return this.pos > start ? this.text.slice(start, this.pos) : null;
    }
}
function parseSelector(s) {
    const open = s.pos;
    s.pos++; // '['
    s.skipWs();
    if (s.peek() === '*') {
        s.pos++;
        s.skipWs();
        if (s.peek() !== ']')
            s.fail(`expected ']' after '*', got ${s.got()}`);
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
    const predicates = [];
    for (;;) {
        s.skipWs();
        if (s.eof())
            s.fail(`unclosed '['`, open);
        const keyStart = s.pos;
        const first = s.key();
        if (first === null)
            s.fail(`expected a predicate key=value, '*' or an index in '[...]', got ${s.got()}`);
        const key = [first];
        while (s.peek() === '.') {
            s.pos++;
            const part = s.key();
            if (part === null)
                s.fail(`expected a key after '.' in the predicate key, got ${s.got()}`);
            key.push(part);
        }
        s.skipWs();
        if (s.peek() !== '=')
            s.fail(`expected '=' after the predicate key '${s.text.slice(keyStart, s.pos).trim()}', got ${s.got()}`);
        s.pos++;
        s.skipWs();
        let value;
        let quoted = false;
        if (s.peek() === '"') {
            value = s.quoted();
            quoted = true;
        }
        else {
            const start = s.pos;
            while (!s.eof() && !/[\s,\]"=[]/.test(s.peek()))
                s.pos++;
            value = s.text.slice(start, s.pos);
            if (value === '')
                s.fail(`expected a value after '=' (quote values containing ',', ']' or '='), got ${s.got()}`);
        }
        predicates.push({ key, value, quoted });
        s.skipWs();
        if (s.eof())
            s.fail(`unclosed '['`, open);
        const c = s.peek();
        s.pos++;
        if (c === ']')
            return { kind: 'match', predicates };
        if (c !== ',')
            s.fail(`expected ',' or ']' after the predicate value (quote values containing ',', ']' or '='), got ${s.got(s.pos - 1)}`, s.pos - 1);
    }
}
function parsePath(s) {
    s.skipWs();
    const first = s.key();
    if (first === null)
        s.fail(`expected a path (e.g. cells[*].metrics.p99_ttft), got ${s.got()}`);
    const steps = [{ kind: 'key', key: first }];
    for (;;) {
        const c = s.peek();
        if (c === '.') {
            s.pos++;
            const key = s.key();
            if (key === null)
                s.fail(`expected a key after '.', got ${s.got()}`);
            steps.push({ kind: 'key', key });
        }
        else if (c === '[') {
            steps.push(parseSelector(s));
        }
        else {
            return steps;
        }
    }
}
function parseOp(s) {
    s.skipWs();
    const rest = s.text.slice(s.pos);
    const semver = rest.startsWith('semver');
    const body = semver ? rest.slice('semver'.length) : rest;
    const op = PLAIN_OPS.find((o) => body.startsWith(o));
    if (op === undefined)
        s.fail(`expected an operator ${OPS_HINT} after the path, got ${s.got()}`);
    s.pos += (semver ? 'semver'.length : 0) + op.length;
    return semver ? `semver${op}` : op;
}
function parseValue(s, op) {
    s.skipWs();
    const start = s.pos;
    if (s.eof())
        s.fail(`expected a value after '${op}', got the end of the gate`);
    let value;
    let quoted = false;
    if (s.peek() === '"') {
        value = s.quoted();
        quoted = true;
    }
    else {
        const token = /^\S+/.exec(s.text.slice(s.pos))?.[0] ?? '';
        s.pos += token.length;
        if (NUMBER_RE.test(token))
            value = Number(token);
        else if (token === 'true' || token === 'false')
            value = token === 'true';
        else if (token === 'null')
            s.fail(`'null' cannot be compared: a null value resolves to not_found; quote it ("null") to mean the string`, start);
        else
            value = token;
    }
    s.skipWs();
    if (!s.eof())
        s.fail(`unexpected text after the value, got ${s.got()}`);
    if (op.startsWith('semver')) {
        if (typeof value !== 'string' && typeof value !== 'number')
            s.fail(`expected a semantic version (e.g. 1.2.3) after '${op}', got ${s.got(start)}`, start);
        const text = typeof value === 'number' ? s.text.slice(start, s.pos).trim() : value;
        if (parseSemver(text) === null)
            s.fail(`expected a semantic version (e.g. 1.2.3) after '${op}', got ${s.got(start)}`, start);
        return text;
    }
    if (op !== '==' && op !== '!=' && typeof value !== 'number') {
        s.fail(`expected a number after '${op}', got ${s.got(start)}${quoted ? ' (strings only compare with == and !=, versions with semver ops)' : ''}`, start);
    }
    return value;
}
/** Parses one gate, at `where` in messages (e.g. "gate 2", "gates line 5"). */
function parseGateText(text, where, severity, name) {
    if (typeof text !== 'string' || text.trim() === '')
        throw new types/* UsageError */.eb(`${where}: empty gate; expected '<path> <op> <value>'`);
    const s = new Scanner(text, where);
    const path = parsePath(s);
    const op = parseOp(s);
    const expected = parseValue(s, op);
    const gate = { text: text.trim(), severity, path, op, expected };
    if (name !== undefined)
        gate.name = name;
    return gate;
}
/**
 * Parses one gate line `<path> <op> <value>`. `index` is the 0-based position in its list, used
 * in messages as "gate <index+1>". Throws UsageError (one line, with the column) when malformed.
 */
function parseGate(text, index) {
    return parseGateText(text, index === undefined ? 'gate' : `gate ${index + 1}`, 'error');
}
/**
 * Parses the config's `gates` list: each item a gate string or `{ gate, severity?, name? }`
 * (severity `error` — the default — or `warning`). `label` prefixes messages ("gate" by default).
 */
function parseGates(items, label = 'gate') {
    if (!Array.isArray(items))
        throw new types/* UsageError */.eb(`${label}s: expected a list of gates`);
    return items.map((item, i) => {
        const where = `${label} ${i + 1}`;
        if (typeof item === 'string')
            return parseGateText(item, where, 'error');
        if (item === null || typeof item !== 'object' || Array.isArray(item)) {
            throw new types/* UsageError */.eb(`${where}: expected a string '<path> <op> <value>' or an object {gate, severity?, name?}, got ${item === null ? 'null' : Array.isArray(item) ? 'a list' : typeof item}`);
        }
        const obj = item;
        const unknown = Object.keys(obj)
            .filter((k) => k !== 'gate' && k !== 'severity' && k !== 'name')
            .sort();
        if (unknown.length > 0)
            throw new types/* UsageError */.eb(`${where}: unknown key '${unknown[0]}' (allowed: gate, severity, name)`);
        if (typeof obj.gate !== 'string')
            throw new types/* UsageError */.eb(`${where}: 'gate' must be a string '<path> <op> <value>'`);
        const severity = obj.severity ?? 'error';
        if (!GATE_SEVERITIES.includes(severity)) {
            throw new types/* UsageError */.eb(`${where}: 'severity' must be 'error' or 'warning', got '${String(severity)}'`);
        }
        if (obj.name !== undefined && (typeof obj.name !== 'string' || obj.name.trim() === '')) {
            throw new types/* UsageError */.eb(`${where}: 'name' must be a non-empty string`);
        }
        return parseGateText(obj.gate, where, severity, obj.name);
    });
}
/** Index of a trailing ` # comment` (a `#` after whitespace, outside double quotes), else -1. */
function commentStart(line) {
    let inQuotes = false;
    for (let i = 0; i < line.length; i++) {
        const c = line[i];
        if (inQuotes && c === '\\')
            i++;
        else if (c === '"')
            inQuotes = !inQuotes;
        else if (!inQuotes && c === '#' && (i === 0 || /\s/.test(line[i - 1] ?? '')))
            return i;
    }
    return -1;
}
/**
 * Parses gates written one per line (the action input). Blank lines and `#` comment lines are
 * ignored; a trailing ` # comment` is allowed, and one that starts with the word `warning`
 * (` # warning: flaky on h100`) gives the gate severity warning (the action input has no other
 * place for it). Messages say "<label> line <n>, column <c>" with the column in the line.
 */
function parseGateLines(text, label = 'gates') {
    const out = [];
    text.split(/\r?\n/).forEach((line, i) => {
        let body = line;
        let severity = 'error';
        const hash = commentStart(line);
        if (hash >= 0) {
            body = line.slice(0, hash);
            if (/^warning\b/i.test(line.slice(hash + 1).trim()))
                severity = 'warning';
        }
        if (body.trim() === '')
            return;
        out.push(parseGateText(body, `${label} line ${i + 1}`, severity));
    });
    return out;
}

;// CONCATENATED MODULE: ./src/core/gates/resolve.ts
function isObj(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v);
}
function has(o, k) {
    return Object.prototype.hasOwnProperty.call(o, k);
}
/** Where a single predicate key falls back to when an element has no such field. */
const PREDICATE_FALLBACKS = ['identity', 'topology'];
/** The value a predicate key names in an element; undefined when absent. */
function lookupPredicateField(el, key) {
    if (!isObj(el))
        return undefined;
    if (key.length > 1) {
        let v = el;
        for (const k of key) {
            if (!isObj(v) || !has(v, k))
                return undefined;
            v = v[k];
        }
        return v;
    }
    const k = key[0] ?? '';
    if (has(el, k))
        return el[k];
    for (const fb of PREDICATE_FALLBACKS) {
        const sub = el[fb];
        if (isObj(sub) && has(sub, k))
            return sub[k];
    }
    return undefined;
}
const resolve_NUMBER_RE = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
/** String/number equality of an element field and a predicate value (always text in the gate). */
function predicateMatches(field, p) {
    if (field === undefined)
        return false;
    if (field === null)
        return !p.quoted && p.value === 'null';
    if (typeof field === 'string')
        return field === p.value;
    if (typeof field === 'number')
        return resolve_NUMBER_RE.test(p.value) ? Number(p.value) === field : false;
    if (typeof field === 'boolean')
        return String(field) === p.value;
    return false;
}
/** Quotes a selector value when it holds characters the bare form cannot. */
function selectorValue(v) {
    return v === '' || /[\s,\]"=[]/.test(v) || v === 'null' ? `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"` : v;
}
function keyText(k) {
    return /^[A-Za-z0-9_-]+$/.test(k) ? k : `"${k.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}
/** Canonical text of one step. */
function formatStep(step, first = false) {
    switch (step.kind) {
        case 'key':
            return `${first ? '' : '.'}${keyText(step.key)}`;
        case 'wildcard':
            return '[*]';
        case 'index':
            return `[${step.index}]`;
        case 'match':
            return `[${step.predicates.map((p) => `${p.key.map(keyText).join('.')}=${p.quoted ? `"${p.value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"` : p.value}`).join(',')}]`;
    }
}
function formatPath(steps) {
    return steps.map((s, i) => formatStep(s, i === 0)).join('');
}
/** Cell ids an element stands for: a report cell's `cell_id`, a diff cell's head/base ids. */
function cellIdsOf(el) {
    if (!isObj(el))
        return [];
    const out = [];
    for (const k of ['cell_id', 'head_cell_id', 'base_cell_id']) {
        const v = el[k];
        if (typeof v === 'string' && v !== '')
            out.push(v);
    }
    return out;
}
/** Fields that name an element, in order of preference. */
const ID_FIELDS = ['cell_id', 'key', 'head_cell_id', 'base_cell_id', 'id', 'name', 'metric', 'code'];
/** A short id of an element for messages: its first id field, else `#<index>`. */
function describeElement(el, index) {
    if (isObj(el)) {
        for (const k of ID_FIELDS) {
            const v = el[k];
            if (typeof v === 'string' || typeof v === 'number')
                return String(v);
        }
    }
    return `#${index}`;
}
/** A selector that picks exactly this element: an id field unique in the list, else its index. */
function concreteSelector(list, index) {
    const el = list[index];
    if (isObj(el)) {
        for (const k of ID_FIELDS) {
            const v = el[k];
            if (typeof v !== 'string' && typeof v !== 'number')
                continue;
            const same = list.filter((o) => isObj(o) && o[k] === v).length;
            if (same === 1)
                return `[${k}=${selectorValue(String(v))}]`;
        }
    }
    return `[${index}]`;
}
function kindOf(v) {
    if (v === null)
        return 'null';
    if (Array.isArray(v))
        return 'a list';
    if (typeof v === 'object')
        return 'an object';
    return `a ${typeof v}`;
}
function union(a, b) {
    return [...new Set([...a, ...b])].sort();
}
function availableKeys(o) {
    const keys = Object.keys(o).sort();
    if (keys.length === 0)
        return ' (it is empty)';
    const shown = keys.slice(0, 12).join(', ');
    return ` (has: ${shown}${keys.length > 12 ? `, … ${keys.length - 12} more` : ''})`;
}
function joinPath(path, step) {
    return path === '' && step.startsWith('.') ? step.slice(1) : `${path}${step}`;
}
function describeHere(path) {
    return path === '' ? 'the report' : path;
}
/** `.key` on the value: the field, or why there is none. */
function stepIntoKey(step, { value, path, cells }) {
    const here = describeHere(path);
    const next = joinPath(path, formatStep(step));
    if (value === null) {
        return { kind: 'not_found', message: `${here} is null, so it has no '${step.key}'.`, path: next, cells };
    }
    if (Array.isArray(value)) {
        return {
            kind: 'error',
            message: `${here} is a list; pick an element with [key=value] or [*] before '.${step.key}'.`,
            path: next,
            cells,
        };
    }
    if (!isObj(value)) {
        return {
            kind: 'error',
            message: `${here} is ${kindOf(value)}, not an object, so it has no '${step.key}'.`,
            path: next,
            cells,
        };
    }
    if (!has(value, step.key)) {
        return {
            kind: 'not_found',
            message: `key '${step.key}' not found in ${here}${availableKeys(value)}.`,
            path: next,
            cells,
        };
    }
    return [{ value: value[step.key], path: next, cells }];
}
/** `[k=v,...]` on a list: the one element matching every predicate, else not_found or a conflict naming the matches. */
function stepIntoMatch(step, list, { path, cells }) {
    const here = describeHere(path);
    const sel = formatStep(step);
    const hits = [];
    list.forEach((el, k) => {
        if (step.predicates.every((p) => predicateMatches(lookupPredicateField(el, p.key), p)))
            hits.push(k);
    });
    if (hits.length === 0) {
        return {
            kind: 'not_found',
            message: `none of the ${list.length} elements of ${here} matches ${sel}.`,
            path: path + sel,
            cells,
        };
    }
    if (hits.length > 1) {
        const matches = [...new Set(hits.map((k) => describeElement(list[k], k)))].sort();
        const involved = hits.reduce((acc, k) => union(acc, cellIdsOf(list[k])), cells);
        const shown = matches.slice(0, 10).join(', ') + (matches.length > 10 ? `, … ${matches.length - 10} more` : '');
        return {
            kind: 'conflict',
            message: `${hits.length} elements of ${here} match ${sel} (${shown}); add a predicate so exactly one matches.`,
            path: path + sel,
            cells: involved,
            matches,
        };
    }
    const k = hits[0] ?? 0;
    return [{ value: list[k], path: path + sel, cells: union(cells, cellIdsOf(list[k])) }];
}
/** A list step (`[*]`, `[n]`, `[k=v]`): the value must be a list. */
function stepIntoList(step, branch) {
    const { value, path, cells } = branch;
    const here = describeHere(path);
    const sel = formatStep(step);
    if (value === null) {
        return { kind: 'not_found', message: `${here} is null, so ${sel} selects nothing.`, path: path + sel, cells };
    }
    if (!Array.isArray(value)) {
        return {
            kind: 'error',
            message: `${here} is ${kindOf(value)}, not a list, so ${sel} does not apply.`,
            path: path + sel,
            cells,
        };
    }
    const list = value;
    if (step.kind === 'wildcard') {
        if (list.length === 0)
            return { kind: 'not_found', message: `${here} is empty, so [*] selects nothing.`, path: path + sel, cells };
        return list.map((el, k) => ({
            value: el,
            path: path + concreteSelector(list, k),
            cells: union(cells, cellIdsOf(el)),
        }));
    }
    if (step.kind === 'index') {
        if (step.index >= list.length) {
            return {
                kind: 'not_found',
                message: `${here} has ${list.length} elements, so there is no element ${step.index}.`,
                path: path + sel,
                cells,
            };
        }
        const el = list[step.index];
        return [{ value: el, path: path + sel, cells: union(cells, cellIdsOf(el)) }];
    }
    return stepIntoMatch(step, list, branch);
}
/**
 * Resolves `steps` from `root`. `prefix` is the text of the path up to `root` ('' for the report,
 * 'diff' for the diff document). Returns one resolution, or one per element of each `[*]`, in
 * list order.
 */
function resolvePath(steps, root, prefix = '') {
    const out = [];
    const walk = (branch, i) => {
        const step = steps[i];
        if (step === undefined) {
            out.push({ kind: 'value', value: branch.value, path: branch.path, cells: branch.cells });
            return;
        }
        const result = step.kind === 'key' ? stepIntoKey(step, branch) : stepIntoList(step, branch);
        if (Array.isArray(result))
            for (const next of result)
                walk(next, i + 1);
        else
            out.push(result);
    };
    walk({ value: root, path: prefix, cells: [] }, 0);
    return out;
}

;// CONCATENATED MODULE: ./src/core/gates/evaluate.ts



/** Shows a value in a message: numbers as written by JS, strings quoted. */
function show(v) {
    return typeof v === 'string' ? `'${v.length > 80 ? `${v.slice(0, 79)}…` : v}'` : String(v);
}
function holds(c, op) {
    switch (op) {
        case '<=':
            return c <= 0;
        case '<':
            return c < 0;
        case '>=':
            return c >= 0;
        case '>':
            return c > 0;
        case '==':
            return c === 0;
        case '!=':
            return c !== 0;
    }
}
/** Compares a resolved scalar with the gate's literal; a type mismatch is an error, never a fail. */
function compare(actual, gate) {
    const { op, expected } = gate;
    if (op.startsWith('semver')) {
        const plain = op.slice('semver'.length);
        if (typeof actual !== 'string')
            return { outcome: 'error', detail: `is ${typeof actual} ${show(actual)}, but '${op}' compares version strings` };
        const a = parseSemver(actual);
        const b = parseSemver(String(expected));
        if (a === null)
            return { outcome: 'error', detail: `is ${show(actual)}, which is not a semantic version` };
        if (b === null)
            return { outcome: 'error', detail: `expected value ${show(expected)} is not a semantic version` };
        return { outcome: holds(compareSemver(a, b), plain) ? 'pass' : 'fail' };
    }
    const plain = op;
    if (typeof expected === 'number') {
        if (typeof actual !== 'number')
            return {
                outcome: 'error',
                detail: `is ${typeof actual} ${show(actual)}, but '${op} ${expected}' compares numbers`,
            };
        return { outcome: holds(Math.sign(actual - expected), plain) ? 'pass' : 'fail' };
    }
    if (typeof actual !== typeof expected) {
        return {
            outcome: 'error',
            detail: `is ${typeof actual} ${show(actual)}, but '${op} ${show(expected)}' compares ${typeof expected}s`,
        };
    }
    // == / != on strings and booleans (the parser allows nothing else here).
    return { outcome: (actual === expected) === (plain === '==') ? 'pass' : 'fail' };
}
function resultFrom(gate, index, r) {
    const base = {
        index,
        gate: gate.text,
        ...(gate.name !== undefined ? { name: gate.name } : {}),
        severity: gate.severity,
        path: r.path,
        op: gate.op,
        expected: gate.expected,
        cells: [...r.cells].sort(),
    };
    const expectation = `${gate.op} ${show(gate.expected)}`;
    if (r.kind !== 'value') {
        return { ...base, outcome: r.kind, value: null, message: r.message, ...(r.matches ? { matches: r.matches } : {}) };
    }
    const v = r.value;
    if (v === null || v === undefined) {
        return {
            ...base,
            outcome: 'not_found',
            value: null,
            message: `${r.path}: value is null (not measured), so ${expectation} cannot be checked.`,
        };
    }
    if (typeof v !== 'number' && typeof v !== 'string' && typeof v !== 'boolean') {
        const what = Array.isArray(v) ? 'a list' : 'an object';
        return {
            ...base,
            outcome: 'error',
            value: null,
            message: `${r.path} is ${what}, not a single value; extend the path to one value.`,
        };
    }
    if (typeof v === 'number' && !Number.isFinite(v)) {
        return { ...base, outcome: 'error', value: null, message: `${r.path} is not a finite number.` };
    }
    const verdict = compare(v, gate);
    const message = verdict.outcome === 'error'
        ? `${r.path} ${verdict.detail ?? 'cannot be compared'}.`
        : verdict.outcome === 'pass'
            ? `${r.path} = ${show(v)}, which satisfies ${expectation}.`
            : `${r.path} = ${show(v)}, which does not satisfy ${expectation}.`;
    return { ...base, outcome: verdict.outcome, value: v, message };
}
/** Counts of a results list. */
function summarizeGateResults(results, gates) {
    const count = (o) => results.filter((r) => r.outcome === o).length;
    return {
        gates,
        total: results.length,
        passed: count('pass'),
        failed: count('fail'),
        not_found: count('not_found'),
        conflict: count('conflict'),
        error: count('error'),
        blocking_failures: results.filter(isBlocking).length,
    };
}
/** A result that fails the step: severity error and any outcome but pass. */
function isBlocking(r) {
    return r.severity === 'error' && r.outcome !== 'pass';
}
/**
 * Evaluates gates in order. Paths starting with `diff` resolve in `doc.diff` (the compare
 * document, treated generically as nested objects and lists); every other path in `doc.report`.
 * Each gate gives one result, or one per element for each `[*]` in its path. Never throws:
 * every problem is an outcome (not_found, conflict, error) with a one-sentence message.
 */
function evaluateGates(gates, doc) {
    const results = [];
    gates.forEach((gate, i) => {
        const index = i + 1;
        let resolutions;
        const [head, ...rest] = gate.path;
        try {
            if (head?.kind === 'key' && head.key === 'diff') {
                resolutions =
                    doc.diff === undefined || doc.diff === null
                        ? [
                            {
                                kind: 'not_found',
                                message: `there is no diff document: paths starting with 'diff' need compare mode (a baseline).`,
                                path: formatPath(gate.path),
                                cells: [],
                            },
                        ]
                        : resolvePath(rest, doc.diff, 'diff');
            }
            else {
                resolutions = resolvePath(gate.path, doc.report);
            }
        }
        catch (e) {
            resolutions = [
                {
                    kind: 'error',
                    message: `resolving failed: ${e.message.split('\n')[0] ?? 'unknown error'}.`,
                    path: formatPath(gate.path),
                    cells: [],
                },
            ];
        }
        for (const r of resolutions)
            results.push(resultFrom(gate, index, r));
    });
    return { schema_version: GATES_SCHEMA_VERSION, summary: summarizeGateResults(results, gates.length), results };
}
/** 1 when any gate of severity error did not pass (fail, not_found, conflict, error); warnings never fail. */
function gatesExitCode(block) {
    return block.results.some(isBlocking) ? 1 : 0;
}
const OUTCOME_WORDS = {
    pass: 'passed',
    fail: 'failed',
    not_found: 'not found',
    conflict: 'conflict',
    error: 'error',
};
/** One job annotation per result that did not pass, in result order (level = gate severity). */
function gateAnnotations(block) {
    return block.results
        .filter((r) => r.outcome !== 'pass')
        .map((r) => ({
        level: r.severity,
        title: `Gate ${OUTCOME_WORDS[r.outcome]}: ${r.name ?? r.gate}`.slice(0, 200),
        message: r.message,
    }));
}


;// CONCATENATED MODULE: ./src/core/gates/select.ts
/** True for gates that address the compare diff (`diff.…`): they are evaluated by compare only. */
function isDiffGate(g) {
    const first = g.path[0];
    return first !== undefined && first.kind === 'key' && first.key === 'diff';
}

;// CONCATENATED MODULE: ./src/core/gates/index.ts
/**
 * SLO gates (docs/GATES.md): parse `<path> <op> <value>` constraints, resolve them strictly against
 * the report (and the report diff), and produce the `gates` block of report.json
 * (inferguard-gates/v1, a contract of src/schemas/validate.ts).
 */








/***/ }),

/***/ 7247:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  WI: () => (/* binding */ DEFAULT_OUTPUT_DIR_NAME),
  Jm: () => (/* reexport */ errors/* IngestReadError */.Jm),
  q_: () => (/* binding */ createIngestContext),
  OG: () => (/* binding */ jsonErrorPosition),
  jf: () => (/* binding */ scanResultsDir)
});

// UNUSED EXPORTS: DEFAULT_TIMELINE_NAME, DIR_AS_FILE, DIR_NAMED_LIKE_FILE, isInside

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/minimatch/dist/esm/index.js + 7 modules
var esm = __webpack_require__(5246);
;// CONCATENATED MODULE: ./src/core/glob.ts
/**
 * The one glob matcher for every name pattern the action and CLI take: `artifact-pattern` (artifact
 * names) and `--timeline-glob` (relative POSIX paths under the results folder). It is minimatch 10
 * with the options actions/download-artifact's `pattern` uses (its defaults: `new Minimatch(pattern)`),
 * so a pattern picks the same artifacts here as there:
 *
 * - `*` any characters but `/`, `?` one, `[ab]` / `[a-z]` / `[!ab]` a class, `{a,b}` and `{1..3}`
 *   alternatives, `**` any folders (including none), `\` escapes the next character;
 * - `*`, `?` and `[...]` do not match a leading `.` of a name (minimatch's `dot: false`);
 * - a leading `!` negates: in a list, a name is kept when some plain pattern matches it (or the list
 *   has none) and no negated pattern excludes it, so `!x` alone means "all but x", as in
 *   download-artifact, and `bmk_*, !bmk_*_debug` means "bmk_* except the debug ones".
 *
 * Two additions, both no-ops for artifact names (which never contain `/`): a pattern without `/`
 * matches the base name at any depth (`matchBase`), and a leading `./` is dropped. A leading `#` is a
 * literal character, not a comment that would match nothing (`nocomment`). Paths are always POSIX
 * (`platform: 'linux'`), whatever the runner's OS.
 */

const OPTIONS = { matchBase: true, nocomment: true, platform: 'linux' };
/**
 * A list of patterns as one text: separated by commas or newlines, blanks dropped, duplicates
 * dropped, in the given order. A comma inside `{...}` or `[...]`, or escaped as `\,`, stays part
 * of its pattern (`bmk_{a,b}` is one pattern).
 */
function splitPatternList(text) {
    const out = [];
    let cur = '';
    let braces = 0;
    let inClass = false;
    const push = () => {
        const p = cur.trim();
        if (p !== '' && !out.includes(p))
            out.push(p);
        cur = '';
    };
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (c === '\\' && i + 1 < text.length) {
            cur += c + text[++i];
            continue;
        }
        if (c === '\n' || c === '\r') {
            push();
            braces = 0;
            inClass = false;
            continue;
        }
        if (c === ',' && braces === 0 && !inClass) {
            push();
            continue;
        }
        if (inClass) {
            if (c === ']')
                inClass = false;
        }
        else if (c === '[')
            inClass = true;
        else if (c === '{')
            braces++;
        else if (c === '}' && braces > 0)
            braces--;
        cur += c;
    }
    push();
    return out;
}
function compile(pattern) {
    const neg = /^!+/.exec(pattern)?.[0] ?? '';
    const body = pattern.slice(neg.length).replace(/^(?:\.\/)+/, '');
    return new esm/* Minimatch */.VR(`${neg}${body}`, OPTIONS);
}
/**
 * A predicate over names (artifact names, or relative POSIX paths) for a list of patterns: true when
 * some plain pattern matches (or the list has only negated ones) and no negated pattern excludes
 * the name. An empty list matches nothing.
 */
function globMatcher(patterns) {
    if (patterns.length === 0)
        return () => false;
    const compiled = patterns.map(compile);
    const plain = compiled.filter((m) => !m.negate);
    // A negated Minimatch's match() is already "not excluded".
    const negated = compiled.filter((m) => m.negate);
    return (name) => (plain.length === 0 || plain.some((m) => m.match(name))) && negated.every((m) => m.match(name));
}

// EXTERNAL MODULE: ./src/io/safe-open.ts
var safe_open = __webpack_require__(176);
// EXTERNAL MODULE: ./node_modules/csv-parse/lib/index.js + 9 modules
var lib = __webpack_require__(6070);
// EXTERNAL MODULE: ./src/core/parse.ts
var parse = __webpack_require__(1896);
// EXTERNAL MODULE: ./src/sources/types.ts
var types = __webpack_require__(7991);
;// CONCATENATED MODULE: ./src/io/csv-read.ts
/**
 * Columnar CSV reading: the caller names the columns it wants and gets a cursor per record whose
 * accessors parse a field straight from the read buffer. No record objects, no per-field strings
 * for numbers, one reused buffer: a 1M-row file allocates next to nothing on the JS heap, so the
 * young generation never grows and peak RSS stays flat in the file size.
 *
 * Two paths, one result. The byte path reads plain files (each record on one line, `"` quoting
 * closed on that line, LF or CRLF as set by the first line); at anything else it stops, and
 * csv-parse re-reads the file, skips the records already handed out and goes on. Records, line
 * numbers and values are therefore csv-parse's own (with CSV_PARSE_OPTIONS) in every case; only
 * the speed differs. When csv-parse then fails on a malformed record, the records before it have
 * all been handed out, and the error names the row after the last good one.
 */





/** csv-parse options of every CSV read (the byte path reproduces exactly their output). */
const CSV_PARSE_OPTIONS = {
    bom: true,
    columns: true,
    relax_column_count: true,
    skip_empty_lines: true,
    info: true,
    max_record_size: 64 * 1024 * 1024,
};
/** Read buffer of the byte path; a longer line hands over to csv-parse. */
const READ_BUFFER = 1 << 20;
/** Read size of the csv-parse path. */
const CSV_PARSE_CHUNK = 1 << 20;
/** Malformed CSV or a failed read: "CSV parse error after row N: …". */
class CsvParseError extends Error {
}
/** Carries an exception of the caller's `visit` through our error handling unchanged. */
class VisitError {
    error;
    constructor(error) {
        this.error = error;
    }
}
/** 10^0 … 10^22: the powers of ten a double holds exactly. */
const POW10 = Array.from({ length: 23 }, (_, i) => Number(`1e${i}`));
const TWO_53 = 9007199254740992;
/**
 * `buf.toString('latin1', a, b)` without the argument and encoding checks: Node's Buffer has had
 * `latin1Slice` since 6.4 (it is what toString calls); the plain route stays as a fallback.
 */
const latin1 = typeof Buffer.prototype.latin1Slice === 'function'
    ? (buf, a, b) => buf.latin1Slice(a, b)
    : (buf, a, b) => buf.toString('latin1', a, b);
/** JS `String.prototype.trim` whitespace among ASCII bytes (TAB, LF, VT, FF, CR, SPACE). */
function isSpace(c) {
    return c === 32 || (c >= 9 && c <= 13);
}
/**
 * `toNumber()` of the bytes buf[a..b) (a trimmed decimal literal, finite, else null), computed
 * without a string where the result is certain: ASCII only, at most 2^53 as integer mantissa and
 * a decimal exponent within ±22, where one IEEE multiplication or division by an exact power of
 * ten is correctly rounded (Clinger's fast path), so the result equals `Number()`'s. Anything else
 * goes through the string. `approximate`: a 17-digit mantissa (≥ 2^53) is not sent to the string
 * but rounded on the way, within 1e-15 relative of the exact value (for comparisons, see numBelow).
 */
function parseNumberBytes(buf, a, b, approximate = false) {
    while (a < b && isSpace(buf[a]))
        a++;
    while (b > a && isSpace(buf[b - 1]))
        b--;
    if (a === b)
        return null;
    let i = a;
    let c = buf[i];
    const neg = c === 45;
    if (neg || c === 43)
        i++;
    let m = 0;
    let digits = 0;
    let significant = 0;
    let frac = 0;
    let dot = false;
    /** Past what the fast path rounds exactly: Number() decides, once the grammar is checked. */
    let long = false;
    for (; i < b; i++) {
        c = buf[i];
        if (c >= 48 && c <= 57) {
            digits++;
            if (dot)
                frac++;
            if (m !== 0 || c !== 48) {
                if (++significant > 17)
                    long = true;
                else
                    m = m * 10 + (c - 48);
            }
        }
        else if (c === 46 && !dot)
            dot = true;
        else
            break;
    }
    if (digits === 0)
        return notAsciiDecimal(buf, a, b);
    let exp = 0;
    if (i < b) {
        if (c !== 101 && c !== 69)
            return notAsciiDecimal(buf, a, b);
        i++;
        let eneg = false;
        if (i < b && (buf[i] === 45 || buf[i] === 43)) {
            eneg = buf[i] === 45;
            i++;
        }
        const e0 = i;
        for (; i < b; i++) {
            c = buf[i];
            if (c < 48 || c > 57)
                return notAsciiDecimal(buf, a, b);
            if (i - e0 >= 6)
                long = true;
            else
                exp = exp * 10 + (c - 48);
        }
        if (i === e0)
            return notAsciiDecimal(buf, a, b);
        if (eneg)
            exp = -exp;
    }
    if (m === 0 && !long)
        return neg ? -0 : 0;
    if (long || (m >= TWO_53 && !approximate))
        return exactNumber(buf, a, b);
    const e10 = exp - frac;
    let v;
    if (e10 === 0)
        v = m;
    else if (e10 > 0 && e10 <= 22)
        v = m * POW10[e10];
    else if (e10 < 0 && e10 >= -22)
        v = m / POW10[-e10];
    else
        return exactNumber(buf, a, b);
    return neg ? -v : v;
}
/**
 * Not an ASCII decimal literal: null, unless the field holds non-ASCII bytes; then it is decoded
 * and `toNumber()` decides (its trim knows the Unicode spaces, e.g. a trailing NBSP).
 */
function notAsciiDecimal(buf, a, b) {
    for (let i = a; i < b; i++)
        if (buf[i] >= 128)
            return (0,parse/* toNumber */.Ro)(buf.toString('utf8', a, b));
    return null;
}
/** A trimmed ASCII decimal literal the fast path cannot round exactly: `Number()` on its text. */
function exactNumber(buf, a, b) {
    const n = +latin1(buf, a, b);
    return n - n === 0 ? n : null;
}
/** Byte-path cursor: field bounds of the current record in the read buffer. */
class ByteCursor {
    index;
    row = 0;
    line = 0;
    buf = Buffer.alloc(0);
    /** Start and end of each field of the current record, quotes included. */
    starts = new Int32Array(64);
    ends = new Int32Array(64);
    count = 0;
    /** Header index of each wanted column (-1: absent). */
    constructor(index) {
        this.index = index;
    }
    /** The record's field index of wanted column `c`; -1 when absent (not wanted, not in the header, short record). */
    field(c) {
        const k = this.index[c] ?? -1;
        return k < this.count ? k : -1;
    }
    num(c) {
        const k = this.field(c);
        if (k < 0)
            return null;
        let a = this.starts[k];
        let b = this.ends[k];
        if (a < b && this.buf[a] === 34) {
            a++;
            b--;
            const q = this.buf.indexOf(34, a);
            if (q >= 0 && q < b)
                return null; // the value holds a quote: never a number
        }
        return parseNumberBytes(this.buf, a, b);
    }
    numBelow(c, bound) {
        return bound === null || this.approxAtLeast(c, bound, 1) ? this.num(c) : null;
    }
    numAbove(c, bound) {
        return bound === null || this.approxAtLeast(c, bound, -1) ? this.num(c) : null;
    }
    /**
     * False only when the field is certainly not below (sign 1) / above (sign -1) `bound`: its
     * approximate value lies beyond it by far more than the approximation's error.
     */
    approxAtLeast(c, bound, sign) {
        const k = this.field(c);
        if (k < 0)
            return false;
        const a = this.starts[k];
        const b = this.ends[k];
        if (a < b && this.buf[a] === 34)
            return true;
        const v = parseNumberBytes(this.buf, a, b, true);
        if (v === null)
            return false;
        return sign * (v - bound) <= 1e-13 * Math.abs(v);
    }
    value(c) {
        const k = this.field(c);
        return k < 0 ? undefined : fieldValue(this.buf, this.starts[k], this.ends[k]);
    }
    str(c) {
        const k = this.field(c);
        if (k < 0)
            return null;
        return this.interned(this.starts[k], this.ends[k]) ?? (0,parse/* toStr */.N7)(this.value(c));
    }
    /** Short ASCII values already decoded, by a hash of their bytes (ids repeat on every row). */
    internTable = new Map();
    /**
     * The value of buf[a..b) when it is 1–64 plain ASCII bytes with no space at either end (so
     * `toStr` would return it as is), decoded once per distinct value; else null.
     */
    interned(a, b) {
        const buf = this.buf;
        if (b - a === 0 || b - a > 64 || isSpace(buf[a]) || isSpace(buf[b - 1]))
            return null;
        let h = 0x811c9dc5;
        for (let i = a; i < b; i++) {
            const x = buf[i];
            if (x >= 128 || x === 34)
                return null;
            h = Math.imul(h ^ x, 0x01000193);
        }
        const hit = this.internTable.get(h);
        if (hit !== undefined && hit.length === b - a) {
            let i = 0;
            while (i < hit.length && hit.charCodeAt(i) === buf[a + i])
                i++;
            if (i === hit.length)
                return hit;
        }
        const v = latin1(buf, a, b);
        if (this.internTable.size >= 4096)
            this.internTable.clear();
        this.internTable.set(h, v);
        return v;
    }
    bool(c) {
        const k = this.field(c);
        if (k < 0)
            return null;
        const a = this.starts[k];
        const n = this.ends[k] - a;
        const buf = this.buf;
        // Python's True / False, the spelling every producer we read writes.
        if (n === 4 && buf[a] === 84 && buf[a + 1] === 114 && buf[a + 2] === 117 && buf[a + 3] === 101)
            return true;
        if (n === 5 && buf[a] === 70 && buf[a + 1] === 97 && buf[a + 2] === 108 && buf[a + 3] === 115 && buf[a + 4] === 101)
            return false;
        return (0,parse/* toBool */.AF)(this.value(c));
    }
}
/** Cursor over a csv-parse record (the fallback path). */
class RecordCursor {
    columns;
    row = 0;
    line = 0;
    record = {};
    constructor(columns) {
        this.columns = columns;
    }
    value(c) {
        const name = this.columns[c];
        return name === undefined ? undefined : this.record[name];
    }
    num(c) {
        const v = this.value(c);
        return v === undefined ? null : (0,parse/* toNumber */.Ro)(v);
    }
    numBelow(c) {
        return this.num(c);
    }
    numAbove(c) {
        return this.num(c);
    }
    str(c) {
        return (0,parse/* toStr */.N7)(this.value(c));
    }
    bool(c) {
        return (0,parse/* toBool */.AF)(this.value(c));
    }
}
/** Value of the field buf[a..b) as csv-parse gives it (quotes and `""` escapes removed). */
function fieldValue(buf, a, b) {
    if (a < b && buf[a] === 34) {
        const raw = buf.toString('utf8', a + 1, b - 1);
        return raw.indexOf('"') >= 0 ? raw.replace(/""/g, '"') : raw;
    }
    return buf.toString('utf8', a, b);
}
/**
 * Reads a CSV file: checks the required columns on the first record (CsvHeaderError), then calls
 * `visit` for every record with a cursor over the wanted `columns` (indexes into that list).
 * `readBuffer` (bytes; tests make it small) bounds the longest line the byte path takes on.
 * Returns the number of records. Throws CsvParseError with "CSV parse error after row N: …" on malformed
 * input or a read failure, after every record before it was visited.
 */
async function scanCsv(file, rel, options, visit, readBuffer = READ_BUFFER) {
    let row = 0;
    let checked = false;
    const check = (has) => {
        checked = true;
        const missing = (options.requiredColumns ?? []).filter((c) => !has(c));
        if (missing.length > 0)
            throw new types/* CsvHeaderError */.YT(rel, missing);
    };
    try {
        const done = readBytes(file, options.columns, readBuffer, (cursor, header) => {
            if (!checked) {
                check((c) => {
                    const k = header.indexOf(c);
                    return k >= 0 && k < cursor.count;
                });
            }
            cursor.row = ++row;
            try {
                visit(cursor);
            }
            catch (e) {
                throw new VisitError(e);
            }
        });
        if (done)
            return row;
        // Records are taken as csv-parse makes them (on_record, nothing queued in the stream), so a
        // malformed record cannot cost the records parsed before it in the same chunk.
        const cursor = new RecordCursor(options.columns);
        let skip = row;
        let thrown = null;
        const onRecord = (item) => {
            if (thrown !== null)
                return null;
            if (skip > 0) {
                skip--;
                return null;
            }
            try {
                if (!checked)
                    check((c) => c in item.record);
                cursor.record = item.record;
                cursor.line = item.info.lines;
                cursor.row = ++row;
                visit(cursor);
            }
            catch (e) {
                thrown = { error: e instanceof types/* CsvHeaderError */.YT ? e : new VisitError(e) };
                stream.destroy();
            }
            return null;
        };
        const stream = (0,external_node_fs_.createReadStream)(file, { highWaterMark: CSV_PARSE_CHUNK });
        try {
            const parser = stream.pipe((0,lib/* parse */.qg)({ ...CSV_PARSE_OPTIONS, on_record: onRecord }));
            try {
                for await (const _ of parser)
                    void _;
            }
            catch (e) {
                if (thrown === null)
                    throw e;
            }
            if (thrown !== null)
                throw thrown.error;
        }
        finally {
            stream.destroy();
        }
        // Header-only or empty file: no records (the caller decides what that means).
        return row;
    }
    catch (e) {
        if (e instanceof types/* CsvHeaderError */.YT)
            throw e;
        if (e instanceof VisitError)
            throw e.error;
        const msg = e.message.split('\n')[0] ?? 'parse error';
        throw new CsvParseError(`CSV parse error after row ${row}: ${msg}`);
    }
}
/**
 * End of the field starting at `i` on a line ending at `b` (a quoted field: after its closing quote,
 * which must end the field); -1 at a quote the byte path does not handle.
 */
function fieldEnd(buf, i, b) {
    if (i < b && buf[i] === 34) {
        let j = i + 1;
        for (;;) {
            const q = buf.indexOf(34, j);
            if (q < 0 || q >= b)
                return -1;
            if (q + 1 < b && buf[q + 1] === 34) {
                j = q + 2;
                continue;
            }
            return q + 1 < b && buf[q + 1] !== 44 ? -1 : q + 1;
        }
    }
    let e = i;
    for (;;) {
        if (e >= b)
            return e;
        const c = buf[e];
        if (c === 44)
            return e;
        if (c === 34)
            return -1; // a quote inside an unquoted field
        e++;
    }
}
/** The fields of the line [a, b) into the cursor (starts, ends, count); false at an unhandled quote. */
function splitRecord(buf, a, b, cursor) {
    let n = 0;
    let i = a;
    for (;;) {
        const e = fieldEnd(buf, i, b);
        if (e < 0)
            return false;
        if (n === cursor.starts.length) {
            const s = new Int32Array(n * 2);
            s.set(cursor.starts);
            cursor.starts = s;
            const t = new Int32Array(n * 2);
            t.set(cursor.ends);
            cursor.ends = t;
        }
        cursor.starts[n] = i;
        cursor.ends[n] = e;
        n++;
        if (e >= b)
            break;
        i = e + 1;
    }
    cursor.count = n;
    return true;
}
/** The header names of the cursor's record, wanted columns indexed; null on a duplicate or `__proto__` name. */
function readHeader(buf, cursor, columns) {
    const names = [];
    for (let k = 0; k < cursor.count; k++)
        names.push(fieldValue(buf, cursor.starts[k], cursor.ends[k]));
    if (new Set(names).size !== names.length || names.includes('__proto__'))
        return null;
    for (let c = 0; c < columns.length; c++)
        cursor.index[c] = names.indexOf(columns[c]);
    return names;
}
/**
 * The byte path: true when the whole file was read, false when it stopped at something it does
 * not handle (every record before that was visited, none after). Mirrors csv-parse with
 * CSV_PARSE_OPTIONS: BOM skipped, empty lines skipped, the first record the header, short and
 * long records relaxed. Stops at a quote inside an unquoted field or a closing quote not followed
 * by `,`, a quote left open at the line end, a CR other than the CRLF line end (or any CR when the
 * first line ends in LF), a duplicate or `__proto__` header name, a line longer than the buffer.
 */
function readBytes(file, columns, readBuffer, onRecord) {
    const fd = (0,safe_open/* openRegularSync */.w5)(file).fd;
    try {
        const buf = Buffer.allocUnsafe(readBuffer);
        let len = 0;
        let eof = false;
        let first = true;
        let lineNo = 0;
        let crlf = null;
        let header = null;
        const cursor = new ByteCursor(new Int32Array(columns.length).fill(-1));
        /** Next CR at or after the current line start (len: none in the buffer). */
        let nextCr = -1;
        const line = (a, nl, last) => {
            lineNo++;
            let b = nl;
            if (!last) {
                if (crlf === null)
                    crlf = b > a && buf[b - 1] === 13;
                if (crlf) {
                    if (b === a || buf[b - 1] !== 13)
                        return false;
                    b--;
                }
            }
            if (nextCr < a) {
                nextCr = buf.indexOf(13, a);
                if (nextCr < 0 || nextCr >= len)
                    nextCr = len;
            }
            if (nextCr < b)
                return false;
            if (b === a)
                return true; // empty line, skipped
            if (!splitRecord(buf, a, b, cursor))
                return false;
            cursor.line = lineNo;
            if (header === null) {
                header = readHeader(buf, cursor, columns);
                return header !== null;
            }
            onRecord(cursor, header);
            return true;
        };
        for (;;) {
            if (!eof) {
                const r = (0,external_node_fs_.readSync)(fd, buf, len, buf.length - len, null);
                if (r === 0)
                    eof = true;
                len += r;
            }
            cursor.buf = buf;
            let pos = 0;
            if (first && (len >= 3 || eof)) {
                first = false;
                if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf && len >= 3)
                    pos = 3;
            }
            else if (first)
                continue; // fewer than 3 bytes so far: read on
            nextCr = -1;
            for (;;) {
                const nl = buf.indexOf(10, pos);
                if (nl < 0 || nl >= len)
                    break;
                if (!line(pos, nl, false))
                    return false;
                pos = nl + 1;
            }
            if (eof) {
                if (pos < len && !line(pos, len, true))
                    return false;
                return true;
            }
            if (pos === 0 && len === buf.length)
                return false; // a line longer than the buffer
            buf.copyWithin(0, pos, len);
            len -= pos;
        }
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}

;// CONCATENATED MODULE: ./src/io/line-read.ts
/**
 * Streamed lines of a text file with readline's line ends (`\n`, `\r\n`, a lone `\r`), read into
 * one reused buffer and decoded line by line: no chunk-sized strings, no StringDecoder, no
 * readline machinery. Same lines as `readline.createInterface({ crlfDelay: Infinity })` over a
 * UTF-8 stream (invalid bytes become U+FFFD the same way), with a leading BOM dropped.
 */


const line_read_READ_BUFFER = 1 << 20;
/** A read failure: "read failed at line N (CODE)", N the line being read. */
class LineReadError extends Error {
}
function errCode(e) {
    return e?.code ?? 'error';
}
/** The lines of `file`, numbered from 1. `readBuffer` (bytes) is the initial buffer; long lines grow it. */
async function* readFileLines(file, readBuffer = line_read_READ_BUFFER) {
    let line = 0;
    let fd;
    try {
        fd = (0,safe_open/* openRegularSync */.w5)(file).fd;
    }
    catch (e) {
        if (e instanceof safe_open/* NotRegularFileError */.iZ)
            throw new LineReadError(e.message);
        throw new LineReadError(`read failed at line 1 (${errCode(e)})`);
    }
    try {
        let buf = Buffer.allocUnsafe(readBuffer);
        let len = 0;
        let eof = false;
        let first = true;
        /** A BOM alone is a line to readline (the BOM, stripped: an empty line). */
        let bom = false;
        for (;;) {
            if (!eof) {
                let r;
                try {
                    r = (0,external_node_fs_.readSync)(fd, buf, len, buf.length - len, null);
                }
                catch (e) {
                    throw new LineReadError(`read failed at line ${line + 1} (${errCode(e)})`);
                }
                if (r === 0)
                    eof = true;
                len += r;
            }
            let pos = 0;
            if (first) {
                if (len < 3 && !eof)
                    continue;
                first = false;
                if (len >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
                    pos = 3;
                    bom = true;
                }
            }
            let nextCr = -1;
            for (;;) {
                let nl = buf.indexOf(10, pos);
                if (nl >= len)
                    nl = -1;
                if (nextCr < pos) {
                    nextCr = buf.indexOf(13, pos);
                    if (nextCr < 0 || nextCr >= len)
                        nextCr = len;
                }
                let end;
                let next;
                if (nextCr < len && (nl < 0 || nextCr < nl)) {
                    // A CR: with the LF after it one line end, alone a line end of its own.
                    if (nextCr + 1 === len && !eof)
                        break; // the LF may come with the next read
                    end = nextCr;
                    next = nextCr + 1 < len && buf[nextCr + 1] === 10 ? nextCr + 2 : nextCr + 1;
                }
                else if (nl >= 0) {
                    end = nl;
                    next = nl + 1;
                }
                else
                    break;
                line++;
                yield { line, text: buf.toString('utf8', pos, end) };
                pos = next;
            }
            if (eof) {
                if (pos < len || (bom && line === 0)) {
                    line++;
                    yield { line, text: buf.toString('utf8', pos, len) };
                }
                return;
            }
            if (pos === 0 && len === buf.length) {
                // One line fills the buffer: grow it.
                const bigger = Buffer.allocUnsafe(buf.length * 2);
                buf.copy(bigger, 0, 0, len);
                buf = bigger;
            }
            else {
                buf.copyWithin(0, pos, len);
                len -= pos;
            }
        }
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}

// EXTERNAL MODULE: ./src/io/json-limits.ts
var json_limits = __webpack_require__(6033);
// EXTERNAL MODULE: ./src/sources/lib/head.ts
var lib_head = __webpack_require__(7354);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
;// CONCATENATED MODULE: ./src/io/ingest-context.ts
/**
 * The filesystem side of ingestion: walks the results root (skipping report output folders and
 * symlink loops), and gives adapters size-capped, streamed, finding-friendly reads.
 */









/** Folder names that hold our own output; never read back as input. */
const DEFAULT_OUTPUT_DIR_NAME = 'inferguard_report';


/** Names of the files formats read: an entry with such a name that is not a regular file is reported critical. */
const DATA_FILE_NAME = /\.(?:json|jsonl|csv)$/i;
/** A directory where a format's data file would be: reported (its contents are still walked). */
const DIR_AS_FILE = 'is a directory, not the data file its name says';
/** A directory with a data file's name that holds files: reported as info, its files are read. */
const DIR_NAMED_LIKE_FILE = 'is a directory named like a data file; the files inside it are read';
/** True when `target` (a real path) is `root` or inside it. */
function isInside(root, target) {
    const r = external_node_path_default().relative(root, target);
    return r === '' || (!r.startsWith('..') && !external_node_path_default().isAbsolute(r));
}
/**
 * Lists every regular file under `root` (following symlinks once, detecting loops by real path),
 * skipping `inferguard_report/`, any folder holding a previous `report.json` of ours, and
 * `excludeDirs` (absolute paths, e.g. a custom --output-dir inside the root).
 */
async function scanResultsDir(root, excludeDirs = []) {
    let rootReal;
    try {
        rootReal = (0,external_node_fs_.realpathSync)(root);
    }
    catch {
        rootReal = external_node_path_default().resolve(root);
    }
    const w = {
        files: [],
        problems: [],
        seenReal: new Set(),
        excluded: new Set(excludeDirs.map((d) => external_node_path_default().resolve(d))),
        rootReal,
    };
    await walkDir(w, root, '', null);
    w.files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return { files: w.files, problems: w.problems };
}
/**
 * A directory carrying a data file's name (`x.json/`) is walked like any folder. It is critical
 * when it holds no file: then it stands where a format's file would. One that holds files is a
 * producer's output folder (lm-eval's `--output_path x.json` makes one) and only an info finding.
 */
async function walkDataNamedDir(w, abs, rel, real, dataName) {
    const before = w.files.length;
    await walkDir(w, abs, rel, real);
    if (!dataName)
        return;
    if (w.files.length === before)
        w.problems.push({ path: rel, message: DIR_AS_FILE, critical: true });
    else
        w.problems.push({ path: rel, message: DIR_NAMED_LIKE_FILE, info: true });
}
/**
 * Walks one folder. `knownReal`: the real path of `absDir` when the caller knows it (a plain
 * directory entry, not a symlink, of a folder whose real path is known is that real path + its
 * name), else null.
 */
async function walkDir(w, absDir, relDir, knownReal) {
    // Synchronous fs calls on purpose: a sweep is thousands of tiny files, and each awaited call
    // is a thread-pool round trip (a 2,000-cell sweep spent ~4 s idle in them); nothing else runs
    // while the analyzer scans and reads.
    let real;
    try {
        // realpathSync lstats every component of the path: ~4 lstats per folder of a sweep.
        real = knownReal ?? (0,external_node_fs_.realpathSync)(absDir);
    }
    catch (e) {
        w.problems.push({ path: relDir || '.', message: `unreadable directory (${ingest_context_errCode(e)})` });
        return;
    }
    if (w.seenReal.has(real)) {
        w.problems.push({ path: relDir || '.', message: 'symlink loop or repeated directory, skipped' });
        return;
    }
    w.seenReal.add(real);
    let entries;
    try {
        // With types: a plain sub-folder needs neither an lstat nor a realpath (files still get
        // their lstat, for size and mtime; symlinks and unknown types go the lstat/stat way).
        entries = (0,external_node_fs_.readdirSync)(absDir, { withFileTypes: true });
    }
    catch (e) {
        w.problems.push({ path: relDir || '.', message: `unreadable directory (${ingest_context_errCode(e)})` });
        return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    // A folder that holds one of our previous reports is output, not input.
    if (relDir !== '' &&
        entries.some((e) => e.name === 'report.json') &&
        (await isOurReport(external_node_path_default().join(absDir, 'report.json')))) {
        return;
    }
    for (const entry of entries)
        await visitEntry(w, entry, absDir, relDir, real);
}
/** One folder entry: a sub-folder is walked, a regular file listed, anything else a problem. */
async function visitEntry(w, entry, absDir, relDir, real) {
    const name = entry.name;
    const abs = external_node_path_default().join(absDir, name);
    const rel = relDir ? `${relDir}/${name}` : name;
    const dataName = DATA_FILE_NAME.test(name);
    if (entry.isDirectory()) {
        if (name === DEFAULT_OUTPUT_DIR_NAME || w.excluded.has(external_node_path_default().resolve(abs)))
            return;
        await walkDataNamedDir(w, abs, rel, external_node_path_default().join(real, name), dataName);
        return;
    }
    const st = entryStats(w, abs, rel, dataName);
    if (st === null)
        return;
    if (st.isDirectory()) {
        if (name === DEFAULT_OUTPUT_DIR_NAME || w.excluded.has(external_node_path_default().resolve(abs)))
            return;
        await walkDataNamedDir(w, abs, rel, null, dataName);
    }
    else if (st.isFile()) {
        w.files.push({ path: rel, name, dir: relDir, size: st.size, mtimeMs: st.mtimeMs });
    }
    else {
        w.problems.push({ path: rel, message: `is ${(0,safe_open/* entryKind */.FY)(st)}, not a regular file; not read`, critical: dataName });
    }
}
/** The entry's stats (a symlink's target's, when it stays inside the root); null with a problem otherwise. */
function entryStats(w, abs, rel, dataName) {
    try {
        const l = (0,external_node_fs_.lstatSync)(abs);
        if (!l.isSymbolicLink())
            return l;
        let target;
        try {
            target = (0,external_node_fs_.realpathSync)(abs);
        }
        catch (e) {
            w.problems.push({ path: rel, message: `broken symlink (${ingest_context_errCode(e)}); not read`, critical: dataName });
            return null;
        }
        if (!isInside(w.rootReal, target)) {
            w.problems.push({
                path: rel,
                message: 'is a symlink whose target is outside the results folder; not followed',
                critical: dataName,
            });
            return null;
        }
        return (0,external_node_fs_.statSync)(abs);
    }
    catch (e) {
        w.problems.push({ path: rel, message: `unreadable entry (${ingest_context_errCode(e)})`, critical: dataName });
        return null;
    }
}
async function isOurReport(file) {
    try {
        const { fd } = (0,safe_open/* openRegularSync */.w5)(file);
        try {
            const buf = Buffer.alloc(200);
            const n = (0,external_node_fs_.readSync)(fd, buf, 0, 200, 0);
            return buf.subarray(0, n).toString('utf8').includes('"inferguard-analyze/v1"');
        }
        finally {
            (0,external_node_fs_.closeSync)(fd);
        }
    }
    catch {
        return false;
    }
}
function ingest_context_errCode(e) {
    return e?.code ?? 'error';
}
const utf8Strict = new TextDecoder('utf-8', { fatal: true });
class TooLargeError extends Error {
    size;
    constructor(size) {
        super(`${size} bytes`);
        this.size = size;
    }
}
/** Reads a regular file whole through a non-blocking open (a FIFO never blocks), up to `cap` bytes. */
function readRegular(file, cap) {
    const { fd, stats } = (0,safe_open/* openRegularSync */.w5)(file);
    try {
        if (stats.size > cap)
            throw new TooLargeError(stats.size);
        return (0,external_node_fs_.readFileSync)(fd);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
const DEFAULT_TIMELINE_NAME = 'inferguard_timeline.jsonl';
function tooLarge(rel, size, cap) {
    return {
        ok: false,
        reason: 'too_large',
        message: `${rel} is ${size} bytes, above the ${cap}-byte JSON size cap (max_json_bytes)`,
    };
}
/** Step 1 of a JSON read: the bytes, through a non-blocking open and the size cap (`size`: the scan's). */
function readJsonBytes(file, rel, size, cap) {
    if (size > cap)
        return tooLarge(rel, size, cap);
    try {
        return readRegular(file, cap);
    }
    catch (e) {
        if (e instanceof safe_open/* NotRegularFileError */.iZ)
            return { ok: false, reason: 'not_regular', message: `${rel} ${e.message}; not read` };
        if (e instanceof TooLargeError)
            return tooLarge(rel, e.size, cap);
        return { ok: false, reason: 'unreadable', message: `${rel} could not be read (${ingest_context_errCode(e)})` };
    }
}
/** Step 2: strict UTF-8 (BOM dropped), then step 3. */
function parseJsonBytes(buf, rel, maxDepth) {
    const text = decodeJson(buf, rel);
    return typeof text === 'string' ? parseJsonText(text, buf, rel, maxDepth) : text;
}
function decodeJson(buf, rel) {
    let text;
    try {
        text = utf8Strict.decode(buf);
    }
    catch {
        return { ok: false, reason: 'not_utf8', message: `${rel} is not valid UTF-8` };
    }
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
/** Step 3, on the decoded text (`buf`: its bytes): the nesting limit, the parse, then checkParsed. */
function parseJsonText(text, buf, rel, maxDepth) {
    if (text.trim() === '')
        return { ok: false, reason: 'empty', message: `${rel} is empty` };
    // Few openers: parse first, the walk after gives the depth. Many: refuse a deep text before parsing.
    const parseFirst = (0,json_limits/* openersAtMost */.Fu)(buf, json_limits/* PARSE_FIRST_MAX_OPENERS */.d5);
    if (!parseFirst && (0,json_limits/* jsonDepthExceeds */.LL)(text, maxDepth))
        return tooDeep(rel, maxDepth);
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (e) {
        // A text both too deep and invalid is refused for its depth, as when scanned first.
        if (parseFirst && (0,json_limits/* jsonDepthExceeds */.LL)(text, maxDepth))
            return tooDeep(rel, maxDepth);
        return invalidJson(rel, text, e.message);
    }
    return checkParsed(value, rel, maxDepth);
}
/** Step 4, on the parsed document: the nesting limit, the root's kind, finite numbers. */
function checkParsed(value, rel, maxDepth) {
    const limits = (0,json_limits/* inspectParsed */.Ey)(value, maxDepth);
    if (limits.tooDeep)
        return tooDeep(rel, maxDepth);
    if ((0,json_limits/* isUnusableRoot */.we)(value))
        return {
            ok: false,
            reason: 'wrong_root',
            message: `${rel} holds ${(0,json_limits/* rootKind */.Nt)(value)} at its root, not the JSON object or array its format needs`,
        };
    // Overflowing literals (1e999) parse to Infinity.
    if (limits.nonFinite)
        return {
            ok: false,
            reason: 'not_finite',
            message: `${rel} holds a number too large for a double (it would read as Infinity)`,
        };
    return { ok: true, value };
}
function tooDeep(rel, maxDepth) {
    return {
        ok: false,
        reason: 'too_deep',
        message: `${rel} nests arrays/objects deeper than ${maxDepth} levels (the input nesting limit); not read`,
    };
}
/** A parse failure: where (line, column) and whether the text was cut short; never its content. */
function invalidJson(rel, text, msg) {
    const { line, column, offset } = jsonErrorPosition(text, msg);
    const where = line !== null ? ` at line ${line}, column ${column}` : '';
    const truncated = /Unexpected end|unterminated|end of JSON/i.test(msg) || (offset !== null && offset >= text.trimEnd().length);
    return {
        ok: false,
        reason: 'invalid_json',
        message: `${rel} is not valid JSON${truncated ? ' (truncated)' : ''}${where}`,
    };
}
/**
 * Bytes of small files kept between recognition's head read and the JSON read (at most this
 * much at once; past it a file is simply read again).
 */
const KEEP_MAX_BYTES = 64 * 1024 * 1024;
function absPath(root, rel) {
    return external_node_path_default().join(root, ...rel.split('/'));
}
/** One JSON read: from what `head()` kept when it can, else from disk. */
function readJsonUncached(st, rel) {
    const size = st.byPath.get(rel)?.size ?? 0;
    const whole = st.kept.files.get(rel);
    if (whole === undefined) {
        const bytes = readJsonBytes(absPath(st.root, rel), rel, size, st.cap);
        return 'reason' in bytes ? bytes : parseJsonBytes(bytes, rel, st.maxDepth);
    }
    st.kept.files.delete(rel);
    st.kept.bytes -= whole.length;
    if (size > st.cap || whole.length > st.cap)
        return tooLarge(rel, size > st.cap ? size : whole.length, st.cap);
    return whole.read;
}
/**
 * `head()`: one read per file, memoised. A file up to WHOLE_READ_BYTES (and the JSON cap) is read
 * whole and its JSON read kept for the readJson that follows.
 */
function headReader(st, jsonCache) {
    const heads = new Map();
    const wholeMax = Math.max(lib_head/* HEAD_BYTES */.Lq, Math.min(lib_head/* WHOLE_READ_BYTES */.li, st.cap));
    return (rel) => {
        let h = heads.get(rel);
        if (!h) {
            const read = readHead(absPath(st.root, rel), rel, st.maxDepth, wholeMax);
            h = read.head;
            heads.set(rel, h);
            const kept = read.kept;
            if (kept && !jsonCache.has(rel) && st.kept.bytes + kept.length <= KEEP_MAX_BYTES) {
                st.kept.files.set(rel, kept);
                st.kept.bytes += kept.length;
            }
        }
        return h;
    };
}
/** Creates the IngestContext for a scanned root. */
function createIngestContext(root, files, thresholds, options = {}) {
    // --timeline-glob: a pattern list for the one glob matcher (core/glob.ts), over relative POSIX paths.
    const isTimeline = options.timelineGlob ? globMatcher(splitPatternList(options.timelineGlob)) : null;
    const st = {
        root,
        byPath: new Map(files.map((f) => [f.path, f])),
        cap: thresholds.max_json_bytes,
        maxDepth: options.maxJsonDepth ?? json_limits/* MAX_INPUT_JSON_DEPTH */.Np,
        kept: { files: new Map(), bytes: 0 },
    };
    const jsonCache = new Map();
    const claimed = new Set();
    const abs = (rel) => absPath(root, rel);
    return {
        files,
        thresholds,
        readJson(rel) {
            let p = jsonCache.get(rel);
            if (!p) {
                p = new Promise((resolve) => resolve(readJsonUncached(st, rel)));
                jsonCache.set(rel, p);
            }
            return p;
        },
        async readText(rel) {
            if ((st.byPath.get(rel)?.size ?? 0) > st.cap)
                return null;
            try {
                const t = readRegular(abs(rel), st.cap).toString('utf8');
                return t.charCodeAt(0) === 0xfeff ? t.slice(1) : t;
            }
            catch {
                return null;
            }
        },
        lines: (rel) => readLines(abs(rel), rel),
        async csvRows(rel, csvOptions, visit) {
            try {
                return await scanCsv(abs(rel), rel, csvOptions, visit);
            }
            catch (e) {
                if (e instanceof CsvParseError)
                    throw new errors/* IngestReadError */.Jm(rel, e.message);
                throw e;
            }
        },
        claim(...paths) {
            for (const p of paths)
                claimed.add(p);
        },
        isClaimed: (p) => claimed.has(p),
        head: headReader(st, jsonCache),
        isTimelineFile(p) {
            return isTimeline ? isTimeline(p) : p === DEFAULT_TIMELINE_NAME || p.endsWith(`/${DEFAULT_TIMELINE_NAME}`);
        },
    };
}
/** One buffer for every head read: the analyzer reads files one at a time, synchronously. */
let headBuffer = null;
/** One buffer for the chunks of streaming key scans. */
let scanBuffer = null;
const SCAN_CHUNK_BYTES = 1024 * 1024;
/** Reads up to `buf.length` bytes from offset 0 (several reads when the OS returns fewer). */
function readFully(fd, buf) {
    let n = 0;
    while (n < buf.length) {
        const got = (0,external_node_fs_.readSync)(fd, buf, n, buf.length - n, n);
        if (got === 0)
            break;
        n += got;
    }
    return n;
}
/** True when the first byte that is not whitespace (or a BOM) opens a JSON object or array. */
function opensJson(bytes) {
    for (let i = 0; i < bytes.length && i < 64; i++) {
        const c = bytes[i];
        if (c === 123 || c === 91)
            return true;
        if (c === 32 || c === 9 || c === 10 || c === 13 || c === 0xef || c === 0xbb || c === 0xbf)
            continue;
        return false;
    }
    return false;
}
/**
 * The recognition read of one file; an unreadable file reads as empty.
 * - Up to HEAD_BYTES (as fstat says): one read; its JSON read is done at once and kept, so the
 *   readJson that usually follows recognition needs no second open or parse.
 * - Up to `wholeMax` (WHOLE_READ_BYTES, or the JSON cap when lower): read whole; a JSON text is
 *   parsed once (keys from the parse, the read kept as above); one that does not parse (JSONL,
 *   Python's NaN literals) has its first object's keys scanned.
 * - Larger: the first HEAD_BYTES, and for a JSON object a streaming scan of its top-level keys
 *   (at most KEY_SCAN_MAX_BYTES; a JSONL head already holds its first line's object whole).
 */
function readHead(file, rel, maxDepth, wholeMax) {
    let fd = null;
    try {
        const opened = (0,safe_open/* openRegularSync */.w5)(file);
        fd = opened.fd;
        const size = opened.stats.size;
        headBuffer ??= Buffer.allocUnsafe(lib_head/* HEAD_BYTES */.Lq + 1);
        const n = (0,external_node_fs_.readSync)(fd, headBuffer, 0, lib_head/* HEAD_BYTES */.Lq + 1, 0);
        const bytes = headBuffer.subarray(0, Math.min(n, lib_head/* HEAD_BYTES */.Lq));
        if (n <= lib_head/* HEAD_BYTES */.Lq && size === n) {
            const text = decodeJson(bytes, rel);
            const read = typeof text === 'string' ? parseJsonText(text, bytes, rel, maxDepth) : text;
            const parsedHead = read.ok && typeof text === 'string' ? (0,lib_head/* describeParsed */.JS)(text, read.value) : null;
            return { head: parsedHead ?? (0,lib_head/* describeHead */.Ui)(bytes, false), kept: { length: n, read } };
        }
        if (n <= lib_head/* HEAD_BYTES */.Lq || !opensJson(bytes))
            return { head: (0,lib_head/* describeHead */.Ui)(bytes, n > lib_head/* HEAD_BYTES */.Lq), kept: null };
        if (size <= wholeMax) {
            const whole = Buffer.allocUnsafe(size + 1);
            const got = readFully(fd, whole);
            if (got !== size)
                return { head: (0,lib_head/* describeHead */.Ui)(bytes, true), kept: null };
            const all = whole.subarray(0, got);
            const text = decodeJson(all, rel);
            const read = typeof text === 'string' ? parseJsonText(text, all, rel, maxDepth) : text;
            const parsedHead = read.ok && typeof text === 'string' ? (0,lib_head/* describeParsed */.JS)(text, read.value) : null;
            // A failed read is not kept: a JSONL file is read by lines, not by readJson.
            return { head: parsedHead ?? (0,lib_head/* describeWhole */.bm)(all), kept: read.ok ? { length: got, read } : null };
        }
        return { head: scanKeys(fd, (0,lib_head/* describeHead */.Ui)(bytes, true)), kept: null };
    }
    catch {
        return { head: (0,lib_head/* describeHead */.Ui)(new Uint8Array(0), false), kept: null };
    }
    finally {
        if (fd !== null)
            (0,external_node_fs_.closeSync)(fd);
    }
}
/** A large JSON object's head with all its top-level keys, read by a streaming scan. */
function scanKeys(fd, head) {
    // A JSONL head has its first line's object closed (describeHead checks), so all its keys.
    if (head.shape !== 'json-object')
        return head;
    const scanner = new lib_head/* TopKeyScanner */.xp();
    const decoder = new TextDecoder('utf-8', { fatal: false });
    scanBuffer ??= Buffer.allocUnsafe(SCAN_CHUNK_BYTES);
    let offset = 0;
    while (!scanner.done && offset < lib_head/* KEY_SCAN_MAX_BYTES */.$$) {
        const got = (0,external_node_fs_.readSync)(fd, scanBuffer, 0, SCAN_CHUNK_BYTES, offset);
        if (got === 0)
            break;
        offset += got;
        scanner.push(decoder.decode(scanBuffer.subarray(0, got), { stream: true }));
    }
    return scanner.keys.length >= head.keys.length ? { ...head, keys: scanner.keys } : head;
}
/**
 * Turns a JSON.parse message into line/column: "position N" when the engine gives it, else the
 * first occurrence of the unexpected token outside a string (Node 20 omits positions there).
 */
function jsonErrorPosition(text, msg) {
    const pos = /position (\d+)/.exec(msg);
    let offset = pos ? Number(pos[1]) : null;
    if (offset === null && /Unexpected end/i.test(msg))
        offset = text.length;
    if (offset === null) {
        const tok = /Unexpected token '(.)'/.exec(msg)?.[1];
        if (tok !== undefined)
            offset = firstOutsideString(text, tok);
    }
    if (offset === null)
        return { line: null, column: null, offset: null };
    let line = 1;
    let last = -1;
    for (let i = 0; i < offset && i < text.length; i++) {
        if (text.charCodeAt(i) === 10) {
            line++;
            last = i;
        }
    }
    return { line, column: offset - last, offset };
}
function firstOutsideString(text, ch) {
    let inStr = false;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (inStr) {
            if (c === '\\')
                i++;
            else if (c === '"')
                inStr = false;
        }
        else if (c === '"')
            inStr = true;
        else if (c === ch)
            return i;
    }
    return null;
}
async function* readLines(file, rel) {
    try {
        yield* readFileLines(file);
    }
    catch (e) {
        if (e instanceof LineReadError)
            throw new errors/* IngestReadError */.Jm(rel, e.message);
        throw e;
    }
}


/***/ }),

/***/ 6033:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ey: () => (/* binding */ inspectParsed),
/* harmony export */   Fu: () => (/* binding */ openersAtMost),
/* harmony export */   LL: () => (/* binding */ jsonDepthExceeds),
/* harmony export */   Np: () => (/* binding */ MAX_INPUT_JSON_DEPTH),
/* harmony export */   Nt: () => (/* binding */ rootKind),
/* harmony export */   d5: () => (/* binding */ PARSE_FIRST_MAX_OPENERS),
/* harmony export */   we: () => (/* binding */ isUnusableRoot)
/* harmony export */ });
/**
 * Limits checked on JSON text before (and right after) it is parsed whole: nesting depth (a
 * document nested deeper than any format we read is refused before JSON.parse, so no later
 * recursive walk can overflow the stack) and finite numbers (JSON.parse turns `1e999` into
 * Infinity, which no contract allows). Messages never quote the file's content.
 */
/** Deepest nesting of arrays/objects an input JSON file may have (no format we read needs > 12). */
const MAX_INPUT_JSON_DEPTH = 64;
/**
 * True when `text` nests arrays/objects deeper than `maxDepth` (strings skipped, escapes
 * honoured). A linear scan; stops at the first level past the limit.
 */
function jsonDepthExceeds(text, maxDepth) {
    let depth = 0;
    const n = text.length;
    for (let i = 0; i < n; i++) {
        const c = text.charCodeAt(i);
        if (c === 34 /* " */) {
            // Skip the string: find the closing quote not preceded by an odd run of backslashes.
            for (i++; i < n; i++) {
                const d = text.charCodeAt(i);
                if (d === 92 /* \ */)
                    i++;
                else if (d === 34)
                    break;
            }
        }
        else if (c === 91 /* [ */ || c === 123 /* { */) {
            if (++depth > maxDepth)
                return true;
        }
        else if (c === 93 /* ] */ || c === 125 /* } */) {
            depth--;
        }
    }
    return false;
}
/**
 * A text with at most this many `[`/`{` bytes is parsed before its depth is known: JSON.parse of
 * that many nested levels costs about a millisecond however they nest, and the walk after the
 * parse (inspectParsed) gives the exact depth. A text with more is depth-scanned first.
 */
const PARSE_FIRST_MAX_OPENERS = 2048;
/** True when `buf` holds at most `max` `[` and `{` bytes (native byte search; stops past `max`). */
function openersAtMost(buf, max) {
    let n = 0;
    for (const b of [0x5b, 0x7b]) {
        for (let i = buf.indexOf(b); i >= 0; i = buf.indexOf(b, i + 1))
            if (++n > max)
                return false;
    }
    return true;
}
/**
 * One iterative walk of a parsed document: its nesting depth against `maxDepth` (stops at the
 * first level past it) and non-finite numbers. Only containers go on the stack.
 */
function inspectParsed(value, maxDepth) {
    const out = { tooDeep: false, nonFinite: false };
    if (typeof value === 'number')
        out.nonFinite = !Number.isFinite(value);
    if (value === null || typeof value !== 'object')
        return out;
    const stack = [value];
    const depths = [1];
    while (stack.length > 0) {
        const v = stack.pop();
        const d = depths.pop();
        if (d > maxDepth) {
            out.tooDeep = true;
            return out;
        }
        const items = Array.isArray(v) ? v : Object.values(v);
        for (let i = 0; i < items.length; i++) {
            const x = items[i];
            if (typeof x === 'number') {
                if (!Number.isFinite(x))
                    out.nonFinite = true;
            }
            else if (x !== null && typeof x === 'object') {
                stack.push(x);
                depths.push(d + 1);
            }
        }
    }
    return out;
}
/** Kind of a JSON root, in words ("null", "a string", "an empty array", ...). */
function rootKind(v) {
    if (v === null)
        return 'null';
    if (Array.isArray(v))
        return v.length === 0 ? 'an empty array' : 'an array';
    if (typeof v === 'object')
        return 'an object';
    return typeof v === 'string' ? 'a string' : typeof v === 'number' ? 'a number' : `a ${typeof v}`;
}
/** Roots no input format accepts: null, a bare scalar, an empty array. */
function isUnusableRoot(v) {
    return v === null || typeof v !== 'object' || (Array.isArray(v) && v.length === 0);
}


/***/ }),

/***/ 9068:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readContractFile: () => (/* binding */ readContractFile)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/schemas/validate.ts + 14 modules
var validate = __webpack_require__(1098);
// EXTERNAL MODULE: ./src/io/config-file.ts + 1 modules
var config_file = __webpack_require__(5482);
// EXTERNAL MODULE: ./src/io/outputs.ts
var outputs = __webpack_require__(2186);
// EXTERNAL MODULE: ./src/core/gates/index.ts + 6 modules
var gates = __webpack_require__(6482);
// EXTERNAL MODULE: ./src/io/ingest-context.ts + 3 modules
var ingest_context = __webpack_require__(7247);
// EXTERNAL MODULE: ./src/io/safe-open.ts
var safe_open = __webpack_require__(176);
;// CONCATENATED MODULE: ./src/io/untrusted-report.ts
/**
 * Reading a report.json we did not write in this process (a baseline, a fork's or a shard's
 * report, `--base`/`--head` of `compare`): every check that keeps a crafted file from crashing a
 * later step or reaching a sink, before and after the one JSON.parse. Failing any check is an
 * outcome with a one-line reason (the caller makes it "no baseline" or a finding), never a throw.
 *
 * Order: regular file (non-blocking open) → byte cap (before reading) → strict UTF-8 →
 * JSON.parse (errors give line/column, never the file's content; V8's parser is iterative, so a
 * deep document cannot overflow it) → one iterative walk: nesting depth, numbers finite and within
 * ±1e100 (so statistics over them stay finite) → cell cap →
 * inferguard-analyze/v1 → the blocks renderers and merge rely on that the contract leaves open:
 * `gates` (inferguard-gates/v1), `cross_run` families, cell `samples` and `timeline` counts.
 *
 * Limits are documented in docs/ACTION.md (inputs `max-report-bytes`, `max-report-cells`,
 * `max-report-depth`) and docs/COMPARE.md.
 */





const DEFAULT_REPORT_LIMITS = Object.freeze({
    maxBytes: 64 * 1024 * 1024,
    maxCells: 10_000,
    maxDepth: 64,
});
/** Largest magnitude a number in an untrusted report may have: squares and sums of such stay finite. */
const MAX_REPORT_NUMBER = 1e100;
let configured = { ...DEFAULT_REPORT_LIMITS };
/** Sets the limits used when a caller passes none (the action's inputs, once per run). */
function configureReportLimits(limits) {
    configured = { ...DEFAULT_REPORT_LIMITS, ...limits };
}
function reportLimits() {
    return { ...configured };
}
const utf8Strict = new TextDecoder('utf-8', { fatal: true });
/** Schema messages carry property names from the file: keep them short and plain. */
function plain(s) {
    return s.replace(/[^\w/.:' ,()=<>-]/g, '?').slice(0, 160);
}
/** Reads and checks an untrusted report.json. `label` names it in reasons ("baseline run 12"). */
function loadUntrustedReport(file, label, limits = configured) {
    let buf;
    try {
        const { fd, stats } = (0,safe_open/* openRegularSync */.w5)(file);
        try {
            if (stats.size > limits.maxBytes)
                return {
                    ok: false,
                    reason: `${label} report.json is ${stats.size} bytes, over the ${limits.maxBytes}-byte cap (max-report-bytes); not read`,
                };
            buf = (0,external_node_fs_.readFileSync)(fd);
        }
        finally {
            (0,external_node_fs_.closeSync)(fd);
        }
    }
    catch (e) {
        if (e instanceof safe_open/* NotRegularFileError */.iZ)
            return { ok: false, reason: `${label} report.json ${e.message}` };
        const code = e.code;
        return {
            ok: false,
            reason: code === 'ENOENT' ? `${label} has no report.json` : `${label} report.json cannot be read (${code ?? 'error'})`,
        };
    }
    let text;
    try {
        text = utf8Strict.decode(buf);
    }
    catch {
        return { ok: false, reason: `${label} report.json is not valid UTF-8` };
    }
    return parseUntrustedReport(text, label, limits);
}
/** The checks of loadUntrustedReport on text already read. */
function parseUntrustedReport(text, label, limits = configured) {
    if (text.length > limits.maxBytes)
        return { ok: false, reason: `${label} report.json is over the ${limits.maxBytes}-byte cap (max-report-bytes)` };
    if (text.charCodeAt(0) === 0xfeff)
        text = text.slice(1);
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (e) {
        const { line, column } = (0,ingest_context/* jsonErrorPosition */.OG)(text, e.message);
        return {
            ok: false,
            reason: `${label} report.json is not valid JSON${line !== null ? ` (line ${line}, column ${column})` : ''}`,
        };
    }
    // One iterative walk (JSON.parse itself is iterative in V8, so a deep document parses; nothing
    // after this point recurses into a document that passed): nesting depth, then every number.
    const bad = walkProblem(value, limits.maxDepth);
    if (bad === 'deep')
        return {
            ok: false,
            reason: `${label} report.json nests deeper than ${limits.maxDepth} levels (max-report-depth)`,
        };
    if (bad !== null)
        return {
            ok: false,
            reason: `${label} report.json holds a number that is ${bad} (reports allow finite numbers within ±${MAX_REPORT_NUMBER})`,
        };
    const cells = value?.cells;
    if (Array.isArray(cells) && cells.length > limits.maxCells)
        return {
            ok: false,
            reason: `${label} report.json has ${cells.length} cells, over the ${limits.maxCells}-cell cap (max-report-cells)`,
        };
    const v = (0,validate/* validateContract */.T7)('inferguard-analyze/v1', value);
    if (!v.ok)
        return {
            ok: false,
            reason: `${label} report.json does not satisfy inferguard-analyze/v1: ${v.errors.slice(0, 2).map(plain).join('; ')}`,
        };
    const block = checkOpenBlocks(value);
    if (block !== null)
        return { ok: false, reason: `${label} report.json: ${block}` };
    return { ok: true, report: value };
}
/**
 * 'deep' when arrays/objects nest past `maxDepth`; "not finite ..." / "too large" for the first
 * offending number; else null. Iterative (an explicit stack of values and their depths).
 */
function walkProblem(root, maxDepth) {
    const stack = [root];
    const depths = [0];
    while (stack.length > 0) {
        const v = stack.pop();
        const d = depths.pop();
        if (typeof v === 'number') {
            if (!Number.isFinite(v))
                return 'not finite (an overflowing literal such as 1e999)';
            if (v > MAX_REPORT_NUMBER || v < -MAX_REPORT_NUMBER)
                return 'too large';
        }
        else if (v !== null && typeof v === 'object') {
            if (d >= maxDepth)
                return 'deep';
            if (Array.isArray(v)) {
                for (let i = 0; i < v.length; i++) {
                    const x = v[i];
                    if (typeof x === 'object' && x !== null) {
                        stack.push(x);
                        depths.push(d + 1);
                    }
                    else if (typeof x === 'number' && !(x <= MAX_REPORT_NUMBER && x >= -MAX_REPORT_NUMBER))
                        return Number.isFinite(x) ? 'too large' : 'not finite (an overflowing literal such as 1e999)';
                }
            }
            else {
                for (const k in v) {
                    const x = v[k];
                    if (typeof x === 'object' && x !== null) {
                        stack.push(x);
                        depths.push(d + 1);
                    }
                    else if (typeof x === 'number' && !(x <= MAX_REPORT_NUMBER && x >= -MAX_REPORT_NUMBER))
                        return Number.isFinite(x) ? 'too large' : 'not finite (an overflowing literal such as 1e999)';
                }
            }
        }
    }
    return null;
}
const isObj = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
const isNum = (v) => typeof v === 'number';
const isNumOrNull = (v) => v === null || v === undefined || typeof v === 'number';
const isStr = (v) => typeof v === 'string';
const isStrOrNull = (v) => v === null || v === undefined || typeof v === 'string';
/** The parts of a report the contract leaves open that renderers and merge read by shape. */
function checkOpenBlocks(r) {
    if (r.gates !== undefined) {
        const g = (0,validate/* validateContract */.T7)('inferguard-gates/v1', r.gates);
        if (!g.ok)
            return `its gates block does not satisfy inferguard-gates/v1 (${plain(g.errors[0] ?? '')})`;
    }
    if (r.cross_run !== undefined) {
        const why = crossRunProblem(r.cross_run);
        if (why)
            return `its cross_run block is malformed (${why})`;
    }
    for (let i = 0; i < r.cells.length; i++) {
        const c = r.cells[i];
        if (c.samples !== undefined) {
            const why = samplesProblem(c.samples);
            if (why)
                return `cell ${i + 1} has malformed samples (${why})`;
        }
        if (c.timeline !== undefined) {
            const t = c.timeline;
            if (!isObj(t))
                return `cell ${i + 1} has a timeline that is not an object`;
            const counts = t.finding_counts_by_code;
            if (counts !== undefined && (!isObj(counts) || !Object.values(counts).every(isNum)))
                return `cell ${i + 1} has timeline finding counts that are not numbers`;
            if (!isNumOrNull(t.sample_count) || !isNumOrNull(t.lead_time_s))
                return `cell ${i + 1} has timeline counts that are not numbers`;
        }
    }
    return null;
}
function samplesProblem(s) {
    if (!isObj(s))
        return 'not an object';
    for (const [k, v] of Object.entries(s)) {
        if (!['ttft_s', 'tpot_s', 'itl_s', 'e2el_s'].includes(k))
            return 'an unknown series';
        if (!isObj(v) || !Number.isInteger(v.n) || v.n < 0 || !Array.isArray(v.values))
            return 'a series without n and values';
        const vals = v.values;
        for (let i = 0; i < vals.length; i++) {
            if (typeof vals[i] !== 'number')
                return 'a value that is not a number';
            if (i > 0 && vals[i] < vals[i - 1])
                return 'values not sorted';
        }
    }
    return null;
}
/** Absent, or a number. */
const isNumOrAbsent = (v) => v === undefined || typeof v === 'number';
/** Absent, or a string (text a fork may have written: shown escaped, compared, never trusted). */
const isStrOrAbsent = (v) => v === undefined || typeof v === 'string';
/** A curve point's fields beyond the numbers every reader needs (core/types.ts CrossRunPoint). */
function curvePointExtrasProblem(p) {
    for (const k of ['total_tput_tps', 'output_tput_tps'])
        if (!isNumOrNull(p[k]))
            return `a curve point's ${k} is not a number`;
    if (!isStrOrAbsent(p.completion_status))
        return "a curve point's completion_status is not a string";
    for (const b of ['ttft', 'tpot']) {
        if (!isStrOrAbsent(p[`${b}_tail_stat`]))
            return `a curve point's ${b}_tail_stat is not a string`;
        if (!isNumOrAbsent(p[`${b}_tail_s`]))
            return `a curve point's ${b}_tail_s is not a number`;
    }
    return null;
}
function crossRunProblem(cr) {
    if (!isObj(cr))
        return 'not an object';
    if (!isNumOrAbsent(cr.min_family_points))
        return 'min_family_points is not a number';
    if (cr.families === undefined)
        return null;
    if (!Array.isArray(cr.families))
        return 'families is not an array';
    for (const f of cr.families) {
        if (!isObj(f))
            return 'a family is not an object';
        if (!isStrOrNull(f.label) || !isStrOrNull(f.key))
            return 'a family label is not a string';
        if (!isNum(f.points))
            return 'a family without points';
        if (!isNumOrAbsent(f.usable_points))
            return 'usable_points is not a number';
        if (f.curve_rules_applied !== undefined && typeof f.curve_rules_applied !== 'boolean')
            return 'curve_rules_applied is not a boolean';
        if (!Array.isArray(f.curve))
            return 'a family without a curve';
        for (const p of f.curve) {
            if (!isObj(p))
                return 'a curve point is not an object';
            for (const k of ['concurrency', 'success_rate', 'tput_per_gpu', 'p99_ttft_s', 'p99_tpot_s'])
                if (!isNumOrNull(p[k]))
                    return `a curve point's ${k} is not a number`;
            if (!isStrOrNull(p.cell_id))
                return "a curve point's cell_id is not a string";
            if (p.slo_compliant !== undefined && p.slo_compliant !== null && typeof p.slo_compliant !== 'boolean')
                return 'slo_compliant is not a boolean';
            const extra = curvePointExtrasProblem(p);
            if (extra)
                return extra;
        }
        if (!Array.isArray(f.findings))
            return 'a family without findings';
        for (const x of f.findings)
            if (!isObj(x) || !isStr(x.code) || !isStr(x.severity) || !isStr(x.message) || !isStrOrNull(x.cell_id))
                return 'a family finding is malformed';
        if (f.knee !== undefined && f.knee !== null) {
            if (!isObj(f.knee) ||
                !isNumOrNull(f.knee.concurrency) ||
                !isStrOrNull(f.knee.basis) ||
                !isStrOrNull(f.knee.cell_id))
                return 'a knee is malformed';
        }
        if (f.goodput !== undefined && f.goodput !== null) {
            const g = f.goodput;
            if (!isObj(g))
                return 'goodput is not an object';
            for (const k of ['max_compliant_concurrency', 'tput_per_gpu', 'slo_ttft_p99_s', 'slo_tpot_p99_s'])
                if (!isNumOrNull(g[k]))
                    return `goodput ${k} is not a number`;
            if (!isStrOrNull(g.cell_id))
                return 'goodput cell_id is not a string';
            if (!isNumOrAbsent(g.compliant_points) || !isNumOrAbsent(g.points))
                return 'goodput counts are not numbers';
        }
        {
            if (!Array.isArray(f.next_measurements))
                return 'next_measurements is not an array';
            for (const m of f.next_measurements)
                if (!isObj(m) || !isNum(m.concurrency) || !isStr(m.kind) || !isStrOrNull(m.cell_id) || !isStr(m.reason))
                    return 'a next measurement is malformed';
        }
    }
    return null;
}

;// CONCATENATED MODULE: ./src/io/read-report.ts
/**
 * Reading a JSON document the user named on the command line (a report.json, a compare.json):
 * read, parsed and validated; any problem is one NoReportError naming the flag and the file.
 */





async function readContractFile(file, contract, flag) {
    // A report may come from anywhere (a fork, another run): the untrusted-report checks (size,
    // depth, finite numbers, cell cap, contract, open blocks), refused in one line.
    if (contract === 'inferguard-analyze/v1') {
        const load = loadUntrustedReport(file, `${flag} ${(0,outputs/* shownPath */.p)(file)}:`);
        if (!load.ok)
            throw new config_file/* NoReportError */.E(load.reason.replace(/: report\.json/, ''));
        return load.report;
    }
    let text;
    try {
        // One synchronous read, decoded at once: the promise API reads 512 KB at a time through the
        // thread pool and a stream decoder (~60 ms of a 24 MB compare.json); same text, same errors.
        text = (0,external_node_fs_.readFileSync)(file).toString('utf8');
    }
    catch (e) {
        throw new config_file/* NoReportError */.E(`${flag} ${(0,outputs/* shownPath */.p)(file)} cannot be read (${e.code ?? 'error'})`);
    }
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        // Never the engine's message: it quotes the file's first characters.
        throw new config_file/* NoReportError */.E(`${flag} ${(0,outputs/* shownPath */.p)(file)} is not JSON`);
    }
    const r = (0,validate/* validateContract */.T7)(contract, value);
    if (!r.ok)
        throw new config_file/* NoReportError */.E(`${flag} ${(0,outputs/* shownPath */.p)(file)} is not a valid ${contract} document: ${r.errors.slice(0, 2).join('; ')}`);
    return value;
}


/***/ }),

/***/ 176:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FY: () => (/* binding */ entryKind),
/* harmony export */   iZ: () => (/* binding */ NotRegularFileError),
/* harmony export */   w5: () => (/* binding */ openRegularSync)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Opening input files without ever blocking: `O_NONBLOCK`, then `fstat` on the descriptor, so a
 * FIFO, socket or device put where a data file should be is refused at once (a FIFO opened for
 * reading without O_NONBLOCK waits for a writer forever). Regular files read as usual: the flag
 * has no effect on them.
 */

/** What a non-regular entry is, in words for a finding ("a FIFO", "a directory", ...). */
function entryKind(st) {
    if (st.isDirectory())
        return 'a directory';
    if (st.isFIFO())
        return 'a FIFO (named pipe)';
    if (st.isSocket())
        return 'a socket';
    if (st.isCharacterDevice())
        return 'a character device';
    if (st.isBlockDevice())
        return 'a block device';
    if (st.isSymbolicLink())
        return 'a symbolic link';
    return 'not a regular file';
}
/** Thrown when the path is not a regular file; `code` is ENOTREG (or EISDIR for a directory). */
class NotRegularFileError extends Error {
    kind;
    code;
    constructor(kind) {
        super(`is ${kind}, not a regular file`);
        this.kind = kind;
        this.code = kind === 'a directory' ? 'EISDIR' : 'ENOTREG';
    }
}
const FLAGS = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK ?? 0);
/**
 * Opens `file` for reading without blocking and checks it is a regular file. Returns the
 * descriptor and its stats; the caller closes it. Throws the fs error, or NotRegularFileError.
 */
function openRegularSync(file) {
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(file, FLAGS);
    let st;
    try {
        st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
    }
    catch (e) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
        throw e;
    }
    if (!st.isFile()) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
        throw new NotRegularFileError(entryKind(st));
    }
    return { fd, stats: st };
}


/***/ }),

/***/ 7354:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $$: () => (/* binding */ KEY_SCAN_MAX_BYTES),
/* harmony export */   JS: () => (/* binding */ describeParsed),
/* harmony export */   Lq: () => (/* binding */ HEAD_BYTES),
/* harmony export */   Ui: () => (/* binding */ describeHead),
/* harmony export */   VA: () => (/* binding */ parseJsonLenient),
/* harmony export */   bm: () => (/* binding */ describeWhole),
/* harmony export */   li: () => (/* binding */ WHOLE_READ_BYTES),
/* harmony export */   xV: () => (/* binding */ hasKeys),
/* harmony export */   xp: () => (/* binding */ TopKeyScanner),
/* harmony export */   yr: () => (/* binding */ hasAnyKey)
/* harmony export */ });
/**
 * Looks at a file for recognition (docs/ARCHITECTURE.md "Recognition"): the first bytes, what
 * kind of text they are, and the top-level keys of a JSON object (or of the first object of an
 * array or JSONL file). A file up to WHOLE_READ_BYTES is read whole (one parse, handed on to the
 * JSON read), so every top-level key is seen wherever it stands (SGLang's bench_serving writes a
 * 20-50 KB `server_info` before `duration` and `completed`); a larger file gets a streaming scan
 * of its first object's top-level keys (TopKeyScanner), at most KEY_SCAN_MAX_BYTES, never a parse.
 */
/** Bytes of `text` (and of the shape sniff): sniffs that match text look at the first 16 KiB. */
const HEAD_BYTES = 16 * 1024;
/**
 * Files up to this size are read whole for recognition: parsed once (the parse is kept for the
 * JSON read that follows) or, when they do not parse (JSONL, Python's NaN literals), scanned.
 */
const WHOLE_READ_BYTES = 4 * 1024 * 1024;
/** Bytes a streaming key scan of a larger file reads at most before it gives up on the object's end. */
const KEY_SCAN_MAX_BYTES = 256 * 1024 * 1024;
const utf8Lenient = new TextDecoder('utf-8', { fatal: false });
/** Builds a FileHead from the first bytes of a file. */
function describeHead(bytes, truncated) {
    if (bytes.length === 0)
        return { text: '', truncated: false, shape: 'empty', keys: [] };
    if (bytes.subarray(0, 4096).indexOf(0) >= 0)
        return { text: '', truncated, shape: 'binary', keys: [] };
    let text = utf8Lenient.decode(bytes);
    if (text.charCodeAt(0) === 0xfeff)
        text = text.slice(1);
    if (truncated && text.endsWith('\ufffd'))
        text = text.slice(0, -1);
    const t = text.trimStart();
    if (t === '')
        return { text, truncated, shape: 'empty', keys: [] };
    if (t[0] === '{') {
        // One object per line (JSONL) when the first line closes an object and another follows.
        const nl = t.indexOf('\n');
        const first = nl < 0 ? t : t.slice(0, nl);
        const rest = nl < 0 ? '' : t.slice(nl + 1).trimStart();
        const jsonl = rest.startsWith('{') && closesAt(first) === first.trimEnd().length;
        return { text, truncated, shape: jsonl ? 'jsonl' : 'json-object', keys: objectKeys(t, 0) };
    }
    if (t[0] === '[' && JSON_ARRAY_START.test(t)) {
        const open = t.indexOf('{');
        const before = open < 0 ? t : t.slice(1, open);
        const keys = open >= 0 && /^\s*$/.test(before) ? objectKeys(t, open) : [];
        return { text, truncated, shape: 'json-array', keys };
    }
    const firstLine = t.slice(0, Math.max(0, t.indexOf('\n'))) || t;
    if (looksLikeCsvHeader(firstLine))
        return { text, truncated, shape: 'csv', keys: [] };
    return { text, truncated, shape: 'text', keys: [] };
}
/**
 * A JSON array's start: `[` then a value (`[TensorRT-LLM]`, `[12/06/2025-10:00:00] [I]` and other
 * bracketed log prefixes are text).
 */
const JSON_ARRAY_START = /^\[\s*(?:$|[[{"\]]|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?\s*(?:$|[,\]])|(?:true|false|null)\s*(?:$|[,\]]))/;
/**
 * A CSV header line: comma-separated names, no JSON braces (MLPerf's `:::MLLOG {"key": …}` lines
 * have commas too, inside a JSON object).
 */
function looksLikeCsvHeader(line) {
    return /^[^,\n]+(,[^,\n]*)+\r?$/.test(line) && !line.includes('{') && !line.startsWith(':::');
}
/**
 * The FileHead of a whole file read for recognition that did not parse as one JSON document
 * (JSONL, Python's NaN literals, text, CSV): shape from the first bytes, keys from a scan of the
 * whole first object, `text` cut to the head.
 */
function describeWhole(bytes) {
    const h = describeHead(bytes, false);
    return h.text.length > HEAD_BYTES ? { ...h, text: cutToHead(h.text), truncated: true } : h;
}
function cutToHead(text) {
    if (text.length <= HEAD_BYTES)
        return text;
    const cut = text.slice(0, HEAD_BYTES);
    // Never end on the first half of a surrogate pair.
    const last = cut.charCodeAt(cut.length - 1);
    return last >= 0xd800 && last <= 0xdbff ? cut.slice(0, -1) : cut;
}
/**
 * The FileHead of a whole file already parsed (`text`: its decoded text, BOM removed): the head
 * describeHead gives, its keys read off the parse instead of scanned (all top-level keys), `text`
 * cut to the head. Null when the parse cannot stand in for the scan: a root that is not an object
 * or array, or a digit-only key (JSON.parse moves those first, the scan keeps file order).
 */
function describeParsed(text, value) {
    if (value === null || typeof value !== 'object')
        return null;
    const truncated = text.length > HEAD_BYTES;
    const head = cutToHead(text);
    if (Array.isArray(value)) {
        const first = value[0];
        const keys = first !== null && typeof first === 'object' && !Array.isArray(first) ? Object.keys(first) : [];
        return keys.some(isDigits) ? null : { text: head, truncated, shape: 'json-array', keys };
    }
    const keys = Object.keys(value);
    return keys.some(isDigits) ? null : { text: head, truncated, shape: 'json-object', keys };
}
/** A key longer than this is not collected by TopKeyScanner (no result format has one). */
const MAX_KEY_CHARS = 4096;
/**
 * Streaming scan of the top-level keys of the first JSON object in a text fed in chunks (a file
 * too large to read whole for recognition): `push` each decoded chunk until `done` (the object
 * closed). Keys in file order, as objectKeys gives them; nothing is parsed or kept but the keys.
 */
class TopKeyScanner {
    keys = [];
    /** True once the first object has closed. */
    done = false;
    depth = 0;
    inStr = false;
    esc = false;
    expectKey = false;
    collecting = false;
    buf = '';
    pending = null;
    push(chunk) {
        let start = 0;
        for (let i = 0; i < chunk.length && !this.done; i++) {
            const c = chunk.charCodeAt(i);
            if (this.inStr) {
                if (this.esc)
                    this.esc = false;
                else if (c === 92)
                    this.esc = true;
                else if (c === 34) {
                    this.inStr = false;
                    if (this.collecting) {
                        this.buf += chunk.slice(start, i);
                        this.collecting = false;
                        this.pending = this.buf.length <= MAX_KEY_CHARS ? this.buf : null;
                        this.buf = '';
                    }
                }
                continue;
            }
            if (this.pending !== null) {
                if (c === 58) {
                    const raw = this.pending;
                    this.keys.push(raw.includes('\\') ? safeUnescape(raw) : raw);
                    this.pending = null;
                    this.expectKey = false;
                    continue;
                }
                if (c === 32 || c === 9 || c === 10 || c === 13)
                    continue;
                this.pending = null;
            }
            if (c === 34) {
                this.inStr = true;
                if (this.depth === 1 && this.expectKey) {
                    this.collecting = true;
                    this.buf = '';
                    start = i + 1;
                }
            }
            else if (c === 123 || c === 91) {
                this.depth++;
                if (this.depth === 1)
                    this.expectKey = c === 123;
            }
            else if (c === 125 || c === 93) {
                this.depth--;
                if (this.depth <= 0)
                    this.done = true;
            }
            else if (c === 44 && this.depth === 1)
                this.expectKey = true;
            else if (this.depth === 0 && !(c === 32 || c === 9 || c === 10 || c === 13 || c === 0xfeff))
                this.done = true;
        }
        if (this.collecting && !this.done) {
            this.buf += chunk.slice(start);
            if (this.buf.length > MAX_KEY_CHARS)
                this.buf = this.buf.slice(0, MAX_KEY_CHARS + 1);
        }
    }
}
function isDigits(k) {
    const c = k.charCodeAt(0);
    return c >= 48 && c <= 57 && /^\d+$/.test(k);
}
/** Index just after the object that starts at 0 in `s` closes, or -1 when it does not close in `s`. */
function closesAt(s) {
    let depth = 0;
    let inStr = false;
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (inStr) {
            if (c === 92)
                i++;
            else if (c === 34)
                inStr = false;
        }
        else if (c === 34)
            inStr = true;
        else if (c === 123 || c === 91)
            depth++;
        else if (c === 125 || c === 93) {
            depth--;
            if (depth === 0)
                return i + 1;
        }
    }
    return -1;
}
/** Keys at depth 1 of the object opening at `start`, as far as `text` goes. */
function objectKeys(text, start) {
    const keys = [];
    let depth = 0;
    let expectKey = false;
    for (let i = start; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 34) {
            // a string: find its end
            let j = i + 1;
            while (j < text.length && text.charCodeAt(j) !== 34)
                j += text.charCodeAt(j) === 92 ? 2 : 1;
            if (j >= text.length)
                break;
            if (depth === 1 && expectKey) {
                let k = j + 1;
                while (k < text.length && /\s/.test(text[k]))
                    k++;
                if (text[k] === ':') {
                    const raw = text.slice(i + 1, j);
                    keys.push(raw.includes('\\') ? safeUnescape(raw) : raw);
                    expectKey = false;
                }
            }
            i = j;
        }
        else if (c === 123 || c === 91) {
            depth++;
            if (depth === 1)
                expectKey = true;
        }
        else if (c === 125 || c === 93) {
            depth--;
            if (depth === 0)
                break;
        }
        else if (c === 44 && depth === 1)
            expectKey = true;
    }
    return keys;
}
function safeUnescape(raw) {
    try {
        return JSON.parse(`"${raw}"`);
    }
    catch {
        return raw;
    }
}
/** True when every key is among the head's keys. */
function hasKeys(head, ...keys) {
    return keys.every((k) => head.keys.includes(k));
}
/** True when at least one key is among the head's keys. */
function hasAnyKey(head, ...keys) {
    return keys.some((k) => head.keys.includes(k));
}
/**
 * JSON.parse that also takes the non-standard literals Python's json module writes
 * (`NaN`, `Infinity`, `-Infinity`; SGLang and lm-eval results carry them): outside strings they
 * become `null`, `"inf"`, `"-inf"` (toNumber reads neither as a number; request rates read "inf").
 */
function parseJsonLenient(text) {
    try {
        return JSON.parse(text);
    }
    catch (e) {
        if (!/NaN|Infinity/.test(text))
            throw e;
    }
    let out = '';
    let last = 0;
    let inStr = false;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (inStr) {
            if (c === 92)
                i++;
            else if (c === 34)
                inStr = false;
            continue;
        }
        if (c === 34) {
            inStr = true;
            continue;
        }
        let lit = null;
        let rep = '';
        if (c === 78 && text.startsWith('NaN', i)) {
            lit = 'NaN';
            rep = 'null';
        }
        else if (c === 73 && text.startsWith('Infinity', i)) {
            lit = 'Infinity';
            rep = '"inf"';
        }
        else if (c === 45 && text.startsWith('-Infinity', i)) {
            lit = '-Infinity';
            rep = '"-inf"';
        }
        if (lit !== null) {
            out += text.slice(last, i) + rep;
            i += lit.length - 1;
            last = i + 1;
        }
    }
    return JSON.parse(out + text.slice(last));
}


/***/ }),

/***/ 7991:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ emptyResult),
/* harmony export */   LH: () => (/* binding */ unknownCounts),
/* harmony export */   YT: () => (/* reexport safe */ _errors_js__WEBPACK_IMPORTED_MODULE_0__.YT),
/* harmony export */   b_: () => (/* binding */ perContext)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);

/** Counts of a cell whose requests nobody counted (never guessed: all null). */
function unknownCounts(basis = null) {
    return { total: null, successful: null, sessions_total: null, sessions_completed: null, source: null, basis };
}
function emptyResult() {
    return { fragments: [], findings: [], manifest: [] };
}
/**
 * Memoises a per-run scan on the IngestContext, so the adapters that share one scan (InferenceX
 * static + srt-slurm, AgentX v0.1 + aiperf) read each file once.
 */
function perContext(scan) {
    const memo = new WeakMap();
    return (ctx) => {
        let p = memo.get(ctx);
        if (!p) {
            p = scan(ctx);
            memo.set(ctx, p);
        }
        return p;
    };
}


/***/ })

};
