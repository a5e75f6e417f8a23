// Where the reader is: Back (the browser's, and the article page's "Back to
// results") returns to the card left, with focus on its link, on a desktop
// and on a phone; and a phone's first screen shows results, not chrome.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, newPage } from './browser.mjs';
import { open, until, untilHere } from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const VIEWPORTS = [['desktop', { width: 1280, height: 900 }], ['phone', { width: 360, height: 780 }]];
const LIST = '/?q=drf+OR+heart+OR+patients';

/** Opens the 12th card of LIST, scrolled into view, and returns its title. */
async function openTwelfth(page) {
  await open(page, LIST);
  await until(() => page.getByTestId('hit').count(), 20, { what: 'hits on the first page' });
  const link = page.getByTestId('hit-link').nth(11);
  await link.scrollIntoViewIfNeeded();
  const title = await link.textContent();
  await link.click();
  await page.getByTestId('article').waitFor();
  return title;
}

/** Whether the focused element is the link of the card titled `title`,
 *  and that card is inside the window. */
const focusedCardInView = (title) => (page) => page.evaluate((t) => {
  const a = document.activeElement;
  if (!a || a.getAttribute('data-testid') !== 'hit-link' || a.textContent !== t) return false;
  const r = a.getBoundingClientRect();
  return r.top >= 0 && r.bottom <= window.innerHeight;
}, title);

for (const [name, viewport] of VIEWPORTS) {
  test(`on a ${name}, the browser's Back returns to the 12th card, focused`, async () => {
    const page = await newPage(browser, { viewport });
    const title = await openTwelfth(page);
    await page.goBack();
    await untilHere(page, LIST);
    const check = focusedCardInView(title);
    await until(() => check(page), true, { what: 'the 12th card focused and in view' });
  });

  test(`on a ${name}, "Back to results" returns to the 12th card, focused`, async () => {
    const page = await newPage(browser, { viewport });
    const title = await openTwelfth(page);
    await page.getByTestId('back-link').click();
    await untilHere(page, LIST);
    const check = focusedCardInView(title);
    await until(() => check(page), true, { what: 'the 12th card focused and in view' });
  });
}

test('at 360 × 780 the first screen shows three results’ titles, and the timeline is there, compact until touched', async () => {
  const page = await newPage(browser, { viewport: { width: 360, height: 780 }, hasTouch: true });
  await open(page, '/');
  await until(() => page.getByTestId('hit').count(), 20, { what: 'hits' });
  const bottoms = await page.getByTestId('hit-link').evaluateAll((links) => links.slice(0, 3).map((a) => a.getBoundingClientRect().bottom));
  for (const [i, bottom] of bottoms.entries()) assert.ok(bottom <= 780, `title ${i + 1} ends at ${bottom}`);
  const timeline = page.getByTestId('timeline');
  assert.ok(await timeline.isVisible());
  const compact = (await timeline.boundingBox()).height;
  await page.getByTestId('timeline-bar').first().focus();
  await until(async () => (await timeline.boundingBox()).height > compact, true, { what: 'the timeline grown when touched' });
});
