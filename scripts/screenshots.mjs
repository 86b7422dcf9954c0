// Screenshots of every view (and the results alone, as a phone shows them before an article), wide and on a phone, light and dark, into docs/screenshots/ (the
// README shows them). Taken from a release build of the seeds, whose text is ours to show.
//
//   trunk build --release --offline && node scripts/screenshots.mjs [--dist dist]
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launch, serve } from '../tests/e2e/harness.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const REUTERS = '000_df0dd7ac4370f8c6';
const PRESS_TV = '003_c854b23d348dd51a';
const VIEWS = {
  results: '#q=kerry',
  search: `#q=nato&a=${REUTERS}`,
  people: '#view=people&person=John%20Kerry',
  collection: '#view=collection&q=nato',
  compare: `#view=compare&a=${REUTERS}&b=${PRESS_TV}`,
};
const SIZES = {
  wide: { viewport: { width: 1280, height: 860 } },
  phone: { viewport: { width: 390, height: 844 }, isMobile: true },
};

const distArg = process.argv.indexOf('--dist');
const dist = resolve(distArg > 0 ? process.argv[distArg + 1] : join(ROOT, 'dist'));
const out = join(ROOT, 'docs/screenshots');
mkdirSync(out, { recursive: true });
const server = await serve(dist);
const browser = await launch();
for (const [view, hash] of Object.entries(VIEWS)) {
  for (const [size, options] of Object.entries(SIZES)) {
    for (const scheme of ['light', 'dark']) {
      const page = await browser.newPage({ ...options, colorScheme: scheme, reducedMotion: 'reduce' });
      await page.goto(server.url + hash);
      await page.evaluate(() => window.clippingsReady);
      await page.waitForTimeout(300);
      await page.screenshot({ path: join(out, `${view}-${size}-${scheme}.png`) });
      await page.close();
    }
  }
}
await browser.close();
await server.close();
console.log(`${Object.keys(VIEWS).length * 4} screenshots in ${out}`);
