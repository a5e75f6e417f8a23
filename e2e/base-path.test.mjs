// index.html's early script (it fetches the first view before the app's code
// has loaded) keeps its own copy of the base path's normalization; run it,
// without a browser, on the cases the core's `normalize_base_path` is tested
// on (crates/core/src/site/base_path_cases.json). That the script reads the
// core's meta name and fetches the core's first-view path is checked on the
// Rust side (crates/core/tests/site_contract.rs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';

const root = new URL('..', import.meta.url);
const html = readFileSync(new URL('index.html', root), 'utf8');
const CASES = JSON.parse(readFileSync(new URL('crates/core/src/site/base_path_cases.json', root), 'utf8'));

// The page's inline scripts: those without a src or data-trunk attribute.
const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]);

// The URLs the script fetches when the page's base path meta tag holds
// `content` (no tag at all when `content` is undefined).
function fetchedWith(content) {
  const fetched = [];
  const meta = { getAttribute: (name) => (name === 'content' ? content : null) };
  const context = {
    document: { querySelector: (selector) => (content !== undefined && selector.startsWith('meta[') ? meta : null) },
    fetch: (url) => {
      fetched.push(url);
      return Promise.resolve({ status: 200, text: () => Promise.resolve('') });
    },
  };
  context.window = context;
  runInNewContext(inline.join('\n'), context);
  assert.deepEqual(Object.keys(context.window.veilleEarly), fetched, 'the early fetches are kept by URL');
  return fetched;
}

test('index.html has one early script, which fetches one root-relative file', () => {
  assert.equal(inline.length, 1);
  const [path] = fetchedWith(undefined);
  assert.match(path, /^\/[^/]/);
});

test("index.html's script normalizes the base path as the core does, on the core's cases", () => {
  assert.ok(CASES.length >= 5);
  const [path] = fetchedWith(undefined);
  for (const [raw, expected] of CASES) {
    assert.deepEqual(fetchedWith(raw), [expected + path], JSON.stringify(raw));
  }
});
