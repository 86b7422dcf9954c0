// The screenshots in docs/screenshots/: the search view with a query and an open article, wide and
// on a phone, light and dark. Run after `trunk build --release --offline` (it serves dist/).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, launch, openPage, serve } from '../tests/e2e/harness.mjs';

const OUT = join(ROOT, 'docs/screenshots');
const ARTICLE = '#q=kerry&a=000_df0dd7ac4370f8c6';
const SHOTS = [
  { name: 'wide', hash: ARTICLE, options: { viewport: { width: 1280, height: 800 } } },
  { name: 'phone-results', hash: '#q=kerry', options: { viewport: { width: 390, height: 844 }, isMobile: true, deviceScaleFactor: 2 } },
  { name: 'phone-article', hash: ARTICLE, options: { viewport: { width: 390, height: 844 }, isMobile: true, deviceScaleFactor: 2 } },
];

mkdirSync(OUT, { recursive: true });
const server = await serve();
const browser = await launch();
try {
  for (const colorScheme of ['light', 'dark']) {
    for (const shot of SHOTS) {
      const { page, context } = await openPage(browser, server.url, { ...shot.options, colorScheme, reducedMotion: 'reduce' });
      await page.goto(server.url + shot.hash);
      await page.evaluate(() => window.clippingsReady);
      await page.locator('.result mark').first().waitFor({ state: 'attached' });
      await page.screenshot({ path: join(OUT, `${shot.name}-${colorScheme}.png`) });
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
