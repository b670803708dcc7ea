/** A style sheet newsmark adds to a page (the highlight rules); see `addSheet`. */
export interface PageSheet {
  /** Replaces the sheet's rules. */
  set(css: string): void;
  /** Adopts the sheet again if the page replaced `document.adoptedStyleSheets` (some frameworks do). */
  ensure(): void;
  /** Takes the sheet out of the page. */
  remove(): void;
}

/**
 * A style sheet adopted by the document, so no node is added to the page. Where constructable sheets
 * are missing (old browsers, which also use the mark fallback) a `<style>` in the head stands in.
 */
export function addSheet(doc: Document): PageSheet {
  let sheet: CSSStyleSheet | null = null;
  let style: HTMLStyleElement | null = null;
  const create = () => {
    const win = doc.defaultView as (Window & typeof globalThis) | null;
    const Ctor = win?.CSSStyleSheet ?? globalThis.CSSStyleSheet;
    if (Ctor && doc.adoptedStyleSheets != null) {
      try {
        sheet = new Ctor();
        return;
      } catch {
        // fall through to a <style> element
      }
    }
    style = doc.createElement('style');
    style.setAttribute('data-newsmark', '');
    (doc.head ?? doc.documentElement).appendChild(style);
  };
  const ensure = () => {
    const s = sheet;
    if (!s) return;
    try {
      const list = doc.adoptedStyleSheets;
      for (let i = 0; i < list.length; i++) if (list[i] === s) return;
      doc.adoptedStyleSheets = [...list, s];
    } catch {
      // A page that breaks adoptedStyleSheets gets highlights without colours rather than an error.
    }
  };
  return {
    set(css) {
      try {
        if (!sheet && !style) create();
        if (sheet) sheet.replaceSync(css);
        else if (style) style.textContent = css;
        ensure();
      } catch (e) {
        console.debug('[newsmark] styles not applied', e);
      }
    },
    ensure,
    remove() {
      const s = sheet;
      if (s) {
        try {
          doc.adoptedStyleSheets = [...doc.adoptedStyleSheets].filter((x) => x !== s);
        } catch {
          // nothing to undo
        }
      }
      style?.remove();
      sheet = null;
      style = null;
    },
  };
}
