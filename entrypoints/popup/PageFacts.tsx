import type { PageEntity, PageSummary } from '../../src/messaging/protocol';
import { t } from '../../src/i18n';
import { formatValue, quotesBySpeaker, uniqueCompanies } from '../../src/notes/fact-sheet';

/** Props of the popup's summary of what newsmark found. */
export interface PageFactsProps {
  page: PageSummary;
  /** Scrolls the page to an entity. */
  onShow(id: number): void;
}

function EntityButton({ entity, label, onShow }: { entity: PageEntity; label?: string; onShow(id: number): void }) {
  return (
    <li>
      <button type="button" class="nm-entity" onClick={() => onShow(entity.id)}>
        {label ?? entity.text}
      </button>
    </li>
  );
}

/** Counts, then the figures (with values), quotes by speaker and companies; click one to scroll to it. */
export function PageFacts({ page, onShow }: PageFactsProps) {
  const figures = page.entities.filter((e) => e.kind === 'figure');
  const quotes = quotesBySpeaker(page.entities);
  const companies = uniqueCompanies(page.entities);
  const firstOf = (name: string) => page.entities.find((e) => e.kind === 'company' && e.text === name)!;
  return (
    <section class="nm-section" aria-labelledby="facts-title">
      <h2 id="facts-title">{t('popupSummaryTitle')}</h2>
      {!page.hasArticle && <p class="nm-muted nm-small-text">{t('popupNoArticle')}</p>}
      <ul class="nm-counts" data-testid="counts">
        <li class="nm-count nm-count-figure">
          <strong>{page.counts.figure}</strong> {t('kindFigurePlural')}
        </li>
        <li class="nm-count nm-count-quote">
          <strong>{page.counts.quote}</strong> {t('kindQuotePlural')}
        </li>
        <li class="nm-count nm-count-company">
          <strong>{page.counts.company}</strong> {t('kindCompanyPlural')}
        </li>
      </ul>
      {figures.length > 0 && (
        <details class="nm-kind-list nm-kind-figure">
          <summary>
            {t('kindFigurePlural')} ({figures.length})
          </summary>
          <ul>
            {figures.map((f) => (
              <li key={f.id}>
                <button type="button" class="nm-entity" onClick={() => onShow(f.id)}>
                  <span>{f.text}</span>
                  {f.value && <span class="nm-value">{formatValue(f.value)}</span>}
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
      {quotes.length > 0 && (
        <details class="nm-kind-list nm-kind-quote">
          <summary>
            {t('kindQuotePlural')} ({page.counts.quote})
          </summary>
          {quotes.map(([speaker, list]) => (
            <div key={speaker ?? ''} class="nm-speaker">
              <h3>{speaker ?? t('popupUnattributed')}</h3>
              <ul>
                {list.map((q) => (
                  <EntityButton key={q.id} entity={q} label={`“${q.text}”`} onShow={onShow} />
                ))}
              </ul>
            </div>
          ))}
        </details>
      )}
      {companies.length > 0 && (
        <details class="nm-kind-list nm-kind-company">
          <summary>
            {t('kindCompanyPlural')} ({companies.length})
          </summary>
          <ul>
            {companies.map((c) => (
              <li key={c.name}>
                <button type="button" class="nm-entity" onClick={() => onShow(firstOf(c.name).id)}>
                  <span>{c.name}</span>
                  {c.ticker && <span class="nm-value">{c.ticker}</span>}
                  {c.count > 1 && <span class="nm-value">×{c.count}</span>}
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
