// Topics and synonyms on the e2e bundle: the builder derives "pulmonary
// embolism (PE)" and "drug-coated balloon (DCB)" from the invented articles
// of e2e/fixtures/corpus/papers/2015-* (three each; one of each never
// writes the other form), and takes "transcatheter aortic valve
// implantation (TAVI)" with its alias TAVR from the publisher's taxonomy,
// e2e/fixtures/corpus/topics.yaml (the generated articles write "TAVR" in
// about a quarter of them, too common for the miner alone to keep). A
// search for one form finds the other's articles; a topic chosen in the
// Topics facet is in the URL and survives a reload, Back and a shared link.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, newPage } from './browser.mjs';
import { open, here, untilHere, untilText, until, hitTitles, resultCount } from './helpers.mjs';

const CATHETER = 'Catheter therapy for pulmonary embolism gains ground';
const THIGH = 'DCB or stent for long lesions of the thigh artery';
const TAVI = 'TAVI becomes the first choice for older patients with a narrow valve';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('a search for an acronym finds the articles that only spell it out, marked, and the reverse', async () => {
  const page = await newPage(browser);
  await open(page, '/?q=PE+');
  await until(() => hitTitles(page), (t) => t.includes(CATHETER), { what: 'PE titles' });
  const card = page.getByTestId('hit').filter({ hasText: CATHETER });
  assert.deepEqual(await card.getByTestId('hit-link').locator('mark').allTextContents(), ['pulmonary', 'embolism']);
  await open(page, '/?q=drug+coated+balloon+');
  await until(() => hitTitles(page), (t) => t.includes(THIGH), { what: 'drug coated balloon titles' });
  assert.deepEqual(
    await page.getByTestId('hit').filter({ hasText: THIGH }).getByTestId('hit-link').locator('mark').allTextContents(),
    ['DCB']);
});

test('a search for TAVR finds the article that only says TAVI, marked, ranked below the articles that say TAVR', async () => {
  const page = await newPage(browser);
  // 2015 holds the one TAVI article and no generated article that says TAVR.
  await open(page, '/?q=TAVR+&year=2015');
  await until(() => hitTitles(page), (t) => t.includes(TAVI), { what: 'TAVR titles in 2015' });
  const card = page.getByTestId('hit').filter({ hasText: TAVI });
  assert.deepEqual(await card.getByTestId('hit-link').locator('mark').allTextContents(), ['TAVI']);
  await open(page, '/?q=TAVR+');
  await until(() => resultCount(page), (n) => n > 100, { what: 'TAVR results' });
  const titles = await until(() => hitTitles(page), (t) => t.length === 20, { what: 'the first page of TAVR titles' });
  assert.ok(!titles.slice(0, 10).includes(TAVI), 'the articles that say TAVR come first');
});

test('a topic chosen in the Topics facet survives a reload, Back and a shared link', async () => {
  const page = await newPage(browser);
  await open(page);
  const topics = page.getByTestId('facet-topic');
  await topics.getByRole('searchbox').fill('embolism');
  await topics.getByRole('checkbox', { name: /^pulmonary embolism \(PE\)/ }).check();
  await untilHere(page, '/?topic=pe');
  await untilText(page.getByTestId('result-count'), '3 results');
  assert.deepEqual(await page.getByTestId('active-filters').getByRole('button').allTextContents(),
    ['pulmonary embolism (PE) ×', 'Clear all']);

  await page.reload();
  await untilText(page.getByTestId('result-count'), '3 results');
  assert.equal(await page.getByTestId('facet-topic').getByRole('checkbox', { name: /^pulmonary embolism \(PE\)/ }).isChecked(), true);

  await page.goBack();
  await untilHere(page, '/');
  await untilText(page.getByTestId('result-count'), '777 results');

  const shared = await newPage(browser);
  await open(shared, '/?topic=pe');
  await untilText(shared.getByTestId('result-count'), '3 results');
  assert.equal(await shared.getByTestId('facet-topic').getByRole('checkbox', { name: /^pulmonary embolism \(PE\)/ }).isChecked(), true);
  assert.ok((await hitTitles(shared)).includes(CATHETER));
});

test('a topic pill on a card and on an article page leads to the list of that topic', async () => {
  const page = await newPage(browser);
  await open(page, '/?q=thigh+artery');
  const card = page.getByTestId('hit').filter({ hasText: THIGH });
  await card.getByTestId('hit-topics').getByRole('link', { name: 'drug-coated balloon (DCB)' }).click();
  await untilHere(page, '/?q=thigh+artery&topic=dcb');
  await untilText(page.getByTestId('result-count'), '1 result');

  await open(page, '/papers/2015-11-30-dcb-or-stent-for-long-thigh-lesions');
  await page.getByTestId('article-topics').getByRole('link', { name: 'drug-coated balloon (DCB)' }).click();
  await untilHere(page, '/?topic=dcb');
  await untilText(page.getByTestId('result-count'), '3 results');
});

test('a French reader sees the French label the publisher gave a topic, in the facet, on its chip and on the pills', async () => {
  const FR = 'implantation valvulaire aortique percutanée (TAVI)';
  const page = await newPage(browser, { locale: 'fr-FR' });
  await open(page, '/?q=TAVR+&year=2015');
  await until(() => hitTitles(page), (t) => t.includes(TAVI), { what: 'TAVR titles in 2015' });
  const card = page.getByTestId('hit').filter({ hasText: TAVI });
  await card.getByTestId('hit-topics').getByRole('link', { name: FR }).waitFor();
  const topics = page.getByTestId('facet-topic');
  await topics.getByRole('checkbox', { name: new RegExp(`^${FR.replace(/[()]/g, '\\$&')}`) }).check();
  await until(() => here(page), (url) => url.includes('topic=tavi'), { what: 'URL' });
  await until(() => page.getByTestId('active-filters').getByRole('button').allTextContents(),
    (chips) => chips.includes(`${FR} ×`), { what: 'the topic chip' });
  // The same topic, in English: its label.
  await page.getByTestId('lang-en').click();
  await card.getByTestId('hit-topics').getByRole('link', { name: 'transcatheter aortic valve implantation (TAVI)' }).waitFor();
});
