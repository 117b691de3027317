// Takes the screenshots shown in README.md and docs/page.md: the page with
// its own sample article (never a real article), in light and dark mode, at
// 1000 px and at phone width. Needs www/pkg (`make wasm`). Usage: node
// scripts/screenshots.mjs. (layers-deuteranopia.png is tests/output/'s, from
// `node --test tests/e2e/layers.test.mjs`.)
import path from 'node:path';
import { ROOT, serve, launch } from '../tests/e2e/helpers.mjs';

const OUT = path.join(ROOT, 'docs/screenshots');
const SHOTS = [
  { name: 'light.png', viewport: { width: 1280, height: 900 }, colorScheme: 'light' },
  { name: 'dark.png', viewport: { width: 1280, height: 900 }, colorScheme: 'dark' },
  { name: 'medium.png', viewport: { width: 1000, height: 800 }, colorScheme: 'light' },
  // A phone: touch, so the coarse-pointer rules (44 px targets, no key hint) apply.
  { name: 'narrow.png', viewport: { width: 375, height: 812 }, colorScheme: 'light', isMobile: true, hasTouch: true },
];

const server = await serve(path.join(ROOT, 'www'));
const browser = await launch();
try {
  for (const shot of SHOTS) {
    const { name, ...options } = shot;
    const context = await browser.newContext(options);
    const page = await context.newPage();
    await page.goto(server.url);
    await page.getByRole('button', { name: 'Sample article' }).click();
    await page.locator('#view-body .al-quote').first().waitFor();
    await page.waitForFunction(() => /all shown/.test(document.getElementById('status').textContent));
    await page.waitForTimeout(300); // let the panels settle
    await page.screenshot({ path: path.join(OUT, name) });
    console.log(`wrote docs/screenshots/${name}`);
    await context.close();
  }
} finally {
  await browser.close();
  await server.stop();
}
