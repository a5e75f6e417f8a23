import { launch } from './browser.mjs';
const browser = await launch();
const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
const page = await context.newPage();
await page.goto('http://127.0.0.1:8096/');
await page.getByTestId('hit').first().waitFor({ timeout: 60000 });
const cdp = await context.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
await cdp.send('Profiler.start');
const input = page.getByTestId('search-input');
await input.focus();
for (const ch of 'heart valve') { await page.keyboard.type(ch); await page.waitForTimeout(100); }
const { profile } = await cdp.send('Profiler.stop');
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map(); for (const n of profile.nodes) for (const c of n.children || []) parent.set(c, n.id);
const incl = new Map();
profile.samples.forEach((id, i) => {
  const seen = new Set(); let cur = id;
  while (cur !== undefined) { const n = byId.get(cur); const k = (n.callFrame.functionName || '(anon)').replace(/::h[0-9a-f]{16}/, ''); if (!seen.has(k)) { seen.add(k); incl.set(k, (incl.get(k) || 0) + profile.timeDeltas[i]); } cur = parent.get(cur); }
});
for (const [k, v] of [...incl.entries()].sort((a, b) => b[1] - a[1]).slice(0, 60)) console.log((v / 1000).toFixed(1).padStart(8), k.slice(0, 150));
await browser.close();
