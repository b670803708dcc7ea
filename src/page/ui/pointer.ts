import type { AnnotatorController, PaintedEntity } from '../controller';

/** What the pointer and keyboard tracker reports to the in-page UI. */
export interface PointerHandlers {
  /** The pointer rested on `entity` (or left every highlight) for the hover delay. */
  hover(entity: PaintedEntity | undefined, x: number, y: number): void;
  /** A plain click (no selection, not on a link or control) on `entity`, or outside any highlight. */
  click(entity: PaintedEntity | undefined, x: number, y: number): void;
  /** Escape was pressed in the page. */
  escape(): void;
  /** The page scrolled or the window resized (at most once a frame). */
  moved(): void;
  /** Whether viewport point (x, y) is on the open card (which then stays open). */
  overCard(x: number, y: number): boolean;
}

/** How long the pointer must rest before a card opens, and how long before a hover card closes. */
export const HOVER_DELAYS = { show: 300, hide: 250 };

const INTERACTIVE =
  'a[href], button, input, textarea, select, label, summary, [contenteditable=""], [contenteditable="true"]';

/**
 * Follows the pointer over the page and hit-tests highlights with `controller.entityAt` at most once
 * a frame. Events inside newsmark's own host element are left to its UI. Returns the remover.
 */
export function trackPointer(
  doc: Document,
  controller: AnnotatorController,
  host: Element,
  handlers: PointerHandlers,
): () => void {
  const win = doc.defaultView;
  if (!win) return () => undefined;
  const OVER_UI = -1;
  let lastId: number | undefined;
  let timer: number | undefined;
  let frame = 0;
  let moveFrame = 0;
  let x = 0;
  let y = 0;

  const safeEntityAt = (px: number, py: number) => {
    try {
      return controller.entityAt(px, py);
    } catch {
      return undefined;
    }
  };
  let overUi = false;
  const check = () => {
    frame = 0;
    // Over newsmark's own UI (the panel) there is no highlight, whatever lies under it.
    const entity = overUi ? undefined : safeEntityAt(x, y);
    if (entity?.id === lastId) return;
    lastId = entity?.id;
    win.clearTimeout(timer);
    const [px, py] = [x, y];
    timer = win.setTimeout(() => handlers.hover(entity, px, py), entity ? HOVER_DELAYS.show : HOVER_DELAYS.hide);
  };
  const onMove = (e: MouseEvent) => {
    if (e.buttons) return; // selecting text
    x = e.clientX;
    y = e.clientY;
    overUi = e.target === host;
    if (overUi && handlers.overCard(x, y)) {
      // On the card: keep it open, and look again once the pointer leaves it.
      lastId = OVER_UI;
      win.clearTimeout(timer);
      return;
    }
    if (!frame) frame = win.requestAnimationFrame(check);
  };
  const onClick = (e: MouseEvent) => {
    if (e.target === host || e.button !== 0) return;
    if (doc.getSelection()?.isCollapsed === false) return;
    const target = e.target as Element | null;
    if (typeof target?.closest === 'function' && target.closest(INTERACTIVE)) return;
    win.clearTimeout(timer);
    handlers.click(safeEntityAt(e.clientX, e.clientY), e.clientX, e.clientY);
  };
  const onKey = (e: KeyboardEvent) => {
    // Inside newsmark's UI the card handles its own keys.
    if (e.key === 'Escape' && e.target !== host) handlers.escape();
  };
  const onScroll = () => {
    if (!moveFrame)
      moveFrame = win.requestAnimationFrame(() => {
        moveFrame = 0;
        handlers.moved();
      });
  };
  const passive = { passive: true, capture: true };
  doc.addEventListener('mousemove', onMove, passive);
  doc.addEventListener('click', onClick, passive);
  doc.addEventListener('keydown', onKey, true);
  win.addEventListener('scroll', onScroll, passive);
  win.addEventListener('resize', onScroll, passive);
  return () => {
    win.clearTimeout(timer);
    win.cancelAnimationFrame(frame);
    win.cancelAnimationFrame(moveFrame);
    doc.removeEventListener('mousemove', onMove, passive);
    doc.removeEventListener('click', onClick, passive);
    doc.removeEventListener('keydown', onKey, true);
    win.removeEventListener('scroll', onScroll, passive);
    win.removeEventListener('resize', onScroll, passive);
  };
}
