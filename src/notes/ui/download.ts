/** Saves text as a download from an extension page (a Blob and an `<a download>`; no permission needed). */
export function downloadText(doc: Document, fileName: string, mime: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${mime};charset=utf-8` }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  doc.body.append(a);
  a.click();
  a.remove();
  // Revoke later: the browser reads the Blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** MIME types of the exports. */
export const MIME = { md: 'text/markdown', json: 'application/ld+json', csv: 'text/csv' } as const;
