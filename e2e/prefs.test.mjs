// Language, theme, layout from a phone to a wide screen, and the keyboard.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, newPage, SCREENSHOTS } from './browser.mjs';
import { open, untilText, until } from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const bg = (page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

test('a French browser gets the French interface and dates; the choice of English is remembered', async () => {
  const page = await newPage(browser, { locale: 'fr-FR' });
  await open(page);
  assert.equal(await page.getByTestId('result-count').textContent(), '777 résultats');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'fr');
  assert.match(await page.getByTestId('hit').nth(1).textContent(), /30 décembre 2026/);
  assert.equal(await page.getByTestId('month-heading').first().textContent(), 'Décembre 2026');
  await page.getByTestId('lang-en').click();
  await untilText(page.getByTestId('result-count'), '777 results');
  assert.match(await page.getByTestId('hit').nth(1).textContent(), /30 December 2026/);
  await page.reload();
  await untilText(page.getByTestId('result-count'), '777 results');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  await page.getByTestId('lang-fr').click();
  await untilText(page.getByTestId('result-count'), '777 résultats');
});

test('the theme follows the system, can be switched, and the choice is remembered', async () => {
  const dark = await newPage(browser, { colorScheme: 'dark' });
  await open(dark);
  const darkBg = await bg(dark);
  const light = await newPage(browser, { colorScheme: 'light' });
  await open(light);
  const lightBg = await bg(light);
  assert.notEqual(darkBg, lightBg);
  await dark.getByTestId('theme').selectOption('light');
  await until(() => bg(dark), lightBg, { what: 'background' });
  assert.equal(await dark.evaluate(() => document.documentElement.dataset.theme), 'light');
  await dark.reload();
  await dark.getByTestId('result-count').waitFor();
  assert.equal(await bg(dark), lightBg);
  await dark.getByTestId('theme').selectOption('auto');
  await until(() => bg(dark), darkBg, { what: 'background' });
});

for (const width of [360, 390, 1600]) {
  test(`at ${width} px wide nothing overflows sideways, on the list and on an article`, async () => {
    const page = await newPage(browser, { viewport: { width, height: 800 } });
    for (const path of ['/?q=device', '/papers/2023-12-14-early-use-of-mechanical-support-shows-benefit-for-patients-with-ami-complicated-by-cardiogenic-shock']) {
      await open(page, path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.equal(overflow, 0, `${path} overflows by ${overflow} px`);
    }
  });
}

test('on a phone the filters open from a button', async () => {
  const page = await newPage(browser, { viewport: { width: 390, height: 800 } });
  await open(page);
  const facets = page.locator('#facets');
  assert.equal(await facets.isVisible(), false);
  const toggle = page.getByTestId('filters-toggle');
  await toggle.click();
  assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
  assert.equal(await facets.isVisible(), true);
  await page.getByTestId('facet-tag').getByRole('checkbox').first().check();
  await untilText(toggle, 'Filters (1)');
});

/** The search box's accessible description, as Chromium computes it for
 *  assistive technologies. */
async function searchDescription(page) {
  const cdp = await page.context().newCDPSession(page);
  const { root } = await cdp.send('DOM.getDocument');
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: '#search' });
  const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false });
  return nodes[0].description?.value;
}

test('under the search box, a keyboard gets its keys and a touch screen the query syntax', async () => {
  const keyboard = await newPage(browser);
  await open(keyboard);
  assert.equal(await keyboard.getByTestId('search-help').innerText(), 'Press / to search, Escape to clear.');
  assert.equal(await searchDescription(keyboard), 'Press / to search, Escape to clear.');
  const touch = await newPage(browser, { viewport: { width: 390, height: 800 }, hasTouch: true, locale: 'fr-FR' });
  await open(touch);
  assert.equal(await touch.getByTestId('search-help').innerText(), 'Mots, « une phrase », -exclure, a OR b.');
  assert.equal(await searchDescription(touch), 'Mots, « une phrase », -exclure, a OR b.');
});

test('the keyboard reaches every control with a visible focus', async () => {
  const page = await newPage(browser);
  await open(page);
  const seen = [];
  for (let i = 0; i < 14; i++) {
    await page.keyboard.press('Tab');
    seen.push(await page.evaluate(() => {
      const el = document.activeElement;
      const style = getComputedStyle(el);
      return { tag: el.tagName, id: el.id, label: el.getAttribute('aria-label') ?? el.textContent.trim().slice(0, 20), outline: style.outlineStyle };
    }));
  }
  assert.equal(seen[0].label, 'Skip to content');
  assert.ok(seen.some((s) => s.id === 'search'), JSON.stringify(seen));
  assert.ok(seen.some((s) => /^\d{4}: /.test(s.label)), 'a timeline bar is reachable');
  for (const s of seen.slice(1)) assert.notEqual(s.outline, 'none', `no visible focus on ${JSON.stringify(s)}`);
});

test('screenshots of the list, the timeline and an article, desktop and phone, light and dark', async () => {
  for (const colorScheme of ['light', 'dark']) {
    for (const [name, viewport] of [['desktop', { width: 1280, height: 900 }], ['phone', { width: 390, height: 844 }]]) {
      const page = await newPage(browser, { colorScheme, viewport });
      await open(page, '/?year=2025');
      await page.screenshot({ path: `${SCREENSHOTS}list-${name}-${colorScheme}.png` });
      await page.getByTestId('timeline').screenshot({ path: `${SCREENSHOTS}timeline-${name}-${colorScheme}.png` });
      await open(page, '/papers/2024-12-13-impella-heart-pump-approved-for-use-in-paediatric-patients?year=2024');
      await page.screenshot({ path: `${SCREENSHOTS}article-${name}-${colorScheme}.png`, fullPage: true });
      assert.deepEqual(page.errors, []);
    }
  }
});
