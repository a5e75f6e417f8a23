// Hostile content through the whole path: the articles of
// e2e/hostile/payloads.mjs (the Big List of Naughty Strings and our XSS
// set, in every field and in the body), built and published by
// scripts/test.sh, opened in Chromium (the policy bypassed, so that what
// is tested is the sanitizing, not the CSP): the home page, a search, a tag,
// every article's page (its prerendered copy, then the app's view), and
// every feed. `alert`, `confirm`, `prompt` and `__veilleCanary` (which
// every payload calls) are hooked: 0 calls. No element may carry an event
// handler attribute, a `srcdoc`, or a `javascript:`/`data:` URL; every feed
// and the sitemap parse as XML (Chromium's DOMParser).
//
// A sample by default; VEILLE_HOSTILE=all when scripts/test.sh publishes
// gives the whole set (README, "Tests"). Needs HOSTILE_SITE_DIR and nginx;
// skipped without them.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { startNginx } from './nginx.mjs';
import { launch, siteContext } from './browser.mjs';

const DIR = process.env.HOSTILE_SITE_DIR;
const skip = (!DIR && 'HOSTILE_SITE_DIR not set: scripts/test.sh publishes the hostile articles')
  || (!existsSync(process.env.NGINX ?? '/usr/sbin/nginx') && 'no nginx: scripts/test.sh installs it (ensure_nginx)');

let server;
let browser;
let context;
let articles;

before(async () => {
  if (skip) return;
  server = await startNginx(DIR);
  browser = await launch();
  context = await siteContext(browser, server.origin, { bypassCSP: true });
  await context.addInitScript(() => {
    window.executions = [];
    const hook = (name) => (...args) => { window.executions.push(`${name}(${args.join(', ')}) at ${location.href}`); };
    for (const name of ['alert', 'confirm', 'prompt', '__veilleCanary']) window[name] = hook(name);
  });
  articles = JSON.parse(readFileSync(join(DIR, 'data/bundle.json'), 'utf8')).articles;
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

/** Every file under `dir`, relative to it. */
function walk(dir, root = dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path, root) : [relative(root, path)];
  });
}

/** What on the page could run a script: handlers, srcdoc, bad URLs. */
function dangers() {
  const found = [];
  const bad = /^(javascript|vbscript|data):/i;
  for (const el of document.querySelectorAll('*')) {
    for (const attr of el.attributes) {
      const name = attr.name.toLowerCase();
      // As a browser's URL parser reads it: controls and spaces around it
      // dropped, tabs and line ends anywhere; a space inside stays.
      const value = attr.value.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
      if (name.startsWith('on')) found.push(`${el.tagName} ${name}`);
      if (name === 'srcdoc') found.push(`${el.tagName} srcdoc`);
      if (['href', 'src', 'action', 'formaction', 'data', 'xlink:href', 'poster', 'background'].includes(name) && bad.test(value)) {
        found.push(`${el.tagName} ${name}=${attr.value.slice(0, 40)}`);
      }
    }
    if (['IFRAME', 'OBJECT', 'EMBED', 'BASE'].includes(el.tagName)) found.push(el.tagName);
    if (el.tagName === 'SCRIPT' && !(el.src && el.src.startsWith(location.origin))) found.push('inline SCRIPT');
  }
  return found;
}

/** Opens `path`, waits for `ready`, and checks nothing ran or could run. */
async function visit(page, path, ready) {
  await page.goto(`${server.origin}${path}`);
  await ready(page);
  const { executions, found } = await page.evaluate((dangersSource) => ({
    executions: window.executions,
    // eslint-disable-next-line no-new-func
    found: new Function(`return (${dangersSource})()`)(),
  }), dangers.toString());
  assert.deepEqual(executions, [], path);
  assert.deepEqual(found, [], path);
}

const appReady = async (page) => {
  await page.locator('#veille-prerender').waitFor({ state: 'detached' });
};

test('the canary hears a payload that runs', { skip }, async () => {
  const page = await context.newPage();
  await page.goto(`${server.origin}/robots.txt`);
  await page.setContent('<img src=x onerror="__veilleCanary()"><script>alert(1)</script>');
  await page.waitForFunction(() => window.executions.length === 2);
  await page.close();
});

test('the list, a search and a tag of hostile articles run nothing', { skip }, async () => {
  const page = await context.newPage();
  await visit(page, '/', async (p) => { await appReady(p); await p.getByTestId('hit-link').first().waitFor(); });
  await visit(page, '/?q=script', async (p) => { await p.getByTestId('hit-link').first().waitFor(); });
  const tagged = articles.find((a) => a.tags.length > 1);
  await visit(page, `/?tag=${encodeURIComponent(tagged.tags[0])}`, async (p) => { await p.getByTestId('hit-link').first().waitFor(); });
  await page.close();
});

test('every hostile article\'s page runs nothing, prerendered or drawn by the app', { skip }, async () => {
  const page = await context.newPage();
  for (const a of articles) {
    await visit(page, `${a.permalink}/`, async (p) => { await appReady(p); await p.getByTestId('article').waitFor(); });
  }
  await page.close();
});

test('every feed and the sitemap are valid XML, and opening the feeds runs nothing', { skip }, async () => {
  const page = await context.newPage();
  await page.goto(`${server.origin}/`);
  const xml = walk(DIR).filter((f) => f.endsWith('.xml'));
  assert.ok(xml.length > 2);
  for (const file of xml) {
    const error = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      return doc.querySelector('parsererror')?.textContent ?? null;
    }, readFileSync(join(DIR, file), 'utf8'));
    assert.equal(error, null, file);
  }
  for (const file of xml.filter((f) => f.startsWith('feeds/')).slice(0, 20)) {
    await page.goto(`${server.origin}/${file}`);
    assert.deepEqual(await page.evaluate(() => window.executions), [], file);
  }
  await page.close();
});
