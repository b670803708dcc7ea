/** A rectangle in viewport coordinates (a DOMRect or a plain object). */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Where the card goes: its top-left corner in viewport coordinates, and whether it sits below the span. */
export interface Placement {
  left: number;
  top: number;
  below: boolean;
}

const GAP = 8;
const MARGIN = 8;

/**
 * Places a card of `size` next to `anchor` (the highlighted span's line box): below it when it fits,
 * else above, else wherever it covers least; always inside the viewport with a margin.
 */
export function placeCard(
  anchor: Box,
  size: { width: number; height: number },
  viewport: { width: number; height: number },
): Placement {
  const spaceBelow = viewport.height - (anchor.top + anchor.height) - GAP - MARGIN;
  const spaceAbove = anchor.top - GAP - MARGIN;
  const below = size.height <= spaceBelow || (size.height > spaceAbove && spaceBelow >= spaceAbove);
  let top = below ? anchor.top + anchor.height + GAP : anchor.top - GAP - size.height;
  top = Math.max(MARGIN, Math.min(top, viewport.height - MARGIN - size.height));
  let left = anchor.left;
  left = Math.max(MARGIN, Math.min(left, viewport.width - MARGIN - size.width));
  return { left: Math.round(left), top: Math.round(top), below };
}

/** The line box of a (possibly multi-line) range to anchor on: the one under the pointer, else the first. */
export function anchorBox(rects: ArrayLike<Box>, pointer?: { x: number; y: number }): Box | undefined {
  let first: Box | undefined;
  for (let i = 0; i < rects.length; i++) {
    const r = rects[i];
    if (r.width === 0 && r.height === 0) continue;
    first ??= r;
    if (pointer && pointer.y >= r.top && pointer.y <= r.top + r.height) return r;
  }
  return first;
}
