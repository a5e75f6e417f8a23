// Launches Debian's headless Chromium for the end-to-end tests.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';

export const BASE_URL = process.env.BASE_URL ?? 'http://127.0.0.1:8791';
export const SCREENSHOTS = new URL('./screenshots/', import.meta.url).pathname;

// Flags that keep Chromium off the network, which is closed here.
const ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic',
  '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

const PLACEHOLDER_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="628"><rect width="100%" height="100%" fill="#9aa7b5"/></svg>';

/** A fresh browser (new, empty profile) for one test file, with `args`
 *  added to its command line. */
export async function launch({ args = [] } = {}) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: [...ARGS, ...args],
  });
}

/** A browser context for a site at `origin`. Article images live on the
 *  publishers' hosts, which this closed network cannot reach: they are
 *  answered with a placeholder (`image`, an SVG unless given) so pages render
 *  as online; any other request off the site is refused. */
export async function siteContext(browser, origin, { image = { contentType: 'image/svg+xml', body: PLACEHOLDER_SVG }, ...options } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  await context.route((url) => !url.href.startsWith(origin), (route) =>
    route.request().resourceType() === 'image'
      ? route.fulfill({ status: 200, ...image })
      : route.abort());
  return context;
}

/** Collects the page's uncaught errors, and its console errors and
 *  warnings, in `page.errors`. */
export function watchErrors(page) {
  page.errors = [];
  page.on('pageerror', (err) => page.errors.push(err.message));
  page.on('console', (msg) => { if (['error', 'warning'].includes(msg.type())) page.errors.push(`${msg.type()}: ${msg.text()}`); });
  return page;
}

/** A new page that fails the test on any uncaught error, console error or warning. */
export async function newPage(browser, { colorScheme = 'light', viewport, locale = 'en-US', permissions = [], hasTouch = false } = {}) {
  const context = await siteContext(browser, BASE_URL, { colorScheme, locale, hasTouch, ...(viewport ? { viewport } : {}) });
  if (permissions.length) await context.grantPermissions(permissions, { origin: BASE_URL });
  return watchErrors(await context.newPage());
}
