export const id = 587;
export const ids = [587];
export const modules = {

/***/ 587:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ud: () => (/* reexport */ evaluateGates),
  gatesExitCode: () => (/* reexport */ gatesExitCode),
  NS: () => (/* reexport */ isDiffGate),
  GB: () => (/* reexport */ parseGateLines),
  MJ: () => (/* reexport */ parseGates)
});

// UNUSED EXPORTS: COMPARISON_OPS, GATES_SCHEMA_VERSION, GATE_OPS, GATE_OUTCOMES, GATE_OUTCOME_WORDS, GATE_SEVERITIES, compareSemver, describeElement, formatPath, gateAnnotations, isBlocking, lookupPredicateField, parseGate, parseSemver, predicateMatches, resolvePath, summarizeGateResults

;// CONCATENATED MODULE: ./schemas/inferguard-gates-v1.schema.json
const inferguard_gates_v1_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","title":"inferguard-gates/v1","description":"The `gates` block of report.json: every SLO gate\'s outcome (docs/GATES.md). Results are in gate order; a gate with `[*]` gives one result per element.","type":"object","required":["schema_version","summary","results"],"properties":{"schema_version":{"const":"inferguard-gates/v1"},"summary":{"type":"object","required":["gates","total","passed","failed","not_found","conflict","error","blocking_failures"],"properties":{"gates":{"type":"integer","minimum":0,"description":"Number of gates evaluated."},"total":{"type":"integer","minimum":0,"description":"Number of results."},"passed":{"type":"integer","minimum":0},"failed":{"type":"integer","minimum":0},"not_found":{"type":"integer","minimum":0},"conflict":{"type":"integer","minimum":0},"error":{"type":"integer","minimum":0},"blocking_failures":{"type":"integer","minimum":0,"description":"Results of severity error whose outcome is not pass."}},"additionalProperties":false},"results":{"type":"array","items":{"type":"object","required":["index","gate","severity","path","op","expected","outcome","value","cells","message"],"properties":{"index":{"type":"integer","minimum":1,"description":"1-based position of the gate in the evaluated list."},"gate":{"type":"string","minLength":1,"description":"The gate as written."},"name":{"type":"string","minLength":1},"severity":{"enum":["error","warning"]},"path":{"type":"string","minLength":1,"description":"Concrete path of this result (a [*] replaced by the element\'s selector)."},"op":{"enum":["<=","<",">=",">","==","!=","semver<=","semver<","semver>=","semver>","semver==","semver!="]},"expected":{"type":["number","string","boolean"]},"outcome":{"enum":["pass","fail","not_found","conflict","error"]},"value":{"type":["number","string","boolean","null"],"description":"The resolved value; null when nothing scalar was resolved."},"cells":{"type":"array","items":{"type":"string"},"description":"Cell ids involved, sorted."},"message":{"type":"string","minLength":1},"matches":{"type":"array","items":{"type":"string"},"description":"conflict only: ids of the elements the predicate matched, sorted."}},"additionalProperties":false}}},"additionalProperties":false}');
// EXTERNAL MODULE: ./src/schemas/validate.ts + 6 modules
var validate = __webpack_require__(1325);
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
/** Where a single predicate key falls back to when an element has no such field (seed 002's Data → Context). */
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
/**
 * Resolves `steps` from `root`. `prefix` is the text of the path up to `root` ('' for the report,
 * 'diff' for the diff document). Returns one resolution, or one per element of each `[*]`, in
 * list order.
 */
function resolvePath(steps, root, prefix = '') {
    const out = [];
    const join = (path, step) => path === '' && step.startsWith('.') ? step.slice(1) : `${path}${step}`;
    const walk = (value, i, path, cells) => {
        const step = steps[i];
        if (step === undefined) {
            out.push({ kind: 'value', value, path, cells });
            return;
        }
        const here = path === '' ? 'the report' : path;
        if (step.kind === 'key') {
            const next = join(path, formatStep(step));
            if (value === null) {
                out.push({ kind: 'not_found', message: `${here} is null, so it has no '${step.key}'.`, path: next, cells });
            }
            else if (Array.isArray(value)) {
                out.push({
                    kind: 'error',
                    message: `${here} is a list; pick an element with [key=value] or [*] before '.${step.key}'.`,
                    path: next,
                    cells,
                });
            }
            else if (!isObj(value)) {
                out.push({
                    kind: 'error',
                    message: `${here} is ${kindOf(value)}, not an object, so it has no '${step.key}'.`,
                    path: next,
                    cells,
                });
            }
            else if (!has(value, step.key)) {
                out.push({
                    kind: 'not_found',
                    message: `key '${step.key}' not found in ${here}${availableKeys(value)}.`,
                    path: next,
                    cells,
                });
            }
            else {
                walk(value[step.key], i + 1, next, cells);
            }
            return;
        }
        const sel = formatStep(step);
        if (value === null) {
            out.push({ kind: 'not_found', message: `${here} is null, so ${sel} selects nothing.`, path: path + sel, cells });
            return;
        }
        if (!Array.isArray(value)) {
            out.push({
                kind: 'error',
                message: `${here} is ${kindOf(value)}, not a list, so ${sel} does not apply.`,
                path: path + sel,
                cells,
            });
            return;
        }
        const list = value;
        if (step.kind === 'wildcard') {
            if (list.length === 0)
                out.push({ kind: 'not_found', message: `${here} is empty, so [*] selects nothing.`, path: path + sel, cells });
            list.forEach((el, k) => walk(el, i + 1, path + concreteSelector(list, k), union(cells, cellIdsOf(el))));
            return;
        }
        if (step.kind === 'index') {
            if (step.index >= list.length) {
                out.push({
                    kind: 'not_found',
                    message: `${here} has ${list.length} elements, so there is no element ${step.index}.`,
                    path: path + sel,
                    cells,
                });
            }
            else {
                const el = list[step.index];
                walk(el, i + 1, path + sel, union(cells, cellIdsOf(el)));
            }
            return;
        }
        const hits = [];
        list.forEach((el, k) => {
            if (step.predicates.every((p) => predicateMatches(lookupPredicateField(el, p.key), p)))
                hits.push(k);
        });
        if (hits.length === 0) {
            out.push({
                kind: 'not_found',
                message: `none of the ${list.length} elements of ${here} matches ${sel}.`,
                path: path + sel,
                cells,
            });
        }
        else if (hits.length > 1) {
            const matches = [...new Set(hits.map((k) => describeElement(list[k], k)))].sort();
            const involved = hits.reduce((acc, k) => union(acc, cellIdsOf(list[k])), cells);
            const shown = matches.slice(0, 10).join(', ') + (matches.length > 10 ? `, … ${matches.length - 10} more` : '');
            out.push({
                kind: 'conflict',
                message: `${hits.length} elements of ${here} match ${sel} (${shown}); add a predicate so exactly one matches.`,
                path: path + sel,
                cells: involved,
                matches,
            });
        }
        else {
            const k = hits[0] ?? 0;
            walk(list[k], i + 1, path + sel, union(cells, cellIdsOf(list[k])));
        }
    };
    walk(root, 0, prefix, []);
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
 * (inferguard-gates/v1, registered here with the validator).
 */


(0,validate/* registerContract */.g)('inferguard-gates/v1', inferguard_gates_v1_schema_namespaceObject);








/***/ }),

/***/ 1325:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  jj: () => (/* binding */ assertContract),
  g: () => (/* binding */ registerContract),
  T7: () => (/* binding */ validateContract)
});

// UNUSED EXPORTS: contractNames

// EXTERNAL MODULE: ./node_modules/ajv/dist/2020.js
var _2020 = __webpack_require__(2210);
// EXTERNAL MODULE: ./node_modules/ajv-formats/dist/index.js
var dist = __webpack_require__(2815);
var dist_default = /*#__PURE__*/__webpack_require__.n(dist);
;// CONCATENATED MODULE: ./schemas/disagg-status-v1.schema.json
const disagg_status_v1_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","title":"disagg-status/v1","type":"object","required":["schema_version","prefill","decode","findings"],"properties":{"schema_version":{"const":"disagg-status/v1"},"prefill":{"$ref":"#/$defs/snapshot"},"decode":{"$ref":"#/$defs/snapshot"},"transfer":{"anyOf":[{"$ref":"#/$defs/snapshot"},{"type":"null"}]},"findings":{"type":"array","items":{"$ref":"#/$defs/finding"}}},"$defs":{"endpoint":{"type":"object","required":["url","role","engine"],"properties":{"url":{"type":"string"},"role":{"enum":["prefill","decode","transfer"]},"engine":{"enum":["vllm","sglang","dynamo","llm-d","unknown"]},"engine_version":{"type":"string"},"connector":{"type":"string"}},"additionalProperties":true},"snapshot":{"type":"object","required":["endpoint","scraped_at"],"properties":{"endpoint":{"$ref":"#/$defs/endpoint"},"scraped_at":{"type":"number"},"kv_cache_usage":{"type":["number","null"]},"requests_running":{"type":["integer","null"]},"requests_waiting":{"type":["integer","null"]},"requests_swapped":{"type":["integer","null"]},"preemptions_total":{"type":["integer","null"]},"ttft_avg_seconds":{"type":["number","null"]},"tpot_avg_seconds":{"type":["number","null"]},"kv_transfer_sent_bytes_total":{"type":["integer","null"]},"kv_transfer_recv_bytes_total":{"type":["integer","null"]},"kv_transfer_errors_total":{"type":["integer","null"]},"prefill_queue_depth":{"type":["integer","null"]},"decode_queue_depth":{"type":["integer","null"]},"scrape_error":{"type":"string"},"raw_labels":{"type":"object","additionalProperties":{"type":"string"}}},"additionalProperties":true},"finding":{"type":"object","required":["code","severity","message","evidence"],"properties":{"code":{"enum":["connector_mismatch","prefill_decode_imbalance","kv_transfer_errors_present","kv_transfer_stall","endpoint_unreachable","engine_unidentified"]},"severity":{"enum":["info","warning","critical"]},"message":{"type":"string"},"evidence":{"type":"object","additionalProperties":true}},"additionalProperties":true}}}');
;// CONCATENATED MODULE: ./schemas/path-trace-v1.schema.json
const path_trace_v1_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","title":"path-trace/v1","type":"object","required":["schema_version","samples","engine_support","note","requested_sample_size"],"properties":{"schema_version":{"const":"path-trace/v1"},"samples":{"type":"array","maxItems":0},"engine_support":{"const":"aggregate_only"},"note":{"const":"Per-session path tracing is not available in the OSS tier. Use `disagg_status` for aggregate signals."},"requested_sample_size":{"type":"integer","minimum":0}},"additionalProperties":true}');
;// CONCATENATED MODULE: ./schemas/inferguard-timeline-v1.schema.json
const inferguard_timeline_v1_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","title":"inferguard-timeline/v1","type":"object","required":["schema_version","observed_at","sequence","capabilities","disagg_status"],"properties":{"schema_version":{"const":"inferguard-timeline/v1"},"observed_at":{"type":"string","format":"date-time"},"sequence":{"type":"integer","minimum":0},"status":{"enum":["healthy","degraded","critical","unknown"]},"proof_level":{"enum":["live","post_run","unknown"]},"capabilities":{"type":"object","required":["diagnosis","actuation","replay","recall"],"properties":{"diagnosis":{"enum":["on","off"]},"actuation":{"const":"off"},"replay":{"const":"off"},"recall":{"const":"off"}},"additionalProperties":false},"disagg_status":{"type":"object","description":"Embedded disagg-status/v1 object.","required":["schema_version","prefill","decode","findings"],"properties":{"schema_version":{"const":"disagg-status/v1"}},"additionalProperties":true}},"additionalProperties":true}');
;// CONCATENATED MODULE: ./schemas/inferguard-analyze-v1.schema.json
const inferguard_analyze_v1_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","title":"inferguard-analyze/v1","type":"object","required":["schema_version","generated_at","input_root","analyzer","run_summary","cells","findings","artifact_manifest"],"properties":{"schema_version":{"const":"inferguard-analyze/v1"},"generated_at":{"type":"string","format":"date-time"},"input_root":{"type":"string"},"analyzer":{"type":"object","required":["inferguard_version","capabilities"],"properties":{"inferguard_version":{"type":"string"},"capabilities":{"type":"object","required":["diagnosis","actuation","replay","recall"],"properties":{"diagnosis":{"enum":["on","off"]},"actuation":{"const":"off"},"replay":{"const":"off"},"recall":{"const":"off"}},"additionalProperties":false}},"additionalProperties":true},"run_summary":{"type":"object","required":["status","total_cells","successful_cells","failed_cells","missing_artifacts"],"properties":{"status":{"enum":["complete","partial","failed","unknown"]},"total_cells":{"type":"integer","minimum":0},"successful_cells":{"type":"integer","minimum":0},"failed_cells":{"type":"integer","minimum":0},"missing_artifacts":{"type":"array","items":{"type":"string"}},"cost":{"$ref":"#/$defs/cost_block"}},"additionalProperties":true},"cells":{"type":"array","items":{"$ref":"#/$defs/analyze_cell"}},"cross_run":{"type":"object","additionalProperties":true},"findings":{"type":"array","items":{"$ref":"#/$defs/analyze_finding"}},"artifact_manifest":{"type":"array","items":{"$ref":"#/$defs/artifact"}}},"$defs":{"analyze_cell":{"type":"object","required":["cell_id","source_format","artifacts","completion","metrics","findings"],"properties":{"cell_id":{"type":"string"},"source_format":{"enum":["inferencex-static","inferencex-srt-slurm","agentx-trace-replay","inferguard-bench-native","eval","mixed","unknown"]},"hardware":{"type":["string","null"]},"model":{"type":["string","null"]},"framework":{"type":["string","null"]},"precision":{"type":["string","null"]},"scenario_type":{"type":["string","null"]},"is_multinode":{"type":["boolean","null"]},"recipe_name":{"type":["string","null"]},"isl":{"type":["integer","null"]},"osl":{"type":["integer","null"]},"concurrency":{"type":["integer","null"]},"topology":{"type":"object","additionalProperties":true},"artifacts":{"type":"object","additionalProperties":{"type":["string","array","null"]}},"completion":{"type":"object","additionalProperties":true},"metrics":{"type":"object","additionalProperties":{"type":["number","integer","string","boolean","null"]}},"timeline":{"type":"object","additionalProperties":true},"cost":{"$ref":"#/$defs/cost_block"},"findings":{"type":"array","items":{"$ref":"#/$defs/analyze_finding"}}},"additionalProperties":true},"cost_block":{"type":"object","required":["schema_version","currency","gpu_hours","gpu_hour_cost","compute_cost"],"properties":{"schema_version":{"const":"inferguard-cost/v1"},"currency":{"type":"string"},"duration_seconds":{"type":["number","null"]},"gpus":{"type":["integer","null"]},"gpu_hours":{"type":["number","null"]},"gpu_hour_cost":{"type":["number","null"]},"compute_cost":{"type":["number","null"]},"completed_sessions":{"type":["integer","null"]},"completed_requests":{"type":["integer","null"]},"completion_basis":{"enum":["session-based","request-based"]},"cost_per_completed_session":{"type":["number","null"]},"cost_per_completed_request":{"type":["number","null"]},"cost_per_million_input_tokens":{"type":["number","null"]},"cost_per_million_output_tokens":{"type":["number","null"]}},"additionalProperties":true},"analyze_finding":{"type":"object","required":["code","severity","message","evidence"],"properties":{"code":{"description":"Emitted today: missing_required_artifact, invalid_run_no_successful_requests, partial_run, metrics_unavailable. Reserved / planned: ttft_cliff, tpot_degradation, throughput_plateau, kv_pressure, kv_offload_thrash, prefix_cache_regression, prefill_decode_imbalance, kv_transfer_stall, kv_transfer_errors_present, endpoint_unreachable, engine_unidentified, eval_regression.","enum":["missing_required_artifact","invalid_run_no_successful_requests","partial_run","metrics_unavailable","ttft_cliff","tpot_degradation","throughput_plateau","kv_pressure","kv_offload_thrash","prefix_cache_regression","prefill_decode_imbalance","kv_transfer_stall","kv_transfer_errors_present","endpoint_unreachable","engine_unidentified","eval_regression"]},"severity":{"enum":["info","warning","critical"]},"message":{"type":"string"},"cell_id":{"type":["string","null"]},"evidence":{"type":"object","additionalProperties":true}},"additionalProperties":true},"artifact":{"type":"object","required":["path","kind"],"properties":{"path":{"type":"string"},"kind":{"type":"string"},"cell_id":{"type":["string","null"]},"required":{"type":"boolean"},"present":{"type":"boolean"}},"additionalProperties":true}},"additionalProperties":true}');
;// CONCATENATED MODULE: ./schemas/inferguard-cost-v1.schema.json
const inferguard_cost_v1_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","title":"inferguard-cost/v1","type":"object","required":["schema_version","currency","gpu_hours","gpu_hour_cost","compute_cost"],"properties":{"schema_version":{"const":"inferguard-cost/v1"},"currency":{"type":"string"},"duration_seconds":{"type":["number","null"]},"gpus":{"type":["integer","null"]},"gpu_hours":{"type":["number","null"]},"gpu_hour_cost":{"type":["number","null"]},"compute_cost":{"type":["number","null"]},"completed_sessions":{"type":["integer","null"]},"completed_requests":{"type":["integer","null"]},"completion_basis":{"enum":["session-based","request-based"]},"cost_per_completed_session":{"type":["number","null"]},"cost_per_completed_request":{"type":["number","null"]},"cost_per_million_input_tokens":{"type":["number","null"]},"cost_per_million_output_tokens":{"type":["number","null"]}},"additionalProperties":true}');
;// CONCATENATED MODULE: ./schemas/disagg-event-record-v1.schema.json
const disagg_event_record_v1_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","title":"disagg-event-record/v1","type":"object","required":["at","endpoints","code","severity","message"],"properties":{"at":{"type":"number","description":"Unix epoch seconds"},"endpoints":{"type":"array","items":{"type":"string"}},"code":{"enum":["connector_mismatch","prefill_decode_imbalance","kv_transfer_errors_present","kv_transfer_stall","endpoint_unreachable","engine_unidentified"]},"severity":{"enum":["info","warning","critical"]},"message":{"type":"string"}},"additionalProperties":true}');
;// CONCATENATED MODULE: ./src/schemas/validate.ts
/**
 * The one validator module: every JSON contract we read or write is checked here, against the
 * schema files in `schemas/` (JSON Schema 2020-12, ajv + ajv-formats). Validators are compiled
 * lazily, once per contract, so a run only pays for the contracts it touches.
 */








const SCHEMAS = {
    'disagg-status/v1': disagg_status_v1_schema_namespaceObject,
    'path-trace/v1': path_trace_v1_schema_namespaceObject,
    'inferguard-timeline/v1': inferguard_timeline_v1_schema_namespaceObject,
    'inferguard-analyze/v1': inferguard_analyze_v1_schema_namespaceObject,
    'inferguard-cost/v1': inferguard_cost_v1_schema_namespaceObject,
    'disagg-event-record/v1': disagg_event_record_v1_schema_namespaceObject,
};
const extraSchemas = new Map();
/** Registers an additional contract (e.g. inferguard-report-diff/v1) by name. */
function registerContract(name, schema) {
    extraSchemas.set(name, schema);
    compiled.delete(name);
}
function contractNames() {
    return [...Object.keys(SCHEMAS), ...extraSchemas.keys()].sort();
}
// ajv-formats is CommonJS; its default export arrives wrapped under some bundlers/loaders.
const addFormats = ((dist_default())["default"] ?? (dist_default()));
let ajv = null;
const compiled = new Map();
function getValidator(name) {
    let v = compiled.get(name);
    if (v)
        return v;
    const schema = SCHEMAS[name] ?? extraSchemas.get(name);
    if (!schema)
        throw new Error(`unknown contract '${name}'`);
    if (!ajv) {
        ajv = new _2020.Ajv2020({ allErrors: true, strict: false });
        addFormats(ajv);
    }
    v = ajv.compile(schema);
    compiled.set(name, v);
    return v;
}
/** Validates `value` against the named contract; errors are "path: message" strings (max 20). */
function validateContract(name, value) {
    const v = getValidator(name);
    if (v(value))
        return { ok: true };
    return { ok: false, errors: formatErrors(v.errors ?? []) };
}
function formatErrors(errors) {
    return errors.slice(0, 20).map((e) => {
        const where = e.instancePath === '' ? '(root)' : e.instancePath;
        const extra = e.keyword === 'enum' && Array.isArray(e.params.allowedValues)
            ? ` (${e.params.allowedValues.join(', ')})`
            : e.keyword === 'additionalProperties'
                ? ` '${e.params.additionalProperty}'`
                : '';
        return `${where}: ${e.message ?? e.keyword}${extra}`;
    });
}
/** Throws with a one-line message when `value` does not satisfy the contract. */
function assertContract(name, value, what) {
    const r = validateContract(name, value);
    if (!r.ok)
        throw new Error(`${what} does not satisfy ${name}: ${r.errors.slice(0, 3).join('; ')}`);
}


/***/ })

};
