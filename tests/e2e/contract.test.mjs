// The Report contract has one writer: the TypeScript types declared in src/wasm.rs (shipped as
// www/pkg/plancheck.d.ts) are bound here to real Reports of the built wasm. Every field of a
// Report on several inputs must be declared, with a compatible JS type (a literal union admits
// only its words), and every declared field must appear in some Report. So a field the core
// adds, renames or retypes without the types following (or the reverse) fails this test
// rather than a consumer's build. Run: node --test tests/e2e/ (after the wasm is built).
//
// The types are read with a small parser for the subset the declarations use: interfaces,
// type aliases, unions, intersections, arrays, tuples, inline object types, string and number
// literals, `?` members, comments.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './harness.mjs';
import { EXAMPLE, EXAMPLE_LINES, EXAMPLE_ROWS } from '../../www/example.js';

const PKG = path.join(ROOT, 'www', 'pkg');
const SEED = path.resolve(ROOT, '..', 'shared', 'seeds', '000_0a4f00c585880ffc.txt');

const core = await import(path.join(PKG, 'plancheck.js'));
core.initSync({ module: fs.readFileSync(path.join(PKG, 'plancheck_bg.wasm')) });

// ---------------------------------------------------------------- the inputs

/** A bulletin paragraph in Traditional characters (written for this test; GDP = the three sectors). */
const TRADITIONAL = '2021年某市國民經濟和社會發展統計公報\n初步核算，全年全市地區生產總值為600.5億元，比上年增長6.2%。'
  + '其中，第一產業增加值為50.2億元，增長5.5%；第二產業增加值為250.1億元，增長3.9%；第三產業增加值為300.2億元，增長8.1%。'
  + '三次產業結構為8.4：41.6：50.0。全年一般公共預算收入42.3億元，增長3.1%。\n';
/** A release that names no year: its figures are of its own period (year null). */
const YEARLESS = '前三季度，全区实现地区生产总值1291.92亿元，同比增长6.2%。其中，第一产业实现增加值72.61亿元，同比增长3.8%；'
  + '第二产业实现增加值730.63亿元，同比增长7.2%；第三产业实现增加值488.68亿元，同比增长4.8%。三次产业结构为5.6:56.6:37.8。'
  + '全区规模以上工业企业3120个，比上年末增加105个。\n';
/** A news paragraph whose incomes take their period from the context: likely findings. */
const CONTEXT = '某市晒出“十三五”成绩单\n（2021年1月20日）\n这五年，全市GDP连续迈上5000亿元、6000亿元两大台阶；'
  + '城乡居民人均可支配收入分别达4.71万元和2.47万元。2020年，全市地区生产总值突破6000亿元、增长3.5%，'
  + '城乡居民人均可支配收入分别增长3.5%、6%。\n';
/** One target per line: an impossible rate (an error with a suggestion) and a mid-term review. */
const REVIEW = '地区生产总值 2010=47.6亿元 实际2013=80亿元 2015=143亿元 年均24.6%\n财政总收入 2010=3.7亿元 2015=10亿元 年均40%\n';
/** Changes, sums, multiples, growth since a base year, percentage points and a completion. */
const KINDS = '2020年全市地区生产总值500亿元，比上年增长3.5%，增加17亿元。\n'
  + '到2025年，全市地区生产总值比2020年翻一番，五年累计完成固定资产投资3000亿元。\n'
  + '2024年1-8月，一般公共预算收入完成年初预算60亿元的72.5%。城镇化率提高1.2个百分点。\n';

const INPUTS = {
  example: EXAMPLE, lines: EXAMPLE_LINES, rows: EXAMPLE_ROWS, traditional: TRADITIONAL, yearless: YEARLESS,
  context: CONTEXT, review: REVIEW, kinds: KINDS, empty: '',
};
if (fs.existsSync(SEED)) INPUTS.seed = fs.readFileSync(SEED, 'utf8');

// ---------------------------------------------------------------- a parser for the declarations

function tokenize(src) {
  const out = [];
  const re = /\s+|\/\*[\s\S]*?\*\/|\/\/[^\n]*|("(?:[^"\\]|\\.)*")|(-?\d+(?:\.\d+)?)|([A-Za-z_$][\w$]*)|([{}[\]()|&:;,?<>=.])/y;
  for (let m; re.lastIndex < src.length;) {
    const at = re.lastIndex;
    if (!(m = re.exec(src))) throw new Error(`cannot read the declarations at …${src.slice(at, at + 40)}`);
    if (m[1]) out.push({ t: 'str', v: JSON.parse(m[1]) });
    else if (m[2]) out.push({ t: 'num', v: Number(m[2]) });
    else if (m[3]) out.push({ t: 'id', v: m[3] });
    else if (m[4]) out.push({ t: 'p', v: m[4] });
  }
  return out;
}

/**
 * The declarations in `src`: {name: type}. Types are {k: 'prim', v} | {k: 'lit', v} |
 * {k: 'ref', v} | {k: 'arr', of} | {k: 'tuple', of: []} | {k: 'union', of: []} |
 * {k: 'and', of: []} | {k: 'obj', id, members: [{name, optional, type}]}. An object type's id
 * names it for the coverage count: the interface, or the field that holds it.
 */
export function parseDeclarations(src) {
  const toks = tokenize(src);
  let i = 0;
  const peek = (v) => toks[i] && toks[i].v === v;
  const eat = (v) => { if (!peek(v)) throw new Error(`expected ${v}, found ${toks[i] && toks[i].v}`); i++; };
  const decls = {};
  const members = (id) => {
    eat('{');
    const ms = [];
    while (!peek('}')) {
      const name = toks[i++].v;
      const optional = peek('?');
      if (optional) i++;
      eat(':');
      ms.push({ name, optional, type: type(`${id}.${name}`) });
      if (peek(';') || peek(',')) i++;
    }
    eat('}');
    return { k: 'obj', id, members: ms };
  };
  const primary = (id) => {
    const tok = toks[i];
    if (tok.v === '(') { i++; const x = type(id); eat(')'); return x; }
    if (tok.v === '{') return members(id);
    if (tok.v === '[') {
      i++;
      const of = [];
      while (!peek(']')) { of.push(type(id)); if (peek(',')) i++; }
      eat(']');
      return { k: 'tuple', of };
    }
    i++;
    if (tok.t === 'str' || tok.t === 'num') return { k: 'lit', v: tok.v };
    if (['number', 'string', 'boolean', 'null', 'undefined'].includes(tok.v)) return { k: 'prim', v: tok.v };
    let name = tok.v;
    while (peek('.')) { i++; name += '.' + toks[i++].v; } // WebAssembly.Module
    if (peek('<')) { i++; while (!peek('>')) { type(id); if (peek(',')) i++; } i++; } // Promise<T>: not in a Report
    return { k: 'ref', v: name };
  };
  const postfix = (id) => {
    let x = primary(id);
    while (peek('[') && toks[i + 1] && toks[i + 1].v === ']') { i += 2; x = { k: 'arr', of: x }; }
    return x;
  };
  const join = (kind, sep, next) => (id) => {
    const of = [next(id)];
    while (peek(sep)) { i++; of.push(next(id)); }
    return of.length === 1 ? of[0] : { k: kind, of };
  };
  const type = join('union', '|', join('and', '&', postfix));
  // Skips one statement (a declaration this parser does not read: functions, wasm-bindgen's
  // InitOutput with its `readonly` members and function types).
  const skip = () => {
    let depth = 0;
    for (; i < toks.length; i++) {
      const v = toks[i].v;
      if (v === '{' || v === '(') depth++;
      else if (v === '}' || v === ')') { depth--; if (depth === 0 && v === '}') { i++; return; } }
      else if (v === ';' && depth === 0) { i++; return; }
    }
  };
  while (i < toks.length) {
    if (peek('export')) { i++; continue; }
    const start = i;
    try {
      if (peek('interface')) {
        const name = toks[++i].v;
        i++;
        decls[name] = members(name);
      } else if (peek('type')) {
        const name = toks[++i].v;
        i++;
        eat('=');
        decls[name] = type(name);
        eat(';');
      } else skip();
    } catch {
      i = start;
      skip();
    }
  }
  return decls;
}

// ---------------------------------------------------------------- checking a value against a type

/**
 * Checks `value` against `type`; returns a list of problems ("path: expected …, found …").
 * `seen` collects "Type.field" for every declared field the value holds.
 */
function check(value, type, decls, where, seen) {
  const problems = [];
  const found = () => (value === null ? 'null' : Array.isArray(value) ? 'an array' : `${typeof value} ${JSON.stringify(value)?.slice(0, 40)}`);
  switch (type.k) {
    case 'ref': {
      const d = decls[type.v];
      if (!d) return [`${where}: the type ${type.v} is not declared`];
      return check(value, d, decls, where, seen);
    }
    case 'prim':
      if (type.v === 'null' ? value !== null : type.v === 'number' ? !(typeof value === 'number' && Number.isFinite(value)) : typeof value !== type.v) {
        problems.push(`${where}: expected ${type.v}, found ${found()}`);
      }
      return problems;
    case 'lit':
      if (value !== type.v) problems.push(`${where}: expected ${JSON.stringify(type.v)}, found ${found()}`);
      return problems;
    case 'arr':
      if (!Array.isArray(value)) return [`${where}: expected an array, found ${found()}`];
      value.forEach((v, n) => problems.push(...check(v, type.of, decls, `${where}[${n}]`, seen)));
      return problems;
    case 'tuple':
      if (!Array.isArray(value) || value.length !== type.of.length) return [`${where}: expected a tuple of ${type.of.length}, found ${found()}`];
      type.of.forEach((t, n) => problems.push(...check(value[n], t, decls, `${where}[${n}]`, seen)));
      return problems;
    case 'union': {
      // The first alternative the value fits; only its fields count as seen.
      for (const alt of type.of) {
        if (!check(value, alt, decls, where, new Set()).length) return check(value, alt, decls, where, seen);
      }
      // An object that fits no alternative: the problems against the object alternative say more.
      const objectLike = (t) => ['obj', 'and'].includes(resolve(t, decls)?.k);
      const alt = value && typeof value === 'object' && !Array.isArray(value) && type.of.find(objectLike);
      if (alt) return check(value, alt, decls, where, new Set());
      return [`${where}: fits none of the declared alternatives, found ${found()}`];
    }
    case 'and': {
      // One object type holding every part's members, each still counted under its own type.
      const parts = type.of.map((t) => resolve(t, decls));
      if (!parts.every((p) => p && p.k === 'obj')) return [`${where}: an intersection of non-object types`];
      const members = parts.flatMap((p) => p.members.map((m) => ({ ...m, owner: p.id })));
      return check(value, { k: 'obj', id: parts.map((p) => p.id).join(' & '), members }, decls, where, seen);
    }
    case 'obj': {
      if (value === null || typeof value !== 'object' || Array.isArray(value)) return [`${where}: expected an object, found ${found()}`];
      const declared = new Map(type.members.map((m) => [m.name, m]));
      for (const key of Object.keys(value)) {
        if (!declared.has(key)) problems.push(`${where}: undeclared field "${key}" (in ${type.id})`);
      }
      for (const m of type.members) {
        if (!(m.name in value)) { if (!m.optional) problems.push(`${where}: missing field "${m.name}" (declared in ${type.id})`); continue; }
        seen.add(`${m.owner || type.id}.${m.name}`);
        problems.push(...check(value[m.name], m.type, decls, `${where}.${m.name}`, seen));
      }
      return problems;
    }
    default:
      return [`${where}: unknown type node ${type.k}`];
  }
}

/** A type with its references followed. */
function resolve(type, decls) {
  return type && type.k === 'ref' ? resolve(decls[type.v], decls) : type;
}

/** Every "Type.field" reachable from `name` (each object type once). */
function declaredFields(name, decls) {
  const out = new Set(), visited = new Set();
  const walk = (t) => {
    if (!t) return;
    if (t.k === 'ref') { if (!visited.has(t.v)) { visited.add(t.v); walk(decls[t.v]); } return; }
    if (t.k === 'obj') for (const m of t.members) { out.add(`${t.id}.${m.name}`); walk(m.type); }
    for (const x of t.of && Array.isArray(t.of) ? t.of : t.of ? [t.of] : []) walk(x);
  };
  walk({ k: 'ref', v: name });
  return out;
}

/** Every string literal a type admits, by "Type.field" (for the record of words never seen). */
function literalWords(type, decls, at, out = new Map(), visited = new Set()) {
  if (!type) return out;
  if (type.k === 'ref') { if (!visited.has(type.v)) { visited.add(type.v); literalWords(decls[type.v], decls, at, out, visited); } return out; }
  if (type.k === 'lit' && typeof type.v === 'string') { if (!out.has(at)) out.set(at, new Set()); out.get(at).add(type.v); }
  if (type.k === 'obj') for (const m of type.members) literalWords(m.type, decls, `${type.id}.${m.name}`, out, visited);
  for (const x of Array.isArray(type.of) ? type.of : type.of ? [type.of] : []) literalWords(x, decls, at, out, visited);
  return out;
}

// ---------------------------------------------------------------- the tests

const DTS = fs.readFileSync(path.join(PKG, 'plancheck.d.ts'), 'utf8');
const decls = parseDeclarations(DTS);
const reports = Object.fromEntries(Object.entries(INPUTS).map(([k, text]) => [k, core.analyze(text, {})]));

test('the declarations parse and describe a Report', () => {
  for (const name of ['Report', 'Indicator', 'Point', 'Rate', 'Finding', 'Coverage', 'Structure', 'Diagnostic']) {
    assert.ok(decls[name], `${name} is declared`);
  }
  assert.deepEqual(decls.Report.members.find((m) => m.name === 'version').type, { k: 'lit', v: 2 });
  // The function the package exports returns the declared Report.
  assert.match(DTS, /export function analyze\(text: string, options\?: Options\): Report;/);
});

test('every field of real Reports is declared, with a compatible type', () => {
  for (const [name, report] of Object.entries(reports)) {
    // What a page sees: the object as JSON would carry it (no Maps, no undefined).
    const plain = JSON.parse(JSON.stringify(report));
    assert.deepEqual(plain, report, `${name}: a plain JSON-compatible object`);
    assert.deepEqual(check(report, { k: 'ref', v: 'Report' }, decls, name, new Set()), [], name);
  }
});

test('every declared field appears in some Report', () => {
  const seen = new Set();
  for (const report of Object.values(reports)) check(report, { k: 'ref', v: 'Report' }, decls, 'r', seen);
  const missing = [...declaredFields('Report', decls)].filter((f) => !seen.has(f));
  assert.deepEqual(missing, [], 'declared but never seen in a Report of these inputs');
  // For the record: words a literal union admits that these inputs never produced.
  const words = literalWords({ k: 'ref', v: 'Report' }, decls, 'Report');
  const used = new Map();
  const collect = (v, t, at, visited = new Set()) => {
    if (t.k === 'ref') return collect(v, decls[t.v], at, visited);
    if (t.k === 'lit' && v === t.v) { if (!used.has(at)) used.set(at, new Set()); used.get(at).add(v); }
    if (t.k === 'arr' && Array.isArray(v)) for (const x of v) collect(x, t.of, at, visited);
    if (t.k === 'tuple' && Array.isArray(v)) t.of.forEach((x, n) => collect(v[n], x, at, visited));
    if ((t.k === 'union' || t.k === 'and') ) for (const x of t.of) collect(v, x, at, visited);
    if (t.k === 'obj' && v && typeof v === 'object') for (const m of t.members) collect(v[m.name], m.type, `${t.id}.${m.name}`, visited);
  };
  for (const report of Object.values(reports)) collect(report, { k: 'ref', v: 'Report' }, 'Report');
  const unseen = [...words].map(([at, ws]) => [at, [...ws].filter((w) => !(used.get(at) || new Set()).has(w))]).filter(([, ws]) => ws.length);
  console.log(`# words declared but not produced by these inputs: ${unseen.map(([at, ws]) => `${at}: ${ws.join(', ')}`).join('; ') || 'none'}`);
});

test('the checker itself rejects what the declarations do not allow', () => {
  const r = JSON.parse(JSON.stringify(reports.review));
  const bad = (mutate) => { const x = structuredClone(r); mutate(x); return check(x, { k: 'ref', v: 'Report' }, decls, 'r', new Set()); };
  assert.match(bad((x) => { x.extra = 1; }).join('\n'), /undeclared field "extra"/);
  assert.match(bad((x) => { delete x.coverage; }).join('\n'), /missing field "coverage"/);
  assert.match(bad((x) => { x.indicators[0].points[0].role = 'guess'; }).join('\n'), /role: fits none/);
  assert.match(bad((x) => { x.indicators[0].points[0].year = '2010'; }).join('\n'), /year: fits none/);
  assert.match(bad((x) => { x.findings[0].suggestion.values[0].extra = true; }).join('\n'), /undeclared field "extra"/);
  assert.match(bad((x) => { x.version = 1; }).join('\n'), /version: expected 2/);
});
