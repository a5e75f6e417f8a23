// What a reader sees in a card's snippet: prose, never a URL, a credit, a
// link or a label line, and never a word cut at either end. The seeds in
// content/ and the hand-written corpus have image credits, `L’essentiel`
// labels (as headings and in bold), `Lien source` links and bare URLs.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, newPage, BASE_URL } from './browser.mjs';
import { open } from './helpers.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const QUERIES = ['', 'heart', 'impella', 'registry', 'robot', 'surgical', 'arm', 'shock', 'valve', 'drf', 'pump', 'device'];
const URL_LIKE = /:\/\/|www\.|\bttps?:|\.(com|org|example|net|fr)\/|\S+-\S+\//i;
const LABELS = /^(L’essentiel|Lien source)\b|Crédit image|Photo :/;
const squash = (s) => s.replace(/\s+/g, ' ').trim();
const isWordChar = (c) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** Whether `snippet` cuts a word of the article's text (or summary) it was
 *  taken from, at its start or its end. */
function cutsAWord(snippet, sources) {
  const s = squash(snippet);
  for (const source of sources.map(squash)) {
    const at = source.indexOf(s);
    if (at < 0) continue;
    const starts = isWordChar(source[at - 1]) && isWordChar(s[0]);
    const ends = isWordChar(s[s.length - 1]) && isWordChar(source[at + s.length]);
    return starts || ends;
  }
  throw new Error(`snippet not found in its article: ${snippet}`);
}

test('no first-page snippet over many queries shows a URL, a credit or a label, or starts inside a word', async () => {
  const page = await newPage(browser);
  let seen = 0;
  for (const q of QUERIES) {
    await open(page, q ? `/?q=${encodeURIComponent(q)}` : '/');
    const hits = page.getByTestId('hit');
    for (let i = 0; i < await hits.count(); i += 1) {
      const s = await hits.nth(i).locator('.snippet').textContent();
      const href = new URL(await hits.nth(i).getByTestId('hit-link').getAttribute('href'), BASE_URL);
      const { body_text: body, summary = '' } = await (await fetch(`${BASE_URL}/data/articles${href.pathname}.json`)).json();
      seen += 1;
      assert.doesNotMatch(s, URL_LIKE, `[${q}] ${s}`);
      assert.doesNotMatch(s, LABELS, `[${q}] ${s}`);
      assert.equal(cutsAWord(s, [body, summary]), false, `[${q}] cuts a word: ${s}`);
    }
  }
  assert.ok(seen > 100, `only ${seen} snippets seen`);
});

test('the robot story’s snippet reads as its prose, without its credit, label or link lines', async () => {
  const page = await newPage(browser);
  await open(page, '/?q=company+lighter+arm');
  const hit = page.getByTestId('hit').filter({ hasText: 'Surgical robot maker' }).first();
  const snippet = (await hit.locator('.snippet').textContent()).trim();
  assert.ok(snippet.startsWith('The company will use the money'), snippet);
  assert.ok(snippet.endsWith('training centre for surgeons.'), snippet);
});

test('a story cross-posted by a sister publication is one card that says where else it ran, whose article shows both sources; the copy’s address shows it too', async () => {
  const page = await newPage(browser);
  await open(page, '/?q=%22surgical+robot+maker%22');
  const cards = page.getByTestId('hit').filter({ hasText: 'Surgical robot maker raises funds' });
  assert.equal(await cards.count(), 1);
  assert.equal(await cards.getByTestId('hit-also-on').textContent(), 'also on surgeryweekly.example');
  await cards.getByTestId('hit-link').click();
  await page.getByTestId('article').waitFor();
  assert.equal(await page.getByTestId('source-link').getAttribute('href'), 'https://cardioweekly.example/2025/06/surgical-robot-second-generation-arm');
  const also = page.getByTestId('also-on');
  assert.match(await also.textContent(), /also on surgeryweekly\.example/);
  assert.equal(await also.getByRole('link').getAttribute('href'), 'https://surgeryweekly.example/news/surgical-robot-second-generation-arm/');
  await open(page, '/papers/2025-06-20-surgical-robot-maker-raises-funds-for-a-second-generation-arm');
  assert.equal(await page.getByTestId('article-title').textContent(), 'Surgical robot maker raises funds for a second-generation arm');
  assert.equal(await page.getByTestId('also-on').count(), 1);
});
