import { launch } from './browser.mjs';
const browser = await launch();
const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
const page = await context.newPage();
await page.goto('http://127.0.0.1:8096/');
await page.getByTestId('hit').first().waitFor({ timeout: 60000 });
await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
const input = page.getByTestId('search-input');
await input.focus();
for (const ch of 'heart valve patients') { await page.keyboard.type(ch); await page.waitForTimeout(100); }
const buf = await browser.stopTracing();
const events = JSON.parse(buf.toString()).traceEvents;
const sum = new Map();
for (const e of events) if (e.ph === 'X' && e.dur) sum.set(e.name, (sum.get(e.name) || 0) + e.dur);
for (const [k, v] of [...sum.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log((v / 1000).toFixed(1).padStart(8), 'ms', k);
await browser.close();
