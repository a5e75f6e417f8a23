import { launch } from './browser.mjs';
const browser = await launch();
const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
const page = await context.newPage();
await page.goto('http://127.0.0.1:8096/');
await page.getByTestId('hit').first().waitFor({ timeout: 60000 }); page.on('console', (m) => console.log('  ', m.text()));
await page.evaluate(() => {
  window.__m = { added: 0, removed: 0, attrs: 0, text: 0, byParent: {} };
  new MutationObserver((list) => { for (const r of list) { if (r.type === 'childList') { window.__m.added += r.addedNodes.length; window.__m.removed += r.removedNodes.length; const k = (r.target.className || r.target.tagName || '?').toString().slice(0, 30); window.__m.byParent[k] = (window.__m.byParent[k] || 0) + r.addedNodes.length; } else if (r.type === 'attributes') window.__m.attrs++; else window.__m.text++; } })
    .observe(document.body, { childList: true, subtree: true, attributes: true, characterData: true });
});
const input = page.getByTestId('search-input');
await input.focus();
const times = [];
for (const ch of 'heart') {
  const t = await page.evaluate(() => performance.now());
  await page.keyboard.type(ch);
  times.push(await page.evaluate((t0) => performance.now() - t0, t));
  await page.waitForTimeout(150);
}
console.log(times.map((x) => x.toFixed(1)).join(' '));
console.log(JSON.stringify(await page.evaluate(() => window.__m)));
await browser.close();
