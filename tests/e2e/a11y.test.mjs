// Accessibility of the real page (dist/): axe-core's checks in both themes, focus that shows,
// motion that stops when asked, and a print of the open article alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { SHOTS, appUnderTest, axeViolations } from './harness.mjs';

const REUTERS = '000_df0dd7ac4370f8c6';
const PRESS_TV = '003_c854b23d348dd51a';

const app = appUnderTest();

/** The search view's three states and every other view, each ready to check. */
const VIEWS = [
  { name: 'with an empty query', hash: '', ready: '.result' },
  { name: 'with a query and its results', hash: '#q=kerry', ready: '.result mark' },
  { name: 'with an article open', hash: `#q=kerry&a=${REUTERS}`, ready: 'article.reader .body mark' },
  { name: 'in the people view with a speaker chosen', hash: '#view=people&person=John%20Kerry', ready: '.quote-list li' },
  {
    name: 'in the collection view with its charts, their numbers opened, and lines in context',
    hash: '#view=collection&q=nato',
    ready: 'table.kwic mark',
    // The charts' tables are closed at first, and axe checks only what is rendered.
    prepare: (page) => page.evaluate(() => document.querySelectorAll('details.chart-table').forEach((d) => { d.open = true; })),
  },
  { name: 'in the compare view', hash: `#view=compare&a=${REUTERS}&b=${PRESS_TV}`, ready: '.compared-text mark' },
];

for (const colorScheme of ['light', 'dark']) {
  for (const view of VIEWS) {
    test(`axe finds no violations in the ${colorScheme} theme ${view.name}`, async () => {
      const { page, problems, context } = await app.open(view.hash, { colorScheme, viewport: { width: 1280, height: 900 } });
      await page.locator(view.ready).first().waitFor();
      await view.prepare?.(page);
      assert.deepEqual(await axeViolations(page), []);
      assert.deepEqual(problems, []);
      await context.close();
    });
  }
}

test('axe finds no violations on a phone with an article open, nor in the shortcuts dialog', async () => {
  const { page, problems, context } = await app.open(`#q=kerry&a=${REUTERS}`, { viewport: { width: 390, height: 844 }, isMobile: true });
  await page.locator('article.reader .body mark').first().waitFor();
  assert.deepEqual(await axeViolations(page), []);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.keyboard.press('?');
  await page.locator('.shortcuts-help[open]').waitFor();
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('every control the Tab key reaches shows an outline while focused, in both themes', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const { page, problems, context } = await app.open(`#q=kerry&a=${REUTERS}`, { colorScheme, viewport: { width: 1280, height: 900 } });
    await page.locator('article.reader').waitFor();
    const unmarked = [];
    const seen = new Set();
    for (let i = 0; i < 40; i += 1) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const el = document.activeElement;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        // The file input is hidden inside its label, which draws the ring (:focus-within).
        const ringed = el.type === 'file' ? getComputedStyle(el.closest('label')) : style;
        return {
          what: `${el.tagName.toLowerCase()}.${el.className} ${(el.textContent || el.value || '').trim().slice(0, 30)}`,
          outline: ringed.outlineStyle !== 'none' && parseFloat(ringed.outlineWidth) >= 2,
        };
      });
      if (!focused || seen.has(focused.what)) continue;
      seen.add(focused.what);
      if (!focused.outline) unmarked.push(focused.what);
    }
    assert.ok(seen.size >= 10, `only ${seen.size} controls were reached`);
    assert.deepEqual(unmarked, [], `${colorScheme}: focused without a visible outline`);
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test('asking for reduced motion turns smooth scrolling and the header\'s slide off', async () => {
  for (const [reducedMotion, scroll, slide] of [['no-preference', 'smooth', '0.2s'], ['reduce', 'auto', '0s']]) {
    const { page, context } = await app.open('#q=kerry', { reducedMotion, viewport: { width: 390, height: 844 } });
    const shown = await page.evaluate(() => [
      getComputedStyle(document.documentElement).scrollBehavior,
      getComputedStyle(document.querySelector('.masthead')).transitionDuration,
    ]);
    assert.deepEqual(shown, [scroll, slide], reducedMotion);
    await context.close();
  }
});

test('printing shows the open article alone, dark on white', async () => {
  const { page, problems, context } = await app.open(`#q=kerry&a=${REUTERS}`, { viewport: { width: 1280, height: 900 }, colorScheme: 'dark' });
  await page.locator('article.reader').waitFor();
  await page.emulateMedia({ media: 'print' });
  const shown = await page.evaluate(() => {
    const visible = (selector) => [...document.querySelectorAll(selector)].some((el) => el.getClientRects().length > 0);
    return {
      hidden: ['.masthead', '.results-pane', '.facets', '.result', 'button', '.related', '.reader .close'].filter(visible),
      article: visible('#reader-headline') && visible('.reader .body p'),
      colours: [getComputedStyle(document.body).backgroundColor, getComputedStyle(document.querySelector('.reader .body p')).color],
      // Names print as plain words: the underlines that tell their kinds apart are for the screen.
      underlinedNames: [...document.querySelectorAll('.reader .body .entity')].filter((a) => getComputedStyle(a).borderBottomStyle !== 'none').length,
    };
  });
  assert.deepEqual(shown, { hidden: [], article: true, colours: ['rgb(255, 255, 255)', 'rgb(0, 0, 0)'], underlinedNames: 0 });
  await page.screenshot({ path: join(SHOTS, 'print.png'), fullPage: true });
  assert.deepEqual(problems, []);
  await context.close();
});
