import { useMemo, useState } from 'preact/hooks';
import { KINDS, type Kind } from '../../extract/types';
import { t } from '../../i18n';
import { formatFigure } from '../../ui/format-value';
import { kindPluralLabel } from '../../ui/kinds';
import type { AnnotatorController, PaintedEntity } from '../controller';
import { buildLegend, type Legend } from './group';

/** How many entries a list shows (a 2 MB page can have thousands; the panel must stay instant). */
export const LIST_LIMIT = 100;

/** Props of the legend panel. */
export type PanelProps = {
  controller: AnnotatorController;
  /** Bumped on every controller change, so the panel re-reads entities and visibility. */
  version: number;
  collapsed: boolean;
  locale: string;
  onCollapsedChange(collapsed: boolean): void;
  /** An entry was chosen: `fromKeyboard` when activated with Enter/Space (the card then takes focus). */
  onChoose(entity: PaintedEntity, fromKeyboard: boolean): void;
};

/** The floating legend: counts and a visibility switch per kind, and the lists of what was found. */
export function Panel({ controller, version, collapsed, locale, onCollapsedChange, onChoose }: PanelProps) {
  const legend = useMemo(() => buildLegend(controller.entities()), [controller, version]);
  const [open, setOpen] = useState<Record<Kind, boolean>>({ figure: false, quote: false, company: false });

  if (collapsed)
    return (
      <button
        type="button"
        class="nm-pill"
        data-testid="panel-pill"
        aria-expanded="false"
        title={t('panelExpand')}
        onClick={() => onCollapsedChange(false)}
      >
        <span class="nm-sr">{t('panelExpand')}</span>
        <Logo />
        {KINDS.map((kind) => (
          <span key={kind} class="nm-pill-count" data-kind={kind} style={{ '--c': `var(--${kind})` }}>
            <span class="nm-sw" aria-hidden="true" />
            {legend.counts[kind]}
            <span class="nm-sr">{kindPluralLabel(kind)}</span>
          </span>
        ))}
      </button>
    );

  const anyVisible = KINDS.some((k) => controller.isVisible(k));
  const choose = (e: MouseEvent, entity: PaintedEntity) => onChoose(entity, e.detail === 0);
  return (
    <section class="nm-panel" role="region" aria-label={t('panelRegion')} data-testid="panel">
      <div class="nm-panel-head">
        <span class="nm-panel-title">
          <Logo />
          {t('extName')}
        </span>
        <button
          type="button"
          class="nm-link"
          data-testid="panel-all"
          onClick={() => controller.setAllVisible(!anyVisible)}
        >
          {anyVisible ? t('panelHideAll') : t('panelShowAll')}
        </button>
        <button
          type="button"
          class="nm-x"
          aria-expanded="true"
          aria-label={t('panelCollapse')}
          title={t('panelCollapse')}
          data-testid="panel-collapse"
          onClick={() => onCollapsedChange(true)}
        >
          –
        </button>
      </div>
      <div class="nm-panel-body">
        {KINDS.map((kind) => (
          <div class="nm-kind" key={kind} style={{ '--c': `var(--${kind})` }} data-kind={kind}>
            <div class="nm-kind-row">
              <button
                type="button"
                class="nm-disclosure"
                aria-expanded={open[kind] && legend.counts[kind] > 0 ? 'true' : 'false'}
                aria-controls={`nm-list-${kind}`}
                disabled={legend.counts[kind] === 0}
                data-testid={`panel-open-${kind}`}
                onClick={() => setOpen({ ...open, [kind]: !open[kind] })}
              >
                <span class="nm-caret" aria-hidden="true">
                  ▶
                </span>
                <span class="nm-sw" aria-hidden="true" />
                {kindPluralLabel(kind)}
                <span class="nm-count" data-testid={`panel-count-${kind}`}>
                  {legend.counts[kind]}
                </span>
              </button>
              <button
                type="button"
                class="nm-switch"
                aria-pressed={controller.isVisible(kind) ? 'true' : 'false'}
                aria-label={t('panelShowKind', kindPluralLabel(kind))}
                title={t('panelShowKind', kindPluralLabel(kind))}
                data-testid={`panel-toggle-${kind}`}
                onClick={() => controller.setKindVisible(kind, !controller.isVisible(kind))}
              />
            </div>
            {open[kind] && legend.counts[kind] > 0 && (
              <div id={`nm-list-${kind}`} data-testid={`panel-list-${kind}`}>
                <KindList kind={kind} legend={legend} locale={locale} choose={choose} />
              </div>
            )}
          </div>
        ))}
      </div>
    </section>
  );
}

type ListProps = {
  kind: Kind;
  legend: Legend;
  locale: string;
  choose(e: MouseEvent, entity: PaintedEntity): void;
};

function KindList({ kind, legend, locale, choose }: ListProps) {
  // Clicking a company again goes to its next mention.
  const [next, setNext] = useState<Record<string, number>>({});
  if (kind === 'figure')
    return (
      <ul class="nm-list">
        {legend.figures.slice(0, LIST_LIMIT).map((e) => {
          const value = formatFigure(e.value, locale);
          return (
            <li key={e.id}>
              <button type="button" class="nm-item" onClick={(ev) => choose(ev, e)}>
                <span class="nm-item-text nm-item-figure">{e.text}</span>
                {value && value !== e.text && <span class="nm-item-aside">{value}</span>}
              </button>
            </li>
          );
        })}
        <More total={legend.figures.length} />
      </ul>
    );
  if (kind === 'quote') {
    let shown = 0;
    return (
      <div>
        {legend.speakers.map((g) => {
          const quotes = g.quotes.slice(0, Math.max(0, LIST_LIMIT - shown));
          shown += quotes.length;
          if (!quotes.length) return null;
          return (
            <div key={g.speaker} role="group" aria-label={g.speaker || t('panelNoSpeaker')}>
              <p class="nm-group" aria-hidden="true">
                {g.speaker || t('panelNoSpeaker')}
                <span class="nm-count">{g.quotes.length}</span>
              </p>
              <ul class="nm-list">
                {quotes.map((e) => (
                  <li key={e.id}>
                    <button type="button" class="nm-item" onClick={(ev) => choose(ev, e)}>
                      <span class="nm-item-text nm-item-quote">“{e.text}”</span>
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          );
        })}
        <ul class="nm-list">
          <More total={legend.counts.quote} />
        </ul>
      </div>
    );
  }
  return (
    <ul class="nm-list">
      {legend.companies.slice(0, LIST_LIMIT).map((g) => {
        const n = g.mentions.length;
        return (
          <li key={g.name}>
            <button
              type="button"
              class="nm-item"
              onClick={(ev) => {
                const i = next[g.name] ?? 0;
                setNext({ ...next, [g.name]: (i + 1) % n });
                choose(ev, g.mentions[i % n]);
              }}
            >
              <span class="nm-item-text">
                {g.watched && <span class="nm-watch">★ </span>}
                {g.name}
              </span>
              {g.ticker && <span class="nm-item-aside">{g.ticker}</span>}
              <span class="nm-item-aside" title={t('panelMentions', String(n))}>
                <span aria-hidden="true">×{n}</span>
                <span class="nm-sr">{t('panelMentions', String(n))}</span>
              </span>
            </button>
          </li>
        );
      })}
      <More total={legend.companies.length} />
    </ul>
  );
}

function More({ total }: { total: number }) {
  if (total <= LIST_LIMIT) return null;
  return <li class="nm-note">{t('panelMore', String(total - LIST_LIMIT))}</li>;
}

/** newsmark's mark: three bars in the kinds' colours. */
function Logo() {
  return (
    <svg class="nm-logo" viewBox="0 0 16 16" aria-hidden="true">
      <rect x="1" y="2" width="14" height="3" rx="1.5" fill="var(--figure)" />
      <rect x="1" y="6.5" width="10" height="3" rx="1.5" fill="var(--quote)" />
      <rect x="1" y="11" width="12" height="3" rx="1.5" fill="var(--company)" />
    </svg>
  );
}
