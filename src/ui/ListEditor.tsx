import { useState } from 'preact/hooks';
import type { InputError, Parsed } from '../settings/sites';
import { t } from '../i18n';

/** Props of an editable list of strings (sites, watchlist). */
export type ListEditorProps = {
  /** Prefix of element ids and test ids. */
  id: string;
  label: string;
  items: readonly string[];
  placeholder?: string;
  emptyText: string;
  /** Checks what the reader typed against the current items. */
  parse(input: string, items: readonly string[]): Parsed;
  /** The message for a refused entry. */
  errorText(error: InputError, input: string): string;
  onChange(items: string[]): void;
};

/** A labelled input with an Add button, an error the input points to, and the list with Remove buttons. */
export function ListEditor({ id, label, items, placeholder, emptyText, parse, errorText, onChange }: ListEditorProps) {
  const [input, setInput] = useState('');
  const [error, setError] = useState('');
  const submit = (e: Event) => {
    e.preventDefault();
    const parsed = parse(input, items);
    if (!parsed.ok) return setError(errorText(parsed.error, input.trim()));
    setError('');
    setInput('');
    onChange([...items, parsed.value]);
  };
  return (
    <div class="nm-list-editor">
      <form class="nm-add" onSubmit={submit} noValidate>
        <label for={`${id}-input`}>{label}</label>
        <div class="nm-add-row">
          <input
            id={`${id}-input`}
            data-testid={`${id}-input`}
            type="text"
            value={input}
            placeholder={placeholder}
            autocomplete="off"
            spellcheck={false}
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            onInput={(e) => {
              setInput(e.currentTarget.value);
              setError('');
            }}
          />
          <button type="submit" data-testid={`${id}-add`}>
            {t('optionsAdd')}
          </button>
        </div>
        {error && (
          <p id={`${id}-error`} class="nm-error" role="alert" data-testid={`${id}-error`}>
            {error}
          </p>
        )}
      </form>
      {items.length === 0 ? (
        <p class="nm-muted nm-empty">{emptyText}</p>
      ) : (
        <ul class="nm-items" data-testid={`${id}-list`}>
          {items.map((item) => (
            <li key={item}>
              <span>{item}</span>
              <button
                type="button"
                class="nm-remove"
                aria-label={t('optionsRemove', item)}
                title={t('optionsRemove', item)}
                onClick={() => onChange(items.filter((i) => i !== item))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
