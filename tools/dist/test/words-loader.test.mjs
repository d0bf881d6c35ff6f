// The words loader (js/words-loader.js): the reader's language fetched at once, each bundle
// fetched once with its integrity, a failed fetch said.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { run } from './harness.mjs';

const FILES = {
  kk: { page: ['./words-kk-1.txt', 'sha384-kk'], help: ['./words-help-kk-1.txt', 'sha384-hkk'] },
  ru: { page: ['./words-ru-1.txt', 'sha384-ru'] },
  en: { page: ['./words-en-1.txt', 'sha384-en'] },
};

function page({ search = '', languages = [], language = '', status = 200 } = {}) {
  const fetched = [];
  const window = {};
  run('words-loader.js', {
    window,
    location: { search },
    navigator: { languages, language },
    fetch: async (url, init) => {
      fetched.push([url, init.integrity]);
      return { ok: status === 200, status, text: async () => `text of ${url}` };
    },
    __WORDS_FILES__: FILES,
  });
  return { window, fetched };
}

test('the reader\'s language is fetched at once: the address first, then the browser\'s, else English', () => {
  assert.deepEqual(page({ search: '?lang=kk', languages: ['ru-RU'] }).fetched, [['./words-kk-1.txt', 'sha384-kk']]);
  assert.deepEqual(page({ languages: ['de-DE', 'RU-ru'], language: 'en' }).fetched, [['./words-ru-1.txt', 'sha384-ru']]);
  assert.deepEqual(page({ search: '?lang=xx', language: 'kk' }).fetched, [['./words-kk-1.txt', 'sha384-kk']]);
  assert.deepEqual(page({ languages: ['de'], language: 'fr' }).fetched, [['./words-en-1.txt', 'sha384-en']]);
});

test('each bundle is fetched once, with its integrity', async () => {
  const { window, fetched } = page({ search: '?lang=kk' });
  assert.equal(await window.amnestyWords('kk'), 'text of ./words-kk-1.txt');
  assert.equal(await window.amnestyWords('kk', 'help'), 'text of ./words-help-kk-1.txt');
  await window.amnestyWords('kk', 'help');
  assert.deepEqual(fetched, [['./words-kk-1.txt', 'sha384-kk'], ['./words-help-kk-1.txt', 'sha384-hkk']]);
});

test('a file that cannot be had is a rejection the page can tell', async () => {
  const { window } = page({ status: 404 });
  await assert.rejects(window.amnestyWords('ru'), /404/);
});
