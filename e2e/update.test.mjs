// Publishing again while a reader has the site in their browser's cache:
// `veille site` publishes the in-repository content, nginx serves it with the
// README's configuration (deploy/nginx-veille.conf: hashed files immutable,
// everything else revalidated), a browser visits the home page and a search;
// one more article is published into the same folder; the same browser
// (same HTTP cache) visits again and sees the new article first on the home
// page, finds it by a search (the index), and opens its page.
//
// Needs VEILLE_BIN (the `veille` binary; scripts/test.sh sets it) and nginx;
// skipped without them.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { launch, siteContext, watchErrors } from './browser.mjs';
import { freePort, startNginx } from './nginx.mjs';

const VEILLE = process.env.VEILLE_BIN;
const skip = (!VEILLE && 'VEILLE_BIN not set: scripts/test.sh sets it')
  || (!existsSync(process.env.NGINX ?? '/usr/sbin/nginx') && 'no nginx: scripts/test.sh installs it (ensure_nginx)');
const CONTENT = new URL('../content', import.meta.url).pathname;
const TITLE = 'Zeppelinvalve registry opens to every centre';
const ARTICLE = `---
title: ${TITLE}
date: 2026-11-30
sourceUrl: https://example.com/zeppelinvalve-registry
tags: [Registry]
---
The zeppelinvalve registry now takes patients from every centre.
`;

let dir;
let port;
let server;
let browser;

function publish() {
  execFileSync(VEILLE, ['site', CONTENT, join(dir, 'extra'), '--out', join(dir, 'site'),
    '--base-url', `http://127.0.0.1:${port}`, '--quiet'], { stdio: ['ignore', 'ignore', 'inherit'] });
}

before(async () => {
  if (skip) return;
  dir = mkdtempSync(join(tmpdir(), 'veille-update-'));
  mkdirSync(join(dir, 'extra', 'papers'), { recursive: true });
  port = await freePort();
  publish();
  server = await startNginx(join(dir, 'site'), { port });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const firstHitTitle = async (page) => (await page.getByTestId('hit-link').first().textContent()).trim();

test('a returning reader sees an article published since their last visit', { skip }, async () => {
  const context = await siteContext(browser, server.origin);
  const page = watchErrors(await context.newPage());
  await page.goto(`${server.origin}/`);
  await page.getByTestId('hit').first().waitFor();
  assert.notEqual(await firstHitTitle(page), TITLE);
  await page.goto(`${server.origin}/?q=registry`);
  await page.getByTestId('result-count').waitFor();

  writeFileSync(join(dir, 'extra', 'papers', 'zeppelinvalve-registry.md'), ARTICLE);
  publish();

  await page.goto(`${server.origin}/`);
  await page.getByTestId('hit').first().waitFor();
  assert.equal(await firstHitTitle(page), TITLE, 'the new first view (head.json)');
  await page.goto(`${server.origin}/?q=zeppelinvalve`);
  await page.getByTestId('hit-link').filter({ hasText: TITLE }).waitFor();
  await page.getByTestId('hit-link').filter({ hasText: TITLE }).click();
  await page.getByTestId('article-title').filter({ hasText: TITLE }).waitFor();
  assert.deepEqual(page.errors, []);
  await context.close();
});

// GitHub Pages lets browsers keep every file for ten minutes without asking
// (Cache-Control: max-age=600). A reader who searched before a publication
// keeps the index's first part; a phrase after it asks for the rest, which
// is new: the app must not pair them, but ask for both again.
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css',
  '.json': 'application/json', '.svg': 'image/svg+xml', '.xml': 'application/xml', '.png': 'image/png' };

/** Serves `root` as GitHub Pages does: every answer cacheable for 600 s, 404.html for a missing path. */
async function startPagesLike(root) {
  const port = await freePort();
  const srv = createServer((req, res) => {
    let path = join(root, decodeURIComponent(new URL(req.url, 'http://x').pathname));
    if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
    const found = existsSync(path);
    const file = found ? path : join(root, '404.html');
    res.writeHead(found ? 200 : 404, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'max-age=600' });
    res.end(readFileSync(file));
  });
  await new Promise((resolve) => srv.listen(port, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${port}`, stop: () => new Promise((resolve) => srv.close(resolve)) };
}

test('on a host that lets browsers keep the data files, a phrase after a publication pairs no old index with the new rest', { skip }, async () => {
  const pages = await startPagesLike(join(dir, 'site'));
  try {
    // No request routing here: Playwright turns the HTTP cache off in a
    // context that routes requests, and this test is about that cache.
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (err) => errors.push(err.message));
    await page.goto(`${pages.origin}/?q=registry`);
    await page.getByTestId('result-count').waitFor();

    const title = 'Quillwing valve trial enrols its first patients';
    writeFileSync(join(dir, 'extra', 'papers', 'quillwing-valve.md'),
      `---\ntitle: ${title}\ndate: 2026-12-01\nsourceUrl: https://example.com/quillwing\n---\nThe quillwing valve trial has enrolled its first patients.\n`);
    publish();

    await page.goto(`${pages.origin}/?q=%22quillwing+valve%22`);
    await page.getByTestId('hit-link').filter({ hasText: title }).waitFor({ timeout: 10000 });
    assert.deepEqual(errors, []);
    await context.close();
  } finally {
    await pages.stop();
  }
});
