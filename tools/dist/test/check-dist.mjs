// Every script of a finished build, as filled: `node --check` of each .js file and of each
// inline script of each page (a module script as a module). Run after the release build:
//   node tools/dist/test/check-dist.mjs [DIST]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { check } from './syntax.mjs';

const dist = process.argv[2] ?? 'dist';

function* walk(dir) {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* walk(path);
    else yield path;
  }
}

let checked = 0;
const failed = [];
const attempt = (what, code, options) => {
  checked += 1;
  try {
    check(code, options);
  } catch (error) {
    failed.push(`${what}: ${String(error.stderr ?? error.message).trim()}`);
  }
};
for (const path of walk(dist)) {
  const name = relative(dist, path);
  if (name.endsWith('.js')) {
    // The program's glue is a module (it exports); a worker's scripts are classic.
    const code = readFileSync(path, 'utf8');
    attempt(name, code, { module: /^(export|import)\s/m.test(code) });
  }
  if (name.endsWith('.html')) {
    const html = readFileSync(path, 'utf8');
    for (const [, attributes, body] of html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
      if (/\ssrc=/.test(attributes)) continue;
      attempt(`${name} (inline script)`, body, { module: /type="module"/.test(attributes) });
    }
  }
}
if (checked === 0) failed.push(`no script in ${dist}: build it first (./scripts/build.sh)`);
if (failed.length > 0) {
  console.error(failed.join('\n\n'));
  process.exit(1);
}
console.log(`check-dist: ${checked} scripts in ${dist} are valid JavaScript`);
