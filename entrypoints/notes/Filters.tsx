import type { NoteFilter, NoteSearchResult } from '../../src/messaging/protocol';
import { t } from '../../src/i18n';

/** Props of the search box and filters of the all-notes page. */
export interface FiltersProps {
  filter: NoteFilter;
  facets: Pick<NoteSearchResult, 'sites' | 'companies'> | null;
  onChange(filter: NoteFilter): void;
}

/** Full-text search, then filters by site, company and date. */
export function Filters({ filter, facets, onChange }: FiltersProps) {
  const set = (patch: Partial<NoteFilter>) => onChange({ ...filter, ...patch });
  const active = !!(filter.query?.trim() || filter.site || filter.company || filter.from || filter.to);
  return (
    <div class="nm-filters" role="search">
      <label class="nm-search">
        <span class="nm-label">{t('notesSearchLabel')}</span>
        <input
          type="search"
          value={filter.query ?? ''}
          placeholder={t('notesSearchPlaceholder')}
          onInput={(e) => set({ query: e.currentTarget.value })}
        />
      </label>
      <label>
        <span class="nm-label">{t('notesFilterSite')}</span>
        <select value={filter.site ?? ''} onChange={(e) => set({ site: e.currentTarget.value || undefined })}>
          <option value="">{t('notesFilterAny')}</option>
          {facets?.sites.map((f) => (
            <option key={f.value} value={f.value}>
              {f.value} ({f.count})
            </option>
          ))}
        </select>
      </label>
      <label>
        <span class="nm-label">{t('notesFilterCompany')}</span>
        <select value={filter.company ?? ''} onChange={(e) => set({ company: e.currentTarget.value || undefined })}>
          <option value="">{t('notesFilterAny')}</option>
          {facets?.companies.map((f) => (
            <option key={f.value} value={f.value}>
              {f.value} ({f.count})
            </option>
          ))}
        </select>
      </label>
      <label>
        <span class="nm-label">{t('notesFilterFrom')}</span>
        <input
          type="date"
          value={filter.from ?? ''}
          onInput={(e) => set({ from: e.currentTarget.value || undefined })}
        />
      </label>
      <label>
        <span class="nm-label">{t('notesFilterTo')}</span>
        <input type="date" value={filter.to ?? ''} onInput={(e) => set({ to: e.currentTarget.value || undefined })} />
      </label>
      <button type="button" class="nm-clear" disabled={!active} onClick={() => onChange({})}>
        {t('notesClearFilters')}
      </button>
    </div>
  );
}
