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

/** A fresh browser (new, empty profile) for one test file. */
export async function launch() {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: ARGS,
  });
}

/** A new page that fails the test on any uncaught error or console error. */
export async function newPage(browser, { colorScheme = 'light', viewport, locale = 'en-US', permissions = [] } = {}) {
  const context = await browser.newContext({ colorScheme, locale, viewport: viewport ?? { width: 1280, height: 900 } });
  if (permissions.length) await context.grantPermissions(permissions, { origin: BASE_URL });
  // Article images live on the publishers' hosts, which this closed network
  // cannot reach: answer them with a placeholder so pages render as online.
  await context.route((url) => !url.href.startsWith(BASE_URL), (route) =>
    route.request().resourceType() === 'image'
      ? route.fulfill({ status: 200, contentType: 'image/svg+xml', body: PLACEHOLDER_SVG })
      : route.abort());
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (err) => page.errors.push(err.message));
  page.on('console', (msg) => { if (msg.type() === 'error') page.errors.push(msg.text()); });
  return page;
}
