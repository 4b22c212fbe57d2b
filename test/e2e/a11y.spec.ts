/**
 * Accessibility (issue 7, WCAG 2.2 AA):
 *  - axe-core finds no serious or critical violations in each mode (patient, student, educator), with each side
 *    panel tab opened in turn, in the standard and the high-contrast profile;
 *  - a keyboard-only user reaches every control by Tab from the top of the page, and with keys alone plays,
 *    pauses, scrubs, changes a treatment setting (the model re-runs), opens and closes the shortcuts dialog and
 *    moves the camera;
 *  - reduced motion from the link shows model time in steps, and the menu's choices apply and are remembered.
 * Software WebGL (SwiftShader) is slow: waits are generous.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, saveScreenshot, test } from './fixtures';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const MODES = ['patient', 'student', 'educator'] as const;

/** Opens the app and waits for the first frame of the model. */
async function openApp(page: Page, query: string): Promise<void> {
  await page.goto(`./?tier=low&${query}`);
  await page.waitForFunction(() => (window.healsim?.client.frames.received ?? 0) > 0, null, { timeout: 120_000 });
}

/** Serious and critical axe violations on the page as it is now, one readable block per rule. */
async function seriousViolations(page: Page, where: string): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${where}: [${v.impact}] ${v.id} — ${v.help} (${v.helpUrl})\n` +
        v.nodes
          .map((n) => `    ${n.target.join(' ')}\n      ${n.failureSummary?.replace(/\n/g, '\n      ')}`)
          .join('\n'),
    );
}

/** Moves focus back to the start of the document (as after loading the page). */
async function focusPageStart(page: Page): Promise<void> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
}

async function modelTimeH(page: Page): Promise<number> {
  return page.evaluate(() => window.healsim!.client.frames.latest!.timeH);
}

/**
 * The model time once the picture has stopped changing (paused; a frame requested before the pause may still
 * arrive), after the timeline's thumb — which keys step from — has caught up with it (its loop runs per animation
 * frame, and software WebGL makes those slow).
 */
async function settledTimeH(page: Page): Promise<number> {
  const twoAnimationFrames = () =>
    page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  let last = await modelTimeH(page);
  for (;;) {
    await page.waitForTimeout(1000);
    await twoAnimationFrames();
    const now = await modelTimeH(page);
    const inFlight = await page.evaluate(() => window.healsim!.client.frames.inFlight);
    if (now === last && !inFlight) break;
    last = now;
  }
  await twoAnimationFrames();
  return last;
}

/** Describes the focused element: role-ish and name-ish, for failure messages. */
async function focusedLabel(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return '(body)';
    const role = el.getAttribute('role') ?? el.tagName.toLowerCase();
    const name = el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 40) ?? '';
    return `${role} "${name}"`;
  });
}

/** Presses Tab until `matches` holds for the focused element (at most `limit` presses). */
async function tabTo(page: Page, matches: string, limit = 200): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, matches)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${matches} (ended on ${await focusedLabel(page)})`);
}

for (const contrast of ['normal', 'high'] as const) {
  for (const mode of MODES) {
    test(`axe: ${mode} mode, ${contrast} contrast, every panel tab — no serious or critical violations`, async ({
      page,
    }, testInfo) => {
      // One axe pass per tab (up to nine per test), each a few seconds on a loaded 2-core machine.
      test.setTimeout(420_000);
      await openApp(page, `mode=${mode}&contrast=${contrast}&t=30`);
      await expect(page.locator('html')).toHaveAttribute('data-contrast', contrast);
      const problems = await seriousViolations(page, `${mode}/${contrast}, first tab`);
      await saveScreenshot(page, testInfo, `a11y-${mode}-${contrast}`);
      const tabs = page.locator('.side-panel [role="tab"]');
      const count = await tabs.count();
      expect(count).toBeGreaterThan(1);
      for (let i = 1; i < count; i++) {
        const tab = tabs.nth(i);
        const name = (await tab.textContent()) ?? `#${i}`;
        await tab.click();
        await expect(tab).toHaveAttribute('aria-selected', 'true');
        // Panels that need the model show their content once the metrics feed has rows (about a second).
        await page.waitForTimeout(1500);
        problems.push(...(await seriousViolations(page, `${mode}/${contrast}, tab "${name}"`)));
      }
      // The header menu and the shortcuts dialog (in one mode per profile is enough; they do not change by mode).
      if (mode === 'student') {
        await page.getByRole('button', { name: 'Display & keyboard' }).click();
        await expect(page.getByRole('dialog', { name: 'Display and keyboard' })).toBeVisible();
        problems.push(...(await seriousViolations(page, `${mode}/${contrast}, display & keyboard menu`)));
        await saveScreenshot(page, testInfo, `a11y-menu-${contrast}`);
        await page.getByRole('button', { name: 'Keyboard shortcuts…' }).click();
        await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
        problems.push(...(await seriousViolations(page, `${mode}/${contrast}, shortcuts dialog`)));
        await saveScreenshot(page, testInfo, `a11y-shortcuts-${contrast}`);
      }
      expect(problems, problems.join('\n\n')).toEqual([]);
    });
  }
}

test('keyboard: Tab from the top reaches every interactive element on the page', async ({ page }) => {
  await openApp(page, 'mode=educator&play=0');
  // Every interactive element now present and perceivable, tagged so the walk can tick it off.
  const total = await page.evaluate(() => {
    const selector =
      'button, input, select, textarea, a[href], [role="slider"], [role="tab"], [role="radio"], [role="switch"], ' +
      '[role="checkbox"], [tabindex]:not([tabindex="-1"])';
    let n = 0;
    for (const el of document.querySelectorAll<HTMLElement>(selector)) {
      if ((el as HTMLButtonElement).disabled || el.closest('[inert], [aria-hidden="true"]')) continue;
      // Rendered and not inside a closed <details> (its content is there but skipped, as for a user).
      if (!el.checkVisibility({ visibilityProperty: true })) continue;
      el.dataset.probe = String(n++);
    }
    return n;
  });
  expect(total).toBeGreaterThan(20);
  const reached = new Set<string>();
  const seen: string[] = [];
  await focusPageStart(page);
  for (let i = 0; i < 400; i++) {
    await page.keyboard.press('Tab');
    const here = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      return { probe: el.dataset.probe ?? '' };
    });
    seen.push(await focusedLabel(page));
    if (here === null) break; // past the last element: focus left the page
    if (here.probe !== '' && reached.has(here.probe) && seen.length > 5) break; // wrapped around
    if (here.probe !== '') reached.add(here.probe);
  }
  // Elements only reachable by arrow keys by design: tabs other than the selected one (WAI-ARIA tabs pattern).
  const missed = await page.evaluate(
    (ids) => {
      const got = new Set(ids);
      const out: string[] = [];
      for (const el of document.querySelectorAll<HTMLElement>('[data-probe]')) {
        if (got.has(el.dataset.probe!)) continue;
        const tablist = el.getAttribute('role') === 'tab' ? el.closest('[role="tablist"]') : null;
        if (
          tablist &&
          [...tablist.querySelectorAll<HTMLElement>('[data-probe]')].some((t) => got.has(t.dataset.probe!))
        )
          continue;
        if (el instanceof HTMLInputElement && el.type === 'radio') {
          const group = document.querySelectorAll<HTMLElement>(`input[type="radio"][name="${CSS.escape(el.name)}"]`);
          if ([...group].some((r) => got.has(r.dataset.probe ?? ''))) continue;
        }
        const role = el.getAttribute('role') ?? el.tagName.toLowerCase();
        out.push(`${role} "${el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 50) ?? ''}"`);
      }
      return out;
    },
    [...reached],
  );
  expect(missed, `not reached by Tab (focus order: ${seen.join(' → ')})`).toEqual([]);
});

test('keyboard only: play, pause, scrub, change a setting, shortcuts dialog, camera', async ({ page }) => {
  await openApp(page, 'mode=student&play=0&t=6');
  await page.evaluate(async () => {
    const h = window.healsim!;
    await h.frameAt(Math.floor(6 / h.client.info.dtH + 1e-9));
  });
  await focusPageStart(page);

  // Play and pause with the timeline's button (Tab to it, Enter / Space).
  await tabTo(page, '.tl-play');
  const before = await modelTimeH(page);
  await page.keyboard.press('Enter');
  await expect(page.locator('.tl-play')).toHaveText(/Pause/);
  await expect.poll(() => modelTimeH(page), { timeout: 60_000 }).toBeGreaterThan(before);
  await page.keyboard.press('Space');
  await expect(page.locator('.tl-play')).toHaveText(/Play/);

  // Scrub: T focuses the time slider; Page Up is a day later, Home the start.
  await page.keyboard.press('t');
  await expect(page.getByRole('slider', { name: 'Model time' })).toBeFocused();
  const paused = await settledTimeH(page);
  await page.keyboard.press('PageUp');
  await expect.poll(() => modelTimeH(page), { timeout: 90_000 }).toBeGreaterThanOrEqual(paused + 23.9);
  await page.keyboard.press('Home');
  await expect.poll(() => modelTimeH(page), { timeout: 90_000 }).toBeLessThan(0.5);
  await settledTimeH(page);
  // L: a day forward from anywhere (here: the slider still has focus; the key is the page's).
  await page.keyboard.press('l');
  await expect.poll(() => modelTimeH(page), { timeout: 90_000 }).toBeGreaterThanOrEqual(23.9);

  // The global K plays and pauses from outside the timeline too (focus in the side panel's tabs).
  await page.keyboard.press('p');
  await expect(page.getByRole('tab', { name: 'Treatment' })).toBeFocused();
  await page.keyboard.press('k');
  await expect(page.locator('.tl-play')).toHaveText(/Pause/);
  await page.keyboard.press('k');
  await expect(page.locator('.tl-play')).toHaveText(/Play/);

  // Change a parameter with keys only: the Treatment tab, then Tab to the needle length slider, arrow up.
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'Patient' })).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByRole('tab', { name: 'Treatment' })).toHaveAttribute('aria-selected', 'true');
  const oldLength = await page.evaluate(() => window.healsim!.client.info.params.needle_length_mm);
  await tabTo(page, 'input[type="range"][aria-labelledby]');
  const rangeName = await focusedLabel(page);
  await page.keyboard.press('ArrowRight');
  await expect
    .poll(() => page.evaluate(() => window.healsim?.client.info.params.needle_length_mm), {
      timeout: 60_000,
      message: `the model re-runs after ArrowRight on ${rangeName}`,
    })
    .not.toBe(oldLength);
  await page.waitForFunction(() => (window.healsim?.client.frames.received ?? 0) > 0, null, { timeout: 120_000 });

  // '?' opens the shortcuts dialog, Escape closes it and focus comes back.
  await focusPageStart(page);
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('table').first()).toContainText('Play or pause model time');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  // V focuses the 3D view; arrows turn the camera, 1–4 choose a view, 0 resets.
  await page.keyboard.press('v');
  await expect(page.locator('.stage canvas').first()).toBeFocused();
  const camera = await page.evaluate(() => window.healsim!.cameraPosition());
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect
    .poll(() => page.evaluate(() => window.healsim!.cameraPosition()), { timeout: 30_000 })
    .not.toEqual(camera);
  await page.keyboard.press('2');
  await page.keyboard.press('0');
});

test('display & keyboard menu: contrast, reduced motion and single-key shortcuts by keyboard, remembered', async ({
  page,
}) => {
  await openApp(page, 'mode=student&play=0');
  await expect(page.locator('html')).toHaveAttribute('data-contrast', 'normal');
  await page.getByRole('button', { name: 'Display & keyboard' }).focus();
  await page.keyboard.press('Enter');
  const menu = page.getByRole('dialog', { name: 'Display and keyboard' });
  await expect(menu).toBeVisible();
  // Focus starts on the checked reduced-motion radio ("Auto"); arrows move within the group.
  await expect(menu.getByRole('radio', { name: 'Auto (device)' }).first()).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(menu.getByRole('radio', { name: 'On' })).toBeChecked();
  await expect(page.locator('html')).toHaveAttribute('data-motion', 'reduce');
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(menu.getByRole('radio', { name: 'High' })).toBeChecked();
  await expect(page.locator('html')).toHaveAttribute('data-contrast', 'high');
  await page.keyboard.press('Tab');
  await expect(menu.getByRole('checkbox', { name: 'Single-key shortcuts' })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(menu.getByRole('checkbox', { name: 'Single-key shortcuts' })).not.toBeChecked();
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(page.getByRole('button', { name: 'Display & keyboard' })).toBeFocused();

  // Single-key shortcuts off: '?' and K do nothing.
  await focusPageStart(page);
  await page.keyboard.press('?');
  await page.keyboard.press('k');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeHidden();
  await expect(page.locator('.tl-play')).toHaveText(/Play/);

  // Remembered on this device: a reload opens with the same choices.
  await page.reload();
  await page.waitForFunction(() => (window.healsim?.client.frames.received ?? 0) > 0, null, { timeout: 120_000 });
  await expect(page.locator('html')).toHaveAttribute('data-contrast', 'high');
  await expect(page.locator('html')).toHaveAttribute('data-motion', 'reduce');
});

test('reduced motion from the link: model time shows in steps at least a second apart while playing', async ({
  page,
}) => {
  await openApp(page, 'mode=student&reducedMotion=on&play=1');
  await expect(page.locator('html')).toHaveAttribute('data-motion', 'reduce');
  // When the scene asks the worker for frames (FramePump → frames.pull): recorded for a few requests.
  const gapsMs = await page.evaluate(async () => {
    const frames = window.healsim!.client.frames;
    const pull = frames.pull.bind(frames);
    const times: number[] = [];
    frames.pull = () => {
      const request = pull();
      if (request !== null) times.push(performance.now());
      return request;
    };
    const deadline = performance.now() + 60_000;
    while (times.length < 4 && performance.now() < deadline) await new Promise((r) => setTimeout(r, 250));
    return times.slice(1).map((t, i) => t - times[i]!);
  });
  expect(gapsMs.length).toBeGreaterThanOrEqual(3);
  for (const gap of gapsMs) expect(gap).toBeGreaterThanOrEqual(990);
  // The model itself keeps running as always.
  await expect.poll(() => modelTimeH(page), { timeout: 60_000 }).toBeGreaterThan(1);
});
