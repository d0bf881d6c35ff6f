// `node --check` of a script: classic (a service worker, a worker's loader) or a module (the
// scripts that go inside a page's `<script type="module">`). Throws with node's message.
import { execFileSync } from 'node:child_process';

export function check(code, { module = false } = {}) {
  execFileSync(process.execPath, ['--check', ...(module ? ['--input-type=module'] : [])], {
    input: code,
    stdio: ['pipe', 'ignore', 'pipe'],
  });
}
