// Waiting for the page to reach a state (not retrying a failed test).
import assert from 'node:assert/strict';
import { BASE_URL } from './browser.mjs';

/** Waits until `read()` returns a value matching `expected` (a string, a
 *  RegExp or a predicate); fails with the last value after `timeout` ms. */
export async function until(read, expected, { timeout = 5000, what = 'value' } = {}) {
  const ok = (v) => (expected instanceof RegExp ? expected.test(String(v))
    : typeof expected === 'function' ? expected(v) : v === expected);
  const end = Date.now() + timeout;
  let last;
  for (;;) {
    last = await read();
    if (ok(last)) return last;
    if (Date.now() > end) assert.fail(`${what}: expected ${expected}, last saw ${JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** Waits for a locator's text content. */
export const untilText = (locator, expected, opts) =>
  until(() => locator.textContent(), expected, { what: 'text', ...opts });

/** The path and query of the page's URL, e.g. `/?q=stent`. */
export const here = (page) => { const u = new URL(page.url()); return u.pathname + u.search; };

/** Waits for the page's path and query. */
export const untilHere = (page, expected) => until(() => here(page), expected, { what: 'URL' });

/** Opens `path` and waits for the results (or an article) to render. */
export async function open(page, path = '/') {
  await page.goto(`${BASE_URL}${path}`);
  await page.locator('[data-testid=result-count], [data-testid=article], [data-testid=not-found]').first().waitFor();
}

/** The titles of the hits on the page. */
export const hitTitles = (page) => page.getByTestId('hit-link').allTextContents();

/** The result count as a number. */
export async function resultCount(page) {
  const text = await page.getByTestId('result-count').textContent();
  return Number(text.replace(/[^\d]/g, ''));
}
