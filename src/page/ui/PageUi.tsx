import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { AnnotatorController, PaintedEntity } from '../controller';
import type { Colours } from '../../settings/types';
import { Card } from './Card';
import { Panel } from './Panel';
import { anchorBox, type Box } from './place';
import { trackPointer } from './pointer';
import { themeAt, type Theme } from './theme';

/** Props of the root of newsmark's in-page UI. */
export type PageUiProps = {
  doc: Document;
  /** newsmark's host element (events targeted at it come from this UI). */
  host: Element;
  /** The shadow root the UI renders in (to find which of its elements has focus). */
  uiRoot: ShadowRoot | Document;
  controller: AnnotatorController;
  colours: Colours;
  collapsed: boolean;
  locale: string;
  onCollapsedChange(collapsed: boolean): void;
  onAddNote?(range: Range, entity?: PaintedEntity): void;
  /** Receives a function that opens or closes the panel (for the toolbar command). */
  bindToggle?(toggle: () => void): void;
};

type OpenCard = {
  entity: PaintedEntity;
  anchor: Box;
  theme: Theme;
  /** Opened by a click or from the panel: stays until closed, and does not follow the hover. */
  pinned: boolean;
  focus: boolean;
  /** The span is scrolled out of view (a pinned card waits for it, hidden). */
  hidden: boolean;
  /** Where focus goes back when the card closes (the panel entry that opened it). */
  returnFocus?: HTMLElement;
};

const rectsOf = (range: Range): ArrayLike<Box> => {
  try {
    return range.collapsed ? [] : range.getClientRects();
  } catch {
    return [];
  }
};

const containerOf = (range: Range): Element | null => {
  const node = range.commonAncestorContainer;
  return node.nodeType === 1 ? (node as Element) : node.parentElement;
};

/** The hover card and the legend panel, wired to the page annotator. */
export function PageUi(props: PageUiProps) {
  const { doc, host, controller, colours, locale, onAddNote } = props;
  const win = doc.defaultView!;
  const [version, setVersion] = useState(0);
  const [collapsed, setCollapsed] = useState(props.collapsed);
  const [card, setCard] = useState<OpenCard | undefined>(undefined);
  const cardRef = useRef(card);
  cardRef.current = card;
  const [panelTheme, setPanelTheme] = useState<Theme>(() => themeAt(doc.body, win));

  const collapsedRef = useRef(collapsed);
  collapsedRef.current = collapsed;
  const changeCollapsed = useCallback((next: boolean) => {
    setCollapsed(next);
    props.onCollapsedChange(next);
  }, []);
  props.bindToggle?.(() => changeCollapsed(!collapsedRef.current));

  const onScreen = (anchor: Box) => anchor.top + anchor.height > 0 && anchor.top < win.innerHeight;
  const openCard = (
    entity: PaintedEntity,
    pinned: boolean,
    focus: boolean,
    pointer?: { x: number; y: number },
    returnFocus?: HTMLElement,
  ) => {
    const anchor = anchorBox(rectsOf(entity.range), pointer);
    if (!anchor) return;
    const theme = themeAt(containerOf(entity.range), win);
    setCard({ entity, anchor, theme, pinned, focus, returnFocus, hidden: !onScreen(anchor) });
  };
  const closeCard = () => {
    const open = cardRef.current;
    if (!open) return;
    setCard(undefined);
    if (open.returnFocus?.isConnected) open.returnFocus.focus({ preventScroll: true });
  };

  // Re-read the controller at most once a frame: a dynamic page can change it many times a second.
  useEffect(() => {
    let frame = 0;
    const stop = controller.subscribe(() => {
      if (!frame)
        frame = win.requestAnimationFrame(() => {
          frame = 0;
          setVersion((v) => v + 1);
          setPanelTheme(themeAt(doc.body, win));
          const open = cardRef.current;
          if (open && (open.entity.range.collapsed || !controller.isVisible(open.entity.kind))) setCard(undefined);
        });
    });
    return () => {
      stop();
      win.cancelAnimationFrame(frame);
    };
  }, [controller]);

  useEffect(
    () =>
      trackPointer(doc, controller, host, {
        hover(entity, x, y) {
          const open = cardRef.current;
          if (open?.pinned) return;
          if (!entity) setCard(undefined);
          else if (entity !== open?.entity) openCard(entity, false, false, { x, y });
        },
        click(entity, x, y) {
          if (!entity) return closeCard();
          if (cardRef.current?.pinned && cardRef.current.entity === entity) return;
          openCard(entity, true, true, { x, y });
        },
        escape: closeCard,
        overCard(x, y) {
          const r = props.uiRoot.querySelector('.nm-card')?.getBoundingClientRect();
          return !!r && x >= r.left && x <= r.right && y >= r.top && y <= r.bottom;
        },
        moved() {
          const open = cardRef.current;
          if (!open) return;
          const anchor = anchorBox(rectsOf(open.entity.range));
          // A hover card goes when its span scrolls away; a pinned one waits (the panel's scroll may be smooth).
          if (!anchor || (!open.pinned && !onScreen(anchor))) setCard(undefined);
          else setCard({ ...open, anchor, hidden: !onScreen(anchor) });
        },
      }),
    [controller],
  );

  const total = controller.entities().length;
  if (!total) return null;
  const vars = {
    '--figure': colours.figure,
    '--quote': colours.quote,
    '--company': colours.company,
    '--note': colours.note,
    '--watch': colours.watch,
  };
  return (
    <>
      <div class="nm-root" data-theme={panelTheme} style={vars} lang={locale}>
        <Panel
          controller={controller}
          version={version}
          collapsed={collapsed}
          locale={locale}
          onCollapsedChange={changeCollapsed}
          onChoose={(entity, fromKeyboard) => {
            const opener = (props.uiRoot.activeElement as HTMLElement | null) ?? undefined;
            if (!controller.scrollTo(entity.id)) return;
            // A mouse user reads on where the page scrolled; a keyboard user gets the card, focused.
            if (fromKeyboard) openCard(entity, true, true, undefined, opener);
          }}
        />
      </div>
      {card && (
        <div class="nm-root" data-theme={card.theme} style={vars} lang={locale}>
          <Card
            entity={card.entity}
            anchor={card.anchor}
            locale={locale}
            focus={card.focus}
            hidden={card.hidden}
            onClose={closeCard}
            onAddNote={
              onAddNote &&
              (() => {
                setCard(undefined);
                onAddNote(card.entity.range, card.entity);
              })
            }
          />
        </div>
      )}
    </>
  );
}
