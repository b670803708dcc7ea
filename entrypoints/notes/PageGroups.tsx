import type { NoteRecord } from '../../src/messaging/protocol';
import { t } from '../../src/i18n';
import { passageOf, positionOf, titleOf } from '../../src/notes/model';
import { NoteItem } from '../../src/notes/ui/NoteItem';

/** Props of the list of notes grouped by page. */
export interface PageGroupsProps {
  records: NoteRecord[];
  onSave(id: string, text: string, tags: string[]): Promise<string | null>;
  onDelete(id: string): void;
}

interface Group {
  url: string;
  title: string;
  site: string;
  notes: NoteRecord[];
}

/** Groups results by page, keeping the order of each page's newest note. */
function group(records: NoteRecord[]): Group[] {
  const groups = new Map<string, Group>();
  for (const r of records) {
    let g = groups.get(r.url);
    if (!g) groups.set(r.url, (g = { url: r.url, title: titleOf(r.annotation), site: r.site, notes: [] }));
    if (g.title === r.url) g.title = titleOf(r.annotation);
    g.notes.push(r);
  }
  const key = (r: NoteRecord) => (passageOf(r.annotation) ? (positionOf(r.annotation)?.start ?? 1e15) : -1);
  for (const g of groups.values()) g.notes.sort((a, b) => key(a) - key(b));
  return [...groups.values()];
}

const isWebUrl = (url: string) => /^https?:\/\//i.test(url);

/** Every page with its notes: title (a link), site and URL, then the notes. */
export function PageGroups({ records, onSave, onDelete }: PageGroupsProps) {
  return (
    <div class="nm-groups">
      {group(records).map((g) => (
        <article class="nm-group" key={g.url}>
          <header>
            <h2>
              {isWebUrl(g.url) ? (
                <a href={g.url} target="_blank" rel="noopener noreferrer" title={t('notesOpenPage')}>
                  {g.title}
                </a>
              ) : (
                g.title
              )}
            </h2>
            <p class="nm-url">
              <span class="nm-site">{g.site}</span> {g.url}
            </p>
          </header>
          <ul class="nm-notes">
            {g.notes.map((r) => (
              <NoteItem key={r.id} record={r} onSave={onSave} onDelete={onDelete} />
            ))}
          </ul>
        </article>
      ))}
    </div>
  );
}
