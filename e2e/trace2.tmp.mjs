import { launch } from './browser.mjs';
const browser = await launch();
const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
await context.route((url) => !url.href.startsWith('http://127.0.0.1'), (r) => r.request().resourceType() === 'image' ? r.fulfill({ status: 200, contentType: 'image/svg+xml', body: '<svg xmlns="http://www.w3.org/2000/svg"/>' }) : r.abort());
const page = await context.newPage();
await page.goto(process.env.URL || 'http://127.0.0.1:8097/');
await page.getByTestId('hit').first().waitFor({ timeout: 60000 });
await browser.startTracing(page, { categories: ['devtools.timeline', 'v8.execute', 'blink.user_timing'] });
const input = page.getByTestId('search-input');
await input.focus();
for (const ch of (process.env.TYPE || 'patie')) { await page.keyboard.type(ch); await page.waitForTimeout(400); }
const buf = await browser.stopTracing();
const ev = JSON.parse(buf.toString()).traceEvents.filter((e) => e.ph === 'X' && e.dur > +(process.env.MIN || 2000));
const t0 = Math.min(...ev.map((e) => e.ts));
for (const e of ev.sort((a, b) => a.ts - b.ts)) console.log(((e.ts - t0) / 1000).toFixed(1).padStart(8), (e.dur / 1000).toFixed(1).padStart(7), e.name, e.args?.data?.type ?? e.args?.data?.functionName ?? '', e.tid);
await browser.close();
