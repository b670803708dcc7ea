import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { PaintedEntity } from '../controller';
import { t } from '../../i18n';
import { formatFigure } from '../../ui/format-value';
import { kindLabel } from '../../ui/kinds';
import { placeCard, type Box, type Placement } from './place';

/** Props of the hover/click card. */
export type CardProps = {
  entity: PaintedEntity;
  /** The span's line box to sit next to (viewport coordinates). */
  anchor: Box;
  locale: string;
  /** Move focus into the card when it opens (opened from the keyboard or by a click). */
  focus: boolean;
  /** The span is off screen: the card waits, invisible. */
  hidden?: boolean;
  onClose(): void;
  /** Offered as "Add note" when given. */
  onAddNote?(): void;
  /** The pointer entered or left the card (a hover card stays open while the pointer is on it). */
  onHoverChange?(inside: boolean): void;
};

/** The card shown for one highlight: its kind, text and what newsmark knows about it. */
export function Card({ entity, anchor, locale, focus, hidden, onClose, onAddNote, onHoverChange }: CardProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [place, setPlace] = useState<Placement | undefined>(undefined);

  // Measure first, then place: the card's size depends on its text.
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const win = el.ownerDocument.defaultView;
    const size = { width: el.offsetWidth, height: el.offsetHeight };
    setPlace(placeCard(anchor, size, { width: win?.innerWidth ?? 1024, height: win?.innerHeight ?? 768 }));
  }, [anchor.left, anchor.top, anchor.width, anchor.height, entity]);

  // Focus once per entity, as soon as the card can be seen (a hidden element cannot take focus).
  const focused = useRef<PaintedEntity | undefined>(undefined);
  useLayoutEffect(() => {
    if (!focus || hidden || !place || focused.current === entity) return;
    focused.current = entity;
    ref.current?.focus({ preventScroll: true });
  }, [focus, hidden, place, entity]);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    e.stopPropagation();
    onClose();
  };
  const value = entity.kind === 'figure' ? formatFigure(entity.value, locale) : undefined;
  const id = `nm-card-${entity.id}`;
  return (
    <div
      ref={ref}
      class="nm-card"
      role="dialog"
      aria-labelledby={`${id}-kind`}
      aria-describedby={`${id}-text`}
      tabIndex={-1}
      data-testid="card"
      data-kind={entity.kind}
      data-below={place ? String(place.below) : undefined}
      style={{
        left: `${place?.left ?? 0}px`,
        top: `${place?.top ?? 0}px`,
        visibility: place && !hidden ? 'visible' : 'hidden',
      }}
      onKeyDown={onKeyDown}
      onMouseEnter={() => onHoverChange?.(true)}
      onMouseLeave={() => onHoverChange?.(false)}
    >
      <div class="nm-card-head">
        <span class="nm-chip" id={`${id}-kind`} style={{ '--c': `var(--${entity.kind})` }}>
          <span class="nm-sw" aria-hidden="true" />
          {kindLabel(entity.kind)}
        </span>
        <button type="button" class="nm-x" aria-label={t('cardClose')} title={t('cardClose')} onClick={onClose}>
          ×
        </button>
      </div>
      <p class="nm-text" id={`${id}-text`} data-testid="card-text">
        {entity.kind === 'quote' ? `“${entity.text}”` : entity.text}
      </p>
      <Details entity={entity} value={value} />
      {entity.watched && <p class="nm-badge">★ {t('cardWatched')}</p>}
      {onAddNote && (
        <div>
          <button type="button" class="nm-btn" data-testid="card-add-note" onClick={onAddNote}>
            {t('cardAddNote')}
          </button>
        </div>
      )}
    </div>
  );
}

function Details({ entity, value }: { entity: PaintedEntity; value?: string }) {
  const rows: [string, string, string][] = [];
  if (value) rows.push([entity.value?.date ? t('cardDate') : t('cardValue'), value, 'value']);
  if (entity.kind === 'quote') rows.push([t('cardSpeaker'), entity.speaker || t('cardNoSpeaker'), 'speaker']);
  if (entity.ticker) rows.push([t('cardTicker'), entity.ticker, 'ticker']);
  if (!rows.length) return null;
  return (
    <dl class="nm-dl">
      {rows.map(([term, detail, key]) => [
        <dt key={`${key}-t`}>{term}</dt>,
        <dd key={`${key}-d`} data-testid={`card-${key}`}>
          {detail}
        </dd>,
      ])}
    </dl>
  );
}
