import { launch, newPage } from '/work/main/e2e/browser.mjs';
const base = process.env.BASE || 'http://127.0.0.1:8093';
const browser = await launch();
const page = await newPage(browser, { colorScheme: process.env.SCHEME || 'light', viewport: { width: +(process.env.W || 1280), height: 900 } });
const url = base + (process.argv[2] || '/');
await page.goto(url);
await page.waitForTimeout(+(process.env.WAIT || 1500));
if (process.env.ACT) { await eval(process.env.ACT); await page.waitForTimeout(500); }
await page.screenshot({ path: process.argv[3] || '/tmp/shot.png', fullPage: !!process.env.FULL });
console.log('errors:', JSON.stringify(page.errors));
console.log((await page.locator('body').innerText()).slice(0, 1500));
await browser.close();
