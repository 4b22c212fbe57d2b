/** Layout checks shared by the layout sweep (layouts.spec.ts) and the language sweep (locales.spec.ts). */
import type { Page } from '@playwright/test';

/**
 * Problems a user would see: the page scrolls sideways; a region (header, stage, dock, panel) overlaps another;
 * an overlay on the stage (legend, view options, colour scale, cell info, labels) overlaps another or leaves
 * the stage; a control or text line is clipped (its content is wider than its box) or sticks out of its region;
 * a control smaller than 44 × 44 px.
 */
export async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ')[0]}` : ''} "${(el.textContent ?? '').trim().slice(0, 30)}"`;
    const visible = (el: Element) => {
      const r = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      // Screen-reader-only text (1 × 1 px, clipped) is not on screen.
      const srOnly = r.width <= 1 || r.height <= 1 || el.closest('.visually-hidden') !== null;
      return !srOnly && style.visibility !== 'hidden' && style.display !== 'none';
    };
    const overlap = (a: DOMRect, b: DOMRect) =>
      Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 &&
      Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;
    const inside = (a: DOMRect, b: DOMRect) =>
      a.left >= b.left - 1 && a.right <= b.right + 1 && a.top >= b.top - 1 && a.bottom <= b.bottom + 1;

    const doc = document.documentElement;
    if (doc.scrollWidth > window.innerWidth + 1) problems.push(`page scrolls sideways (${doc.scrollWidth} px)`);
    if (doc.scrollHeight > window.innerHeight + 1) problems.push(`page scrolls vertically (${doc.scrollHeight} px)`);

    const regions = ['.app-header', '.stage', '.dock', '.side-panel']
      .map((sel) => document.querySelector(sel))
      .filter((el): el is Element => el !== null && visible(el));
    for (let i = 0; i < regions.length; i++)
      for (let j = i + 1; j < regions.length; j++)
        if (overlap(regions[i]!.getBoundingClientRect(), regions[j]!.getBoundingClientRect()))
          problems.push(`${name(regions[i]!)} overlaps ${name(regions[j]!)}`);

    // Overlays on each stage pane must stay inside it and off each other.
    for (const pane of document.querySelectorAll('.stage-pane')) {
      const paneRect = pane.getBoundingClientRect();
      const overlays = [...pane.children].filter((el) => !el.querySelector('canvas') && visible(el));
      for (const el of overlays)
        if (!inside(el.getBoundingClientRect(), paneRect)) problems.push(`${name(el)} leaves the stage`);
      for (let i = 0; i < overlays.length; i++)
        for (let j = i + 1; j < overlays.length; j++)
          if (overlap(overlays[i]!.getBoundingClientRect(), overlays[j]!.getBoundingClientRect()))
            problems.push(`${name(overlays[i]!)} overlaps ${name(overlays[j]!)}`);
    }

    // Controls and text inside the regions: not clipped, not sticking out, big enough to touch.
    for (const region of regions) {
      const regionRect = region.getBoundingClientRect();
      for (const el of region.querySelectorAll(
        'button, a, input, select, textarea, label, h1, h2, h3, p, li, [role="tab"], [role="slider"]',
      )) {
        if (!visible(el) || el.closest('canvas')) continue;
        const r = el.getBoundingClientRect();
        // Inside a scrolling box (the panel, the legend) only the horizontal extent matters: content below or
        // above scrolls into view.
        let scroller: Element | null = el.parentElement;
        while (scroller && scroller !== region && !/(auto|scroll)/.test(getComputedStyle(scroller).overflowY))
          scroller = scroller.parentElement;
        const scrolls = scroller !== null && scroller !== region;
        const box = scrolls ? scroller!.getBoundingClientRect() : regionRect;
        const horizontallyInside = r.left >= box.left - 1 && r.right <= box.right + 1;
        if (!horizontallyInside || (!scrolls && !inside(r, regionRect)))
          problems.push(`${name(el)} sticks out of ${name(region)}`);
        const style = getComputedStyle(el);
        if (
          el.scrollWidth > el.clientWidth + 1 &&
          style.overflowX !== 'auto' &&
          style.overflowX !== 'scroll' &&
          el.clientWidth > 0
        )
          problems.push(`${name(el)} clips its text (${el.scrollWidth} > ${el.clientWidth})`);
        const interactive = el.matches(
          'button, select, [role="tab"], [role="slider"], input:not([type="range"]):not([type="checkbox"]):not([type="radio"])',
        );
        if (interactive && (r.width < 43.5 || r.height < 43.5))
          problems.push(`${name(el)} is smaller than 44 px (${r.width.toFixed(0)}×${r.height.toFixed(0)})`);
      }
    }
    return [...new Set(problems)];
  });
}
