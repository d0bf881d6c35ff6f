// The engine as an ES module for other sites (scripts/build-module.sh, module/README.md), in
// Chromium: its example page works as the README shows it; decide() gives, for every case of the
// legal case table, the decision the command line gives; explain() gives in kk, ru and en the texts
// the native words layer gives; invalid or hostile input gives typed field errors, never a trap;
// nothing leaves the page's origin; and amnesty.d.ts types real outputs (checked with tsc).
// Every expected value is computed natively (`cargo run -p amnesty-module --example explain`, the
// command-line tool, target/legal-cases/): none is written here.
//
// Self-contained: the module is built into a temporary folder by scripts/build-module.sh (about
// two minutes the first time), unless AMNESTY_MODULE_DIR names a folder it was built into; the
// legal case table's files are written by `cargo test -p amnesty-rules --test legal_cases` when
// target/legal-cases/ is missing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ROOT, LANGS, launch, startServer, openPage, assertOnlyOwnOrigin, legalCases } from './helpers.mjs';

const TSC = join(ROOT, 'module', 'node_modules', 'typescript', 'bin', 'tsc');
const LEGAL = join(ROOT, 'target', 'legal-cases');
const EXAMPLES = join(ROOT, 'examples', 'cases');
/// Where the page is served: a sub-path, as a site would put the module's folder.
const PREFIX = '/module/';

let browser, site, session, page, cases, work, MODULE;

/// Runs a command in the workspace: its stdout. stderr is passed on, so that a build's error shows.
function run(command, args, options = {}) {
  return execFileSync(command, args, {
    cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'inherit'], ...options,
  });
}

/// The native module's answers (`--example explain`): one parsed JSON value per output line.
function nativeModule(args) {
  const out = run('cargo', ['run', '-q', '--locked', '-p', 'amnesty-module', '--example', 'explain', '--', ...args]);
  return out.trim().split('\n').map((line) => JSON.parse(line));
}

/// The command-line tool itself: its stdout.
function cli(args) {
  return run('cargo', ['run', '-q', '--locked', '-p', 'amnesty-cli', '--', ...args]);
}

/// `amnesty batch FILE...`: the command line's answer for each case file, as one JSON line each
/// (`{ file, decision }` or `{ file, errors }`). Its exit status is 2 when a file is invalid.
function cliBatch(paths) {
  const r = spawnSync('cargo', ['run', '-q', '--locked', '-p', 'amnesty-cli', '--', 'batch', ...paths], {
    cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'inherit'],
  });
  assert.ok(r.status === 0 || r.status === 2, `amnesty batch: exit status ${r.status}`);
  const lines = r.stdout.trim().split('\n').map((line) => JSON.parse(line));
  assert.deepEqual(lines.map((l) => l.file), paths, 'amnesty batch answers each file, in order');
  return lines;
}

/// Runs `fn(module, arg)` in the page, with the module imported as a site imports it.
function inModule(fn, arg) {
  return page.evaluate(async ([source, arg]) => {
    const m = await import(new URL('amnesty.js', location.href).href);
    await m.default();
    // eslint-disable-next-line no-new-func
    return new Function('m', 'arg', `return (${source})(m, arg);`)(m, arg);
  }, [fn.toString(), arg]);
}

/// Writes texts to files in the work folder: their paths.
function files(prefix, texts) {
  return texts.map((text, i) => {
    const path = join(work, `${prefix}-${i}.json`);
    writeFileSync(path, text);
    return path;
  });
}

before(async () => {
  work = mkdtempSync(join(tmpdir(), 'amnesty-module-'));
  if (process.env.AMNESTY_MODULE_DIR) {
    MODULE = resolve(process.env.AMNESTY_MODULE_DIR);
    assert.ok(existsSync(join(MODULE, 'amnesty.js')), `AMNESTY_MODULE_DIR=${MODULE} holds no module: run scripts/build-module.sh ${MODULE}`);
  } else {
    MODULE = join(work, 'module');
    // Its output goes to stderr: the test runner reads this process's stdout.
    run(join(ROOT, 'scripts', 'build-module.sh'), [MODULE], { stdio: ['ignore', 2, 'inherit'] });
  }
  assert.ok(existsSync(TSC), 'no TypeScript compiler: run scripts/build-module.sh (it installs module/package.json)');
  if (!existsSync(LEGAL)) run('cargo', ['test', '-q', '--locked', '-p', 'amnesty-rules', '--test', 'legal_cases'], { stdio: ['ignore', 2, 'inherit'] });
  assert.ok(existsSync(LEGAL), `${LEGAL} is missing after \`cargo test -p amnesty-rules --test legal_cases\` (is CARGO_TARGET_DIR elsewhere?)`);
  cases = legalCases();
  browser = await launch();
  site = await startServer(MODULE, PREFIX);
  session = await openPage(browser, site.url, {}, null);
  page = session.page;
  await page.waitForFunction(() => document.getElementById('answer')?.textContent.trim().length > 0, null, { timeout: 30000 });
});

/// The errors the page logged, less the one of Chromium's own request for the site's icon: it asks
/// for /favicon.ico (outside the module's folder, so a 404 here) on its own, not as the page's
/// request, and logs its 404 as the page's. The server's log tells which paths were asked for.
function pageErrors() {
  const icon = site.served.filter((p) => p === '/favicon.ico').length;
  let forgiven = 0;
  return session.errors.filter((e) => !(/status of 404/.test(e) && forgiven++ < icon));
}

after(async () => {
  try {
    if (session) {
      assertOnlyOwnOrigin(session.requests, site.origin);
      assert.deepEqual(pageErrors(), [], `errors in the page (paths served: ${site.served.join(' ')})`);
    }
  } finally {
    // Closed whatever failed above: an open browser keeps the test process alive.
    await browser?.close();
    site?.server.close();
    if (work) rmSync(work, { recursive: true, force: true });
  }
});

test('the legal case table is all there', () => {
  assert.ok(cases.length >= 231, `${cases.length} cases; run cargo test -p amnesty-rules --test legal_cases first`);
  assert.equal(new Set(cases.map((c) => c.native.outcome)).size, 13, 'every outcome');
});

const outputs = {}; // real outputs of the module, for the type check at the end

test('decide() gives, for every case of the legal case table, the JSON the command line writes, from an object or a text', async () => {
  const results = await inModule((m, list) => list.map(({ file, text }) => {
    const fromObject = m.decide(file);
    const fromText = m.decide(text);
    return { fromObject, fromText, pretty: fromObject.ok ? JSON.stringify(fromObject.decision, null, 2) : null };
  }), cases.map((c) => ({ file: c.file, text: c.text })));
  // The command-line tool on the very files (every legal case gives its `as_of`).
  const byCli = cliBatch(cases.map((c) => join(LEGAL, `${c.id}.json`)));
  const mismatched = [];
  for (const [i, c] of cases.entries()) {
    const r = results[i];
    const expected = readFileSync(join(LEGAL, `${c.id}.decision.json`), 'utf8');
    try {
      assert.equal(r.fromObject.ok, true);
      assert.ok(byCli[i].decision, `amnesty batch refused ${c.id}`);
      assert.deepEqual(r.fromObject.decision, byCli[i].decision);
      assert.deepEqual(r.fromObject.decision, c.native);
      assert.deepEqual(r.fromText, r.fromObject);
      // Byte for byte what serde_json writes: same fields, same order, dates as YYYY-MM-DD.
      assert.equal(r.pretty, expected.trimEnd());
    } catch (e) {
      mismatched.push(`${c.id}: ${e.message.slice(0, 400)}`);
    }
  }
  assert.deepEqual(mismatched, []);
  outputs.decided = results.map((r) => r.fromObject);
});

test('decide() and the command-line tool agree on the example case files', async () => {
  const names = readdirSync(EXAMPLES).filter((n) => n.endsWith('.json')).sort();
  const texts = names.map((n) => readFileSync(join(EXAMPLES, n), 'utf8'));
  const wasm = await inModule((m, list) => list.map((text) => m.decide(text)), texts);
  for (const [i, name] of names.entries()) {
    const expected = cli(['check', join(EXAMPLES, name)]);
    assert.equal(wasm[i].ok, true, name);
    assert.equal(JSON.stringify(wasm[i].decision, null, 2), expected.trimEnd(), name);
  }
});

test('explain() gives the native words layer\'s texts in kk, ru and en, for every case and every kind of step', async () => {
  const native = nativeModule(['--today', '2023-03-01', ...cases.map((c) => join(LEGAL, `${c.id}.json`))]);
  const samples = nativeModule(['--samples'])[0];
  const wasm = await inModule((m, { list, langs, sample }) => ({
    cases: list.map((file) => {
      const r = m.decide(file);
      return Object.fromEntries(langs.map((lang) => [lang, m.explain(r.decision, lang)]));
    }),
    samples: Object.fromEntries(langs.map((lang) => [lang, m.explain(sample, lang)])),
    fromText: m.explain(JSON.stringify(sample), 'kk'),
  }), { list: cases.map((c) => c.file), langs: LANGS, sample: samples.decision });
  const mismatched = [];
  for (const [i, c] of cases.entries()) {
    assert.equal(native[i].file, join(LEGAL, `${c.id}.json`));
    assert.deepEqual(native[i].decided.decision, c.native, `${c.id}: the native module decides as the table`);
    for (const lang of LANGS) {
      try {
        assert.deepEqual(wasm.cases[i][lang], native[i].explanations[lang]);
      } catch (e) {
        mismatched.push(`${c.id} ${lang}: ${e.message.slice(0, 400)}`);
      }
    }
  }
  assert.deepEqual(mismatched, []);
  for (const lang of LANGS) assert.deepEqual(wasm.samples[lang], samples.explanations[lang], `every kind, ${lang}`);
  assert.deepEqual(wasm.fromText, samples.explanations.kk, 'a decision given as its JSON text');
  // The words differ by language (the comparison is not of empty or identical texts).
  assert.notEqual(wasm.cases[0].kk.text, wasm.cases[0].ru.text);
  assert.ok(wasm.cases.every((e) => e.en.plain_answer.length > 10 && e.en.steps.length > 0));
  // Each case's words in one language, the three in turn, keep the type check's file small.
  outputs.explanations = wasm.cases.map((e, i) => e[LANGS[i % 3]]);
  outputs.samples = samples;
});

test('explain() gives the command line\'s --explain text, in each language', async () => {
  const names = ['participation-serving-8-years.json', 'two-offences.json', 'part-not-given.json'];
  const texts = names.map((n) => readFileSync(join(EXAMPLES, n), 'utf8'));
  const wasm = await inModule((m, { list, langs }) => list.map((text) =>
    Object.fromEntries(langs.map((lang) => [lang, m.explain(m.decide(text).decision, lang).text]))), { list: texts, langs: LANGS });
  for (const [i, name] of names.entries()) {
    for (const lang of LANGS) {
      const expected = cli(['check', '--explain', '--lang', lang, join(EXAMPLES, name)]);
      assert.equal(wasm[i][lang].trimEnd(), expected.trimEnd(), `${name} ${lang}`);
    }
  }
});

// Invalid case files: what the command line refuses, the module refuses with the same errors.
const INVALID = [
  { as_of: '2023-03-01', stage: 'serving', offences: [{ article: 188, part: 9, committed_on: '2022-01-05', context: 'riots' }], sentence: { punishment: 'imprisonment', years: 2, start: '2022-01-06' } },
  { as_of: '2023-03-01', stagee: 'serving', offences: [] },
  { as_of: '2023-03-01', stage: 'investigation', offences: [] },
  { as_of: '2023-03-01', stage: 'serving', offences: 5 },
  [],
  { as_of: '2023-03-01', stage: 'trial', offences: [{ article: '27x', committed_on: '2022-01-05', context: 'riots' }] },
  { as_of: '2023-03-01', stage: 'trial', offences: Array.from({ length: 51 }, () => ({ article: 272, part: 2, committed_on: '2022-01-05', context: 'riots' })) },
  { as_of: '2023-03-01', stage: 'trial', offences: [{ article: 272, part: 2, committed_on: '32.01.2022', context: 'riots' }] },
  { as_of: '2023-03-01', stage: 'investigation', offences: [{ article: 272, part: 2, committed_on: '2022-01-05', context: 'jail' }], sentence: { punishment: 'fine', amount: 10 } },
  { as_of: '2023-03-01', stage: 'serving', offences: [{ article: 272, part: 2, committed_on: '2022-01-05', context: 'riots' }], sentence: { punishment: 'fine', years: 2 } },
  null,
];
// Texts that are not case files at all (given as strings).
const INVALID_TEXTS = ['not json', '', '{"stage": "trial",', '['.repeat(100000), ' '.repeat(300000)];

test('invalid input gives the command line\'s field errors, typed and in three languages', async () => {
  const texts = [...INVALID.map((c) => JSON.stringify(c)), ...INVALID_TEXTS];
  const paths = files('invalid', texts);
  const native = nativeModule(['--today', '2023-03-01', ...paths]);
  const wasm = await inModule((m, { objects, strings }) => ({
    objects: objects.map((c) => m.decide(c)),
    strings: strings.map((t) => m.decide(t)),
  }), { objects: INVALID, strings: texts });
  const byCli = cliBatch(paths);
  const problems = new Set();
  for (const [i, expected] of native.entries()) {
    assert.equal(expected.decided.ok, false, texts[i].slice(0, 80));
    // The command line's own errors (field, problem and its values): the module's, less the words.
    // A text longer than a case file the command line refuses before reading it, with a message.
    if (byCli[i].unreadable) assert.deepEqual(wasm.strings[i].errors.map((e) => e.problem), ['file_too_large'], byCli[i].unreadable);
    else assert.deepEqual(wasm.strings[i].errors.map(({ label, message, ...error }) => error), byCli[i].errors, texts[i].slice(0, 80));
    assert.deepEqual(wasm.strings[i], expected.decided, texts[i].slice(0, 80));
    if (i < INVALID.length) assert.deepEqual(wasm.objects[i], expected.decided, texts[i].slice(0, 80));
    for (const e of expected.decided.errors) {
      problems.add(e.problem);
      assert.equal(typeof e.field, 'string');
      for (const lang of LANGS) assert.ok(e.message[lang].length > 5 && e.label[lang].length > 0, `${e.problem} ${lang}`);
    }
  }
  // The cases above reach many kinds of problem, not one.
  assert.ok(problems.size >= 8, [...problems].join(', '));
  outputs.invalid = [...wasm.objects, ...wasm.strings];
});

test('hostile values give errors, never a trap, and the module works on', async () => {
  const nullText = nativeModule(['--today', '2023-03-01', ...files('null', ['null'])])[0].decided;
  const r = await inModule((m) => {
    const cyclic = { stage: 'trial', offences: [] };
    cyclic.self = cyclic;
    const proxy = new Proxy({}, { ownKeys() { throw new Error('no keys'); } });
    const getter = { stage: 'trial', get offences() { throw new Error('boom'); } };
    const thrown = (fn) => { try { fn(); return null; } catch (e) { return { name: e.name, message: e.message }; } };
    const valid = { as_of: '2023-03-01', stage: 'serving', offences: [{ article: 272, part: 2, committed_on: '2022-01-05', context: 'riots' }], sentence: { punishment: 'imprisonment', years: 8, start: '2022-01-06' } };
    const decision = m.decide(valid).decision;
    return {
      decide: {
        cyclic: m.decide(cyclic),
        bigint: m.decide({ stage: 'trial', offences: [{ article: 10n }] }),
        proxy: m.decide(proxy),
        getter: m.decide(getter),
        undefined: m.decide(undefined),
        fn: m.decide(() => 1),
        symbol: m.decide(Symbol('x')),
        // A lone surrogate has no UTF-8 form: it crosses into the module as U+FFFD.
        surrogate: m.decide('\uD800'),
      },
      explain: {
        empty: thrown(() => m.explain({}, 'en')),
        nothing: thrown(() => m.explain(undefined, 'en')),
        cyclic: thrown(() => m.explain(cyclic, 'en')),
        getter: thrown(() => m.explain(getter, 'en')),
        tooLarge: thrown(() => m.explain({ ...decision, new_hours: 1e12 }, 'en')),
        negative: thrown(() => m.explain({ ...decision, new_hours: -1 }, 'en')),
        wrongOutcome: thrown(() => m.explain({ ...decision, outcome: 'freed' }, 'en')),
        deep: thrown(() => m.explain(JSON.parse('['.repeat(5000) + ']'.repeat(5000)), 'en')),
        language: thrown(() => m.explain(decision, 'de')),
        noLanguage: thrown(() => m.explain(decision)),
      },
      afterwards: m.explain(m.decide(valid).decision, 'en').plain_answer,
    };
  });
  for (const [what, result] of Object.entries(r.decide)) {
    assert.equal(result.ok, false, what);
    assert.equal(result.errors.length, 1, what);
    for (const lang of LANGS) assert.ok(result.errors[0].message[lang].length > 5, `${what} ${lang}`);
  }
  for (const what of ['cyclic', 'bigint', 'proxy', 'getter', 'surrogate']) {
    assert.equal(r.decide[what].errors[0].problem, 'malformed', what);
    assert.equal(r.decide[what].errors[0].field, '', what);
  }
  assert.match(r.decide.getter.errors[0].detail, /boom/);
  assert.match(r.decide.cyclic.errors[0].message.en, /circular/i);
  // No JSON at all reads as `null`: the reader's own error for it.
  for (const what of ['undefined', 'fn', 'symbol']) assert.deepEqual(r.decide[what], nullText, what);
  for (const [what, error] of Object.entries(r.explain)) {
    assert.ok(error, `${what}: explain did not throw`);
    const expected = what === 'language' || what === 'noLanguage' ? 'RangeError' : 'TypeError';
    assert.equal(error.name, expected, `${what}: ${error.message}`);
    assert.match(error.message, /^explain: /, what);
  }
  assert.match(r.explain.tooLarge.message, /new_hours/);
  assert.ok(r.afterwards.length > 10, 'the module still works');
  outputs.hostile = Object.values(r.decide);
});

test('version() names the rule pack, the engine and the module', async () => {
  const wasm = await inModule((m) => m.version());
  assert.deepEqual(wasm, nativeModule(['--version'])[0]);
  assert.deepEqual(Object.keys(wasm).sort(), ['engine_version', 'module_version', 'pack_version']);
  assert.equal(wasm.engine_version, cases[0].native.engine_version);
  assert.equal(wasm.pack_version, cases[0].native.pack_version);
  outputs.version = wasm;
});

test('the example page shows the decision and its words for the case typed, in the language chosen', async () => {
  const text = await page.inputValue('#case');
  const [expected] = nativeModule(['--today', '2023-03-01', ...files('example', [text])]);
  assert.equal(expected.decided.ok, true, 'the example case is valid');
  const shown = async () => ({
    answer: await page.textContent('#answer'),
    words: await page.textContent('#words'),
    decision: await page.textContent('#decision'),
    version: await page.textContent('#version'),
  });
  let s = await shown();
  assert.equal(s.answer, expected.explanations.en.plain_answer);
  assert.equal(s.words, expected.explanations.en.text);
  assert.deepEqual(JSON.parse(s.decision), expected.decided.decision);
  assert.match(s.version, new RegExp(expected.decided.decision.pack_version.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  await page.selectOption('#lang', 'ru');
  s = await shown();
  assert.equal(s.answer, expected.explanations.ru.plain_answer);
  assert.equal(s.words, expected.explanations.ru.text);
  // A mistake typed into the case: the reader's message in the language chosen, nothing else.
  const wrong = text.replace('"part": 2', '"part": 9');
  assert.notEqual(wrong, text);
  await page.fill('#case', wrong);
  const [refused] = nativeModule(['--today', '2023-03-01', ...files('example-wrong', [wrong])]);
  assert.equal(refused.decided.ok, false);
  s = await shown();
  assert.equal(s.answer, refused.decided.errors.map((e) => e.message.ru).join('\n'));
  assert.equal(s.words, '');
  await page.fill('#case', text);
  await page.selectOption('#lang', 'kk');
  assert.equal(await page.textContent('#answer'), expected.explanations.kk.plain_answer);
});

test('the README shows the example page that is built and tested, and the instructions that build it', () => {
  const readme = readFileSync(join(ROOT, 'module', 'README.md'), 'utf8');
  const example = readFileSync(join(ROOT, 'module', 'example', 'index.html'), 'utf8');
  const section = readme.split('\n## The example page')[1];
  assert.ok(section, 'module/README.md has a section "The example page"');
  const block = section.match(/```html\n([\s\S]*?)```/);
  assert.ok(block, 'the section shows the page');
  assert.equal(block[1], example, 'module/README.md and module/example/index.html differ');
  assert.ok(example.trimEnd().split('\n').length <= 10, 'ten lines');
  assert.equal(readFileSync(join(MODULE, 'index.html'), 'utf8'), example, 'the page served is the example');
  // The commands the README gives are the ones this test runs.
  assert.match(readme, /\.\/scripts\/build-module\.sh\s/);
  assert.match(readme, /node tools\/serve\.mjs target\/module 8080/);
});

test('no request leaves the page\'s origin, and the page loads only the module\'s files', () => {
  assertOnlyOwnOrigin(session.requests, site.origin);
  const paths = new Set(session.requests.map((u) => new URL(u).pathname));
  assert.deepEqual([...paths].sort(), ['/module/', '/module/amnesty.js', '/module/amnesty_bg.wasm']);
  // What the server was asked for, whoever asked: the same, and the browser's own icon request.
  const served = new Set(site.served.map((u) => new URL(u, site.origin).pathname).filter((p) => p !== '/favicon.ico'));
  assert.deepEqual([...served].sort(), [...paths].sort());
});

// ---- the types ----

function tsc(dir, names) {
  const r = spawnSync(process.execPath, [TSC, '--noEmit', '--strict', '--target', 'es2022', '--module', 'es2022',
    '--moduleResolution', 'bundler', '--lib', 'es2022,dom', ...names.map((n) => join(dir, n))], { encoding: 'utf8', maxBuffer: 1 << 28 });
  return { status: r.status, out: r.stdout + r.stderr };
}

test('amnesty.d.ts types the real outputs exactly, and refuses values of the wrong shape', { timeout: 300000 }, () => {
  for (const key of ['decided', 'explanations', 'samples', 'invalid', 'hostile', 'version']) {
    assert.ok(outputs[key], `the test that collects ${key} ran first`);
  }
  const dir = mkdtempSync(join(work, 'types-'));
  copyFileSync(join(MODULE, 'amnesty.d.ts'), join(dir, 'amnesty.d.ts'));
  copyFileSync(join(ROOT, 'module', 'example', 'usage.ts'), join(dir, 'usage.ts'));
  const header = 'import type { CaseFile, Decided, Decision, Explanation, InputError, Version } from "./amnesty.js";\n';
  const literal = (value) => JSON.stringify(value, null, 1);
  // Object literals with a declared type: tsc refuses a missing field, a field it does not know
  // and a value of the wrong type, member by member of every union.
  writeFileSync(join(dir, 'real.ts'), header + [
    `export const cases: CaseFile[] = ${literal(cases.map((c) => c.file))};`,
    `export const decided: Decided[] = ${literal([...outputs.decided, ...outputs.invalid, ...outputs.hostile])};`,
    `export const explanations: Explanation[] = ${literal([...outputs.explanations, ...Object.values(outputs.samples.explanations)])};`,
    `export const everyKind: Decision = ${literal(outputs.samples.decision)};`,
    `export const everyProblem: InputError[] = ${literal(outputs.samples.errors)};`,
    `export const version: Version = ${literal(outputs.version)};`,
  ].join('\n'));
  const good = tsc(dir, ['real.ts', 'usage.ts']);
  assert.equal(good.status, 0, good.out.slice(0, 3000));

  // Each of these is wrong in one place, and must be refused there.
  const decision = outputs.decided[0].decision;
  const step = decision.steps[0];
  const wrong = {
    outcome: `export const d: Decision = ${literal({ ...decision, outcome: 'freed' })};`,
    missing: `export const d: Decision = ${literal({ ...decision, as_of: undefined, release_on: undefined })};`,
    extra: `export const d: Decision = ${literal({ ...decision, steps: [{ ...step, comment: 'x' }] })};`,
    date: `export const d: Decision = ${literal({ ...decision, in_force: 'soon' })};`,
    words: `export const e: Explanation = ${literal({ ...outputs.explanations[0], text: 1 })};`,
    error: `export const e: InputError = ${literal({ ...outputs.samples.errors[0], problem: 'bad_weather' })};`,
    caseFile: `export const c: CaseFile = ${literal({ ...cases[0].file, stage: 'jail' })};`,
  };
  for (const [name, body] of Object.entries(wrong)) writeFileSync(join(dir, `wrong-${name}.ts`), header + body);
  const bad = tsc(dir, Object.keys(wrong).map((n) => `wrong-${n}.ts`));
  assert.notEqual(bad.status, 0);
  for (const name of Object.keys(wrong)) assert.match(bad.out, new RegExp(`wrong-${name}\\.ts\\(`), `${name} was not refused:\n${bad.out.slice(0, 2000)}`);
});
