// axe-core, injected into the page, finds no violation on the list, the
// facets, the timeline and an article, in both themes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { launch, newPage } from './browser.mjs';
import { open } from './helpers.mjs';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function violations(page, include) {
  await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(async (sel) => {
    const r = await window.axe.run(sel ? { include: [sel] } : document, { resultTypes: ['violations'] });
    return r.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
  }, include ?? null);
  return result;
}

for (const colorScheme of ['light', 'dark']) {
  test(`no axe violation on the list with a search, a filter and a month timeline (${colorScheme})`, async () => {
    const page = await newPage(browser, { colorScheme });
    await open(page, '/?q=device&tag=France&year=2025');
    assert.deepEqual(await violations(page), []);
  });

  test(`no axe violation on the facets expanded, a value filtered to zero, and the year timeline (${colorScheme})`, async () => {
    const page = await newPage(browser, { colorScheme });
    await open(page, '/?tag=DRF+%E2%80%94+News&source=medtechwire.example');
    assert.deepEqual(await violations(page, '#facets'), []);
    await open(page, '/');
    await page.getByTestId('facet-source').getByRole('button', { name: /Show all/ }).click();
    await page.getByTestId('facet-tag').getByRole('button', { name: /Show all/ }).click();
    assert.deepEqual(await violations(page, '#facets'), []);
    await page.getByTestId('facet-tag').getByRole('searchbox').fill('news');
    assert.deepEqual(await violations(page, '#facets'), []);
    assert.deepEqual(await violations(page, '[data-testid=timeline]'), []);
  });

  test(`no axe violation on an article page (${colorScheme})`, async () => {
    const page = await newPage(browser, { colorScheme });
    await open(page, '/papers/2024-12-13-impella-heart-pump-approved-for-use-in-paediatric-patients?q=impella');
    assert.deepEqual(await violations(page), []);
  });

  test(`no axe violation on the phone layout with the filters open (${colorScheme})`, async () => {
    const page = await newPage(browser, { colorScheme, viewport: { width: 390, height: 844 } });
    await open(page, '/');
    await page.getByTestId('filters-toggle').click();
    assert.deepEqual(await violations(page), []);
  });
}
