// Takes the screenshots shown in README.md and docs/page.md: the page with
// its own sample article (never a real article), in light and dark mode and at
// phone width. Needs www/pkg (`make wasm`). Usage: node scripts/screenshots.mjs
import path from 'node:path';
import { ROOT, serve, launch } from '../tests/e2e/helpers.mjs';

const OUT = path.join(ROOT, 'docs/screenshots');
const SHOTS = [
  { name: 'light.png', viewport: { width: 1280, height: 900 }, colorScheme: 'light' },
  { name: 'dark.png', viewport: { width: 1280, height: 900 }, colorScheme: 'dark' },
  { name: 'narrow.png', viewport: { width: 375, height: 812 }, colorScheme: 'light' },
];

const server = await serve(path.join(ROOT, 'www'));
const browser = await launch();
try {
  for (const shot of SHOTS) {
    const context = await browser.newContext({ viewport: shot.viewport, colorScheme: shot.colorScheme });
    const page = await context.newPage();
    await page.goto(server.url);
    await page.getByRole('button', { name: 'Sample article' }).click();
    await page.locator('#view-body .al-quote').first().waitFor();
    await page.waitForTimeout(300); // let the last slice and the panels settle
    await page.screenshot({ path: path.join(OUT, shot.name) });
    console.log(`wrote docs/screenshots/${shot.name}`);
    await context.close();
  }
} finally {
  await browser.close();
  await server.stop();
}
