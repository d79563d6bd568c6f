/**
 * The timeline's tooltips, for every way of pointing: a mouse over a span or marker, a tap
 * on it, or the keyboard (the drawing is one Tab stop; the arrow keys walk the marks of a
 * lane, up and down between lanes, Home and End to its ends, Escape hides the tip). Each
 * target's words are also its accessible name, so a screen reader hears what the tip shows.
 */
const ITEM = '.pg-tl-item';
/** How long a tip stays after the pointer leaves, so the pointer can reach it (WCAG 1.4.13). */
const LINGER_MS = 300;

export function attachTips(root: HTMLElement, svg: SVGSVGElement): void {
  const tip = document.createElement('div');
  tip.className = 'pg-tl-tip';
  // The target's own accessible name says the same.
  tip.setAttribute('aria-hidden', 'true');
  tip.hidden = true;
  root.append(tip);
  const first = svg.querySelector<SVGGElement>(ITEM);
  if (!first) return;
  first.setAttribute('tabindex', '0');

  let hideTimer: ReturnType<typeof setTimeout> | undefined;
  const show = (item: SVGGElement) => {
    clearTimeout(hideTimer);
    tip.textContent = item.dataset.tip ?? '';
    tip.hidden = false;
    const box = root.getBoundingClientRect();
    const at = item.querySelector('.pg-tl-hit')?.getBoundingClientRect() ?? item.getBoundingClientRect();
    const left = Math.max(0, Math.min(box.width - tip.offsetWidth, at.left + at.width / 2 - box.left - tip.offsetWidth / 2));
    const above = at.top - box.top - tip.offsetHeight - 4;
    tip.style.left = `${left}px`;
    tip.style.top = `${above >= 0 ? above : at.bottom - box.top + 4}px`;
  };
  const hide = () => {
    tip.hidden = true;
  };
  const focused = () => (document.activeElement instanceof SVGGElement && svg.contains(document.activeElement) ? document.activeElement : undefined);
  const itemOf = (e: Event) => (e.target as Element).closest<SVGGElement>(ITEM);

  svg.addEventListener('pointerover', (e) => {
    const item = itemOf(e);
    if (item) show(item);
  });
  svg.addEventListener('pointerout', (e) => {
    if (!itemOf(e)) return;
    clearTimeout(hideTimer);
    hideTimer = setTimeout(() => {
      const f = focused();
      if (f) show(f);
      else hide();
    }, LINGER_MS);
  });
  tip.addEventListener('pointerenter', () => clearTimeout(hideTimer));
  tip.addEventListener('pointerleave', hide);
  // A tap focuses its target, and focus shows the tip: touch and keyboard see the same.
  svg.addEventListener('click', (e) => itemOf(e)?.focus({ preventScroll: true }));
  svg.addEventListener('focusin', (e) => {
    const item = itemOf(e);
    if (!item) return;
    for (const other of svg.querySelectorAll(`${ITEM}[tabindex="0"]`)) if (other !== item) other.setAttribute('tabindex', '-1');
    item.setAttribute('tabindex', '0');
    show(item);
  });
  svg.addEventListener('focusout', (e) => {
    if (!svg.contains(e.relatedTarget as Node | null)) hide();
  });
  svg.addEventListener('keydown', (e) => {
    const item = itemOf(e);
    if (!item) return;
    if (e.key === 'Escape') {
      hide();
      return;
    }
    const next = step(svg, item, e.key);
    if (!next) return;
    e.preventDefault();
    next.focus();
    next.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  });
}

const centre = (node: Element) => {
  const r = node.querySelector('.pg-tl-hit')?.getBoundingClientRect() ?? node.getBoundingClientRect();
  return r.left + r.width / 2;
};

/** The target the key moves to from `item`: along its lane by position, or to the nearest one in the lane above or below. */
function step(svg: SVGSVGElement, item: SVGGElement, key: string): SVGGElement | undefined {
  const lanes = [...svg.querySelectorAll('[data-lane]')].filter((l) => l.querySelector(ITEM));
  const laneOf = (node: Element) => node.closest('[data-lane]')!;
  const itemsOf = (lane: Element) => [...lane.querySelectorAll<SVGGElement>(ITEM)].sort((a, b) => centre(a) - centre(b));
  const lane = laneOf(item);
  const row = itemsOf(lane);
  const at = row.indexOf(item);
  switch (key) {
    case 'ArrowRight': return row[at + 1];
    case 'ArrowLeft': return row[at - 1];
    case 'Home': return row[0];
    case 'End': return row[row.length - 1];
    case 'ArrowUp': case 'ArrowDown': {
      const other = lanes[lanes.indexOf(lane) + (key === 'ArrowDown' ? 1 : -1)];
      if (!other) return undefined;
      const x = centre(item);
      return itemsOf(other).reduce((a, b) => (Math.abs(centre(b) - x) < Math.abs(centre(a) - x) ? b : a));
    }
    default: return undefined;
  }
}
