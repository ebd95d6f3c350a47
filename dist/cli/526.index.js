export const id = 526;
export const ids = [526,97,554];
export const modules = {

/***/ 779:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.formatNames = exports.fastFormats = exports.fullFormats = void 0;
function fmtDef(validate, compare) {
    return { validate, compare };
}
exports.fullFormats = {
    // date: http://tools.ietf.org/html/rfc3339#section-5.6
    date: fmtDef(date, compareDate),
    // date-time: http://tools.ietf.org/html/rfc3339#section-5.6
    time: fmtDef(getTime(true), compareTime),
    "date-time": fmtDef(getDateTime(true), compareDateTime),
    "iso-time": fmtDef(getTime(), compareIsoTime),
    "iso-date-time": fmtDef(getDateTime(), compareIsoDateTime),
    // duration: https://tools.ietf.org/html/rfc3339#appendix-A
    duration: /^P(?!$)((\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?|(\d+W)?)$/,
    uri,
    "uri-reference": /^(?:[a-z][a-z0-9+\-.]*:)?(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'"()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?(?:\?(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i,
    // uri-template: https://tools.ietf.org/html/rfc6570
    "uri-template": /^(?:(?:[^\x00-\x20"'<>%\\^`{|}]|%[0-9a-f]{2})|\{[+#./;?&=,!@|]?(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?(?:,(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?)*\})*$/i,
    // For the source: https://gist.github.com/dperini/729294
    // For test cases: https://mathiasbynens.be/demo/url-regex
    url: /^(?:https?|ftp):\/\/(?:\S+(?::\S*)?@)?(?:(?!(?:10|127)(?:\.\d{1,3}){3})(?!(?:169\.254|192\.168)(?:\.\d{1,3}){2})(?!172\.(?:1[6-9]|2\d|3[0-1])(?:\.\d{1,3}){2})(?:[1-9]\d?|1\d\d|2[01]\d|22[0-3])(?:\.(?:1?\d{1,2}|2[0-4]\d|25[0-5])){2}(?:\.(?:[1-9]\d?|1\d\d|2[0-4]\d|25[0-4]))|(?:(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)(?:\.(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)*(?:\.(?:[a-z\u{00a1}-\u{ffff}]{2,})))(?::\d{2,5})?(?:\/[^\s]*)?$/iu,
    email: /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i,
    hostname: /^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\.?$/i,
    // optimized https://www.safaribooksonline.com/library/view/regular-expressions-cookbook/9780596802837/ch07s16.html
    ipv4: /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/,
    ipv6: /^((([0-9a-f]{1,4}:){7}([0-9a-f]{1,4}|:))|(([0-9a-f]{1,4}:){6}(:[0-9a-f]{1,4}|((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){5}(((:[0-9a-f]{1,4}){1,2})|:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){4}(((:[0-9a-f]{1,4}){1,3})|((:[0-9a-f]{1,4})?:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){3}(((:[0-9a-f]{1,4}){1,4})|((:[0-9a-f]{1,4}){0,2}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){2}(((:[0-9a-f]{1,4}){1,5})|((:[0-9a-f]{1,4}){0,3}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){1}(((:[0-9a-f]{1,4}){1,6})|((:[0-9a-f]{1,4}){0,4}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(:(((:[0-9a-f]{1,4}){1,7})|((:[0-9a-f]{1,4}){0,5}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:)))$/i,
    regex,
    // uuid: http://tools.ietf.org/html/rfc4122
    uuid: /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i,
    // JSON-pointer: https://tools.ietf.org/html/rfc6901
    // uri fragment: https://tools.ietf.org/html/rfc3986#appendix-A
    "json-pointer": /^(?:\/(?:[^~/]|~0|~1)*)*$/,
    "json-pointer-uri-fragment": /^#(?:\/(?:[a-z0-9_\-.!$&'()*+,;:=@]|%[0-9a-f]{2}|~0|~1)*)*$/i,
    // relative JSON-pointer: http://tools.ietf.org/html/draft-luff-relative-json-pointer-00
    "relative-json-pointer": /^(?:0|[1-9][0-9]*)(?:#|(?:\/(?:[^~/]|~0|~1)*)*)$/,
    // the following formats are used by the openapi specification: https://spec.openapis.org/oas/v3.0.0#data-types
    // byte: https://github.com/miguelmota/is-base64
    byte,
    // signed 32 bit integer
    int32: { type: "number", validate: validateInt32 },
    // signed 64 bit integer
    int64: { type: "number", validate: validateInt64 },
    // C-type float
    float: { type: "number", validate: validateNumber },
    // C-type double
    double: { type: "number", validate: validateNumber },
    // hint to the UI to hide input strings
    password: true,
    // unchecked string payload
    binary: true,
};
exports.fastFormats = {
    ...exports.fullFormats,
    date: fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d$/, compareDate),
    time: fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareTime),
    "date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\dt(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareDateTime),
    "iso-time": fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoTime),
    "iso-date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d[t\s](?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoDateTime),
    // uri: https://github.com/mafintosh/is-my-json-valid/blob/master/formats.js
    uri: /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$/i,
    "uri-reference": /^(?:(?:[a-z][a-z0-9+\-.]*:)?\/?\/)?(?:[^\\\s#][^\s#]*)?(?:#[^\\\s]*)?$/i,
    // email (sources from jsen validator):
    // http://stackoverflow.com/questions/201323/using-a-regular-expression-to-validate-an-email-address#answer-8829363
    // http://www.w3.org/TR/html5/forms.html#valid-e-mail-address (search for 'wilful violation')
    email: /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i,
};
exports.formatNames = Object.keys(exports.fullFormats);
function isLeapYear(year) {
    // https://tools.ietf.org/html/rfc3339#appendix-C
    return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}
const DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
const DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function date(str) {
    // full-date from http://tools.ietf.org/html/rfc3339#section-5.6
    const matches = DATE.exec(str);
    if (!matches)
        return false;
    const year = +matches[1];
    const month = +matches[2];
    const day = +matches[3];
    return (month >= 1 &&
        month <= 12 &&
        day >= 1 &&
        day <= (month === 2 && isLeapYear(year) ? 29 : DAYS[month]));
}
function compareDate(d1, d2) {
    if (!(d1 && d2))
        return undefined;
    if (d1 > d2)
        return 1;
    if (d1 < d2)
        return -1;
    return 0;
}
const TIME = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i;
function getTime(strictTimeZone) {
    return function time(str) {
        const matches = TIME.exec(str);
        if (!matches)
            return false;
        const hr = +matches[1];
        const min = +matches[2];
        const sec = +matches[3];
        const tz = matches[4];
        const tzSign = matches[5] === "-" ? -1 : 1;
        const tzH = +(matches[6] || 0);
        const tzM = +(matches[7] || 0);
        if (tzH > 23 || tzM > 59 || (strictTimeZone && !tz))
            return false;
        if (hr <= 23 && min <= 59 && sec < 60)
            return true;
        // leap second
        const utcMin = min - tzM * tzSign;
        const utcHr = hr - tzH * tzSign - (utcMin < 0 ? 1 : 0);
        return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec < 61;
    };
}
function compareTime(s1, s2) {
    if (!(s1 && s2))
        return undefined;
    const t1 = new Date("2020-01-01T" + s1).valueOf();
    const t2 = new Date("2020-01-01T" + s2).valueOf();
    if (!(t1 && t2))
        return undefined;
    return t1 - t2;
}
function compareIsoTime(t1, t2) {
    if (!(t1 && t2))
        return undefined;
    const a1 = TIME.exec(t1);
    const a2 = TIME.exec(t2);
    if (!(a1 && a2))
        return undefined;
    t1 = a1[1] + a1[2] + a1[3];
    t2 = a2[1] + a2[2] + a2[3];
    if (t1 > t2)
        return 1;
    if (t1 < t2)
        return -1;
    return 0;
}
const DATE_TIME_SEPARATOR = /t|\s/i;
function getDateTime(strictTimeZone) {
    const time = getTime(strictTimeZone);
    return function date_time(str) {
        // http://tools.ietf.org/html/rfc3339#section-5.6
        const dateTime = str.split(DATE_TIME_SEPARATOR);
        return dateTime.length === 2 && date(dateTime[0]) && time(dateTime[1]);
    };
}
function compareDateTime(dt1, dt2) {
    if (!(dt1 && dt2))
        return undefined;
    const d1 = new Date(dt1).valueOf();
    const d2 = new Date(dt2).valueOf();
    if (!(d1 && d2))
        return undefined;
    return d1 - d2;
}
function compareIsoDateTime(dt1, dt2) {
    if (!(dt1 && dt2))
        return undefined;
    const [d1, t1] = dt1.split(DATE_TIME_SEPARATOR);
    const [d2, t2] = dt2.split(DATE_TIME_SEPARATOR);
    const res = compareDate(d1, d2);
    if (res === undefined)
        return undefined;
    return res || compareTime(t1, t2);
}
const NOT_URI_FRAGMENT = /\/|:/;
const URI = /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
function uri(str) {
    // http://jmrware.com/articles/2009/uri_regexp/URI_regex.html + optional protocol + required "."
    return NOT_URI_FRAGMENT.test(str) && URI.test(str);
}
const BYTE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/gm;
function byte(str) {
    BYTE.lastIndex = 0;
    return BYTE.test(str);
}
const MIN_INT32 = -(2 ** 31);
const MAX_INT32 = 2 ** 31 - 1;
function validateInt32(value) {
    return Number.isInteger(value) && value <= MAX_INT32 && value >= MIN_INT32;
}
function validateInt64(value) {
    // JSON and javascript max Int is 2**53, so any int that passes isInteger is valid for Int64
    return Number.isInteger(value);
}
function validateNumber() {
    return true;
}
const Z_ANCHOR = /[^\\]\\Z/;
function regex(str) {
    if (Z_ANCHOR.test(str))
        return false;
    try {
        new RegExp(str);
        return true;
    }
    catch (e) {
        return false;
    }
}
//# sourceMappingURL=formats.js.map

/***/ }),

/***/ 6214:
/***/ ((__unused_webpack_module, exports) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
// https://mathiasbynens.be/notes/javascript-encoding
// https://github.com/bestiejs/punycode.js - punycode.ucs2.decode
function ucs2length(str) {
    const len = str.length;
    let length = 0;
    let pos = 0;
    let value;
    while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 0xd800 && value <= 0xdbff && pos < len) {
            // high surrogate, and there is a next character
            value = str.charCodeAt(pos);
            if ((value & 0xfc00) === 0xdc00)
                pos++; // low surrogate
        }
    }
    return length;
}
exports.A = ucs2length;
ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
//# sourceMappingURL=ucs2length.js.map

/***/ }),

/***/ 4077:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  cmdCalibrate: () => (/* binding */ cmdCalibrate)
});

// EXTERNAL MODULE: ./src/cli-args.ts + 1 modules
var cli_args = __webpack_require__(3835);
// EXTERNAL MODULE: ./src/core/compare/catalogue.ts
var catalogue = __webpack_require__(86);
// EXTERNAL MODULE: ./src/core/compare/options.ts
var options = __webpack_require__(3345);
// EXTERNAL MODULE: ./src/core/compare/runs.ts
var runs = __webpack_require__(5725);
// EXTERNAL MODULE: ./src/core/compare/run-stats.ts
var run_stats = __webpack_require__(988);
;// CONCATENATED MODULE: ./src/core/compare/calibrate.ts
/**
 * `inferguard calibrate`: from A/A runs or a base-branch history (several reports of the same
 * sweep), the observed run-to-run spread per metric and the run-noise floor and noise band it
 * recommends (docs/COMPARE.md "Calibration"). Pure: reports in, a result and a YAML snippet out.
 *
 * Spread: per metric, the sd of ln(value) across the runs of each cell, pooled over cells
 * (Σ(k−1) degrees of freedom), so ≈ the relative run-to-run sd. A one-run comparison differs by
 * √2 × that; the floor recommended is Z_FLOOR · √2 · spread (Z_FLOOR = 2.8: about 0.25% of A/A
 * cell-metrics per side beyond it under normal noise), rounded up to 0.5%, and never below the
 * minimum effect size.
 */




const Z_FLOOR = 2.8;
function recommend(spread) {
    const f = Z_FLOOR * Math.SQRT2 * spread;
    return Math.max(options/* DEFAULT_MIN_EFFECT_SIZE */.dw, Math.ceil(f * 200 - 1e-9) / 200);
}
function calibrate(reports) {
    const groups = [...(0,runs/* groupRuns */.KH)(reports).values()].filter((g) => g.length >= 2);
    const metrics = [];
    const byKind = new Map();
    for (const def of catalogue/* COMPARE_METRICS */.W) {
        if (!(0,runs/* runLevelDef */.vK)(def))
            continue;
        const vals = [];
        for (const g of groups) {
            const xs = g
                .map((c) => def.get(c))
                .filter((v) => v !== null && v > 0)
                .map(Math.log);
            if (xs.length >= 2)
                vals.push(xs);
        }
        const p = (0,run_stats/* pooledSpread */.pc)(vals);
        if (!p)
            continue;
        metrics.push({
            metric: def.metric,
            kind: def.kind,
            spread: p.sd,
            df: p.df,
            cells: vals.length,
            floor: recommend(p.sd),
        });
        const k = byKind.get(def.kind) ?? [];
        k.push(...vals);
        byKind.set(def.kind, k);
    }
    const kinds = [];
    for (const [kind, vals] of [...byKind].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
        const p = (0,run_stats/* pooledSpread */.pc)(vals);
        if (p)
            kinds.push({ metric: kind, kind, spread: p.sd, df: p.df, cells: vals.length, floor: recommend(p.sd) });
    }
    return { reports: reports.length, cells: groups.length, metrics, kinds };
}
function pct(x) {
    return `${(x * 100).toFixed(1)}%`;
}
/**
 * The `compare` section the calibration recommends, as YAML for the --config file: the kind
 * floors and bands, plus a per-metric entry where a metric is clearly noisier (floor > 1.25× its
 * kind's).
 */
function calibrationSnippet(c) {
    const lines = [
        `# inferguard calibrate: ${c.reports} report(s), ${c.cells} cell(s) measured in ≥ 2 of them.`,
        `# Run-to-run spread = pooled sd of ln(value) per cell; floor = ${Z_FLOOR} × √2 × spread (rounded up to 0.5%).`,
        'compare:',
    ];
    const extra = c.metrics.filter((m) => {
        const k = c.kinds.find((x) => x.kind === m.kind);
        return k !== undefined && m.floor > 1.25 * k.floor;
    });
    for (const section of ['run_noise_floor', 'noise_bands']) {
        lines.push(`  ${section}:`);
        for (const k of c.kinds)
            lines.push(`    ${k.kind}: ${k.floor}   # spread ${pct(k.spread)}, ${k.df} df`);
        for (const m of extra)
            lines.push(`    ${m.metric}: ${m.floor}   # spread ${pct(m.spread)}, ${m.df} df`);
    }
    lines.push('# Per metric (not written above unless noisier than its kind):');
    for (const m of c.metrics)
        lines.push(`#   ${m.metric}: spread ${pct(m.spread)} over ${m.cells} cell(s) (${m.df} df) → floor ${pct(m.floor)}`);
    return `${lines.join('\n')}\n`;
}

// EXTERNAL MODULE: ./src/core/types.ts
var types = __webpack_require__(3054);
// EXTERNAL MODULE: ./src/io/base-reports.ts
var base_reports = __webpack_require__(97);
// EXTERNAL MODULE: ./src/io/config-file.ts
var config_file = __webpack_require__(3103);
// EXTERNAL MODULE: ./src/io/outputs.ts
var outputs = __webpack_require__(2186);
// EXTERNAL MODULE: ./src/io/write.ts
var write = __webpack_require__(5419);
// EXTERNAL MODULE: ./src/core/config.ts + 1 modules
var config = __webpack_require__(6554);
;// CONCATENATED MODULE: ./src/cli-calibrate.ts
/**
 * `inferguard calibrate <report.json|folder>... [--output FILE]`: the run-to-run spread of A/A
 * runs or of the base-branch history, and the compare settings it recommends, written as a
 * config snippet (stdout, and FILE when given). Exit 0; 3 when the reports cannot be read or
 * fewer than two share a cell.
 */








async function cmdCalibrate(argv) {
    const { values, positionals } = (0,cli_args/* parseCliArgs */.h)(argv, { output: { type: 'string' } }, true);
    if (positionals.length === 0)
        throw new types/* UsageError */.eb('calibrate needs <report.json|folder>... (two runs or more)');
    const { reports, skipped } = await (0,base_reports.readBaseReports)(positionals);
    const c = calibrate(reports);
    if (c.cells === 0 || c.kinds.length === 0)
        throw new config_file/* NoReportError */.E(`calibrate needs at least two reports that measured the same cell (got ${reports.length} report(s), no shared cell with numbers)`);
    const text = calibrationSnippet(c);
    // The snippet must be a valid config: checked before it is written.
    (0,config.parseConfigText)(text, 'calibration snippet');
    const out = values.output;
    if (out) {
        try {
            await (0,write/* writeFileAtomic */.Zf)(out, text);
        }
        catch (e) {
            throw new config_file/* NoReportError */.E(`cannot write ${(0,outputs/* shownPath */.p)(out)}: ${e.code ?? 'error'}`);
        }
    }
    for (const s of skipped)
        process.stderr.write(`inferguard calibrate: skipped ${s}\n`);
    process.stdout.write(text);
    return 0;
}


/***/ }),

/***/ 6554:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  parseConfigText: () => (/* binding */ parseConfigText)
});

// UNUSED EXPORTS: defaultConfig

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./schemas/inferguard-config-v1.schema.json
const inferguard_config_v1_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","title":"inferguard-config/v1","description":"The --config file of `inferguard analyze` / `inferguard compare` (JSON or YAML). Every key is optional; unknown keys are errors.","type":"object","properties":{"schema_version":{"const":"inferguard-config/v1"},"thresholds":{"type":"object","properties":{"partial_run_min_success":{"type":"number","exclusiveMinimum":0,"maximum":1},"ttft_cliff_ratio":{"type":"number","exclusiveMinimum":1},"ttft_cliff_max_tput_gain":{"type":"number","minimum":0},"tpot_degradation_ratio":{"type":"number","exclusiveMinimum":1},"plateau_max_gain":{"type":"number","minimum":0},"plateau_min_latency_worsening":{"type":"number","minimum":0},"kv_pressure_usage":{"type":"number","exclusiveMinimum":0,"maximum":1},"kv_pressure_cpu_usage":{"type":"number","exclusiveMinimum":0,"maximum":1},"kv_offload_thrash_min_ttft_worsening":{"type":"number","minimum":0},"kv_offload_thrash_max_tput_gain":{"type":"number","minimum":0},"prefix_cache_gap":{"type":"number","minimum":0,"maximum":1},"prefix_cache_drop":{"type":"number","minimum":0,"maximum":1},"kv_transfer_errors_critical":{"type":"integer","minimum":1},"kv_transfer_stall_min_samples":{"type":"integer","minimum":2},"imbalance_ratio_low":{"type":"number","exclusiveMinimum":0},"imbalance_ratio_high":{"type":"number","exclusiveMinimum":0},"imbalance_min_samples":{"type":"integer","minimum":1},"eval_regression_min_drop":{"type":"number","minimum":0},"max_json_bytes":{"type":"integer","minimum":1},"min_family_points":{"type":"integer","minimum":2},"slo_ttft_p99_s":{"type":["number","null"],"exclusiveMinimum":0},"slo_tpot_p99_s":{"type":["number","null"],"exclusiveMinimum":0}},"additionalProperties":false},"compare":{"description":"Compare settings (noise bands, statistics); see docs/COMPARE.md.","type":"object","properties":{"alpha":{"type":"number","exclusiveMinimum":0,"exclusiveMaximum":1,"description":"False discovery rate for Benjamini-Hochberg across all tests of one compare (default 0.05)."},"min_effect_size":{"type":"number","minimum":0,"description":"Minimum relative shift a significant test must also show (default 0.05)."},"method":{"enum":["mann_whitney","bootstrap"],"description":"Test when per-request samples exist on both sides (default mann_whitney)."},"bootstrap_iterations":{"type":"integer","minimum":100,"maximum":100000,"description":"Resamples per bootstrap test (default 1000)."},"seed":{"type":"integer","minimum":0,"maximum":4294967295,"description":"Seed of the bootstrap PRNG (default 1)."},"min_samples":{"type":"integer","minimum":2,"description":"Samples per side below which noise bands are used instead of a test (default 20)."},"noise_bands":{"description":"Bands used when only aggregates exist, by kind or by metric name: relative fractions, except success_rate (absolute rate units, 0.01 = 1 point).","type":"object","properties":{"latency":{"type":"number","minimum":0},"throughput":{"type":"number","minimum":0},"cost":{"type":"number","minimum":0},"success_rate":{"type":"number","minimum":0,"maximum":1}},"propertyNames":{"pattern":"^[a-z][a-z0-9_]*$"},"additionalProperties":{"type":"number","minimum":0}},"run_alpha":{"type":"number","exclusiveMinimum":0,"exclusiveMaximum":1,"description":"FDR of the run-level tests (one-sided per direction, Benjamini-Hochberg over the effective number of tests; default 0.05)."},"min_base_runs":{"type":"integer","minimum":2,"maximum":30,"description":"Base runs from which a cell is decided by the base runs\' prediction interval (default 3)."},"run_noise_floor":{"description":"With fewer base runs, a change must reach this relative floor to be a verdict; by kind (latency, throughput, cost) or metric name (defaults 0.08).","type":"object","properties":{"latency":{"type":"number","minimum":0},"throughput":{"type":"number","minimum":0},"cost":{"type":"number","minimum":0}},"propertyNames":{"pattern":"^[a-z][a-z0-9_]*$"},"additionalProperties":{"type":"number","minimum":0}}},"additionalProperties":false},"cost":{"description":"Cost inputs, same meaning as the CLI flags.","type":"object","properties":{"gpu_hour_cost":{"type":"number","exclusiveMinimum":0},"currency":{"type":"string","minLength":1},"price_table":{"type":"string","minLength":1},"gpus":{"type":"integer","minimum":1}},"additionalProperties":false},"gates":{"description":"SLO gates, one `<path> <op> <value>` line each; see docs/GATES.md.","type":"array","items":{"type":["string","object"],"if":{"type":"object"},"then":{"required":["gate"],"properties":{"gate":{"type":"string","minLength":1},"severity":{"enum":["error","warning"]},"name":{"type":"string","minLength":1}},"additionalProperties":false},"else":{"minLength":1}}},"eval_thresholds":{"description":"Pass thresholds per eval task (0-1), e.g. {\\"gsm8k\\": 0.9}.","type":"object","additionalProperties":{"type":"number","minimum":0,"maximum":1}}},"additionalProperties":false}');
// EXTERNAL MODULE: ./src/schemas/validate.ts + 7 modules
var validate = __webpack_require__(7480);
// EXTERNAL MODULE: ./src/core/thresholds.ts
var thresholds = __webpack_require__(7239);
// EXTERNAL MODULE: ./src/core/types.ts
var types = __webpack_require__(3054);
// EXTERNAL MODULE: ./src/core/config-defaults.ts
var config_defaults = __webpack_require__(6104);
;// CONCATENATED MODULE: ./src/core/config.ts
/**
 * The --config file: parsed (JSON or YAML text in, plain object out), validated against
 * schemas/inferguard-config-v1.schema.json, turned into typed settings. An unknown or ill-typed
 * key is a UsageError naming it.
 */






(0,validate/* registerContract */.g)('inferguard-config/v1', inferguard_config_v1_schema_namespaceObject);
/** Parses config text (`name` is only used in messages; `.json` parses as JSON, else YAML). */
function parseConfigText(text, name) {
    let raw;
    try {
        raw = name.toLowerCase().endsWith('.json') ? JSON.parse(text) : (0,dist/* parse */.qg)(text);
    }
    catch (e) {
        throw new types/* UsageError */.eb(`config ${name} does not parse: ${e.message.split('\n')[0]}`);
    }
    if (raw === null || raw === undefined)
        raw = {};
    const r = (0,validate/* validateContract */.T7)('inferguard-config/v1', raw);
    if (!r.ok) {
        throw new types/* UsageError */.eb(`config ${name}: ${describeConfigError(r.errors[0] ?? 'invalid')}`);
    }
    const obj = raw;
    return {
        thresholds: { ...thresholds/* DEFAULT_THRESHOLDS */.J, ...(obj.thresholds ?? {}) },
        compare: obj.compare ?? {},
        cost: obj.cost ?? {},
        gates: obj.gates ?? [],
        eval_thresholds: obj.eval_thresholds ?? {},
    };
}
function describeConfigError(err) {
    // "/thresholds: must NOT have additional properties 'ttft_cliff'" -> unknown key thresholds.ttft_cliff
    const m = /^(.*): must NOT have additional properties '(.+)'$/.exec(err);
    if (m) {
        const parent = (m[1] === '(root)' ? '' : (m[1] ?? '').replace(/^\//, '').replace(/\//g, '.'));
        return `unknown key '${parent ? `${parent}.` : ''}${m[2]}'`;
    }
    const t = /^\/(.+?): (.*)$/.exec(err);
    if (t)
        return `key '${(t[1] ?? '').replace(/\//g, '.')}' ${t[2]}`;
    return err;
}


/***/ }),

/***/ 97:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readBaseReports: () => (/* binding */ readBaseReports)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _config_file_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3103);
/* harmony import */ var _outputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2186);
/* harmony import */ var _read_report_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3665);
/**
 * The base side of `inferguard compare`: `--base` given once or several times, each a report.json
 * or a folder of them (the base-branch history). Order: the files as given; within a folder,
 * newest `generated_at` first (then file name). The first report is the preferred base run.
 * A folder's JSON files that are not inferguard-analyze/v1 reports (a compare.json, say) are
 * skipped and listed; an unreadable or invalid report named directly is an error.
 */





function isDir(p) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(p).isDirectory();
    }
    catch {
        return false;
    }
}
async function readBaseReports(paths) {
    const reports = [];
    const skipped = [];
    for (const p of paths) {
        if (!isDir(p)) {
            reports.push(await (0,_read_report_js__WEBPACK_IMPORTED_MODULE_4__/* .readContractFile */ .J)(p, 'inferguard-analyze/v1', '--base'));
            continue;
        }
        const files = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(p)
            .filter((f) => f.toLowerCase().endsWith('.json'))
            .sort();
        const found = [];
        for (const f of files) {
            const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(p, f);
            try {
                found.push({ report: await (0,_read_report_js__WEBPACK_IMPORTED_MODULE_4__/* .readContractFile */ .J)(file, 'inferguard-analyze/v1', '--base'), file });
            }
            catch (e) {
                skipped.push(`${(0,_outputs_js__WEBPACK_IMPORTED_MODULE_3__/* .shownPath */ .p)(file)}: ${e.message.replace(/^--base \S+ /, '')}`);
            }
        }
        if (found.length === 0)
            throw new _config_file_js__WEBPACK_IMPORTED_MODULE_2__/* .NoReportError */ .E(`--base ${(0,_outputs_js__WEBPACK_IMPORTED_MODULE_3__/* .shownPath */ .p)(p)} holds no inferguard-analyze/v1 report`);
        found.sort((a, b) => {
            const ga = String(a.report.generated_at ?? '');
            const gb = String(b.report.generated_at ?? '');
            return ga !== gb ? (ga < gb ? 1 : -1) : a.file < b.file ? -1 : 1;
        });
        reports.push(...found.map((x) => x.report));
    }
    return { reports, skipped };
}


/***/ })

};
