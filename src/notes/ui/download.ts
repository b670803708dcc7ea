import { EXPORT_MIME } from '../export';

/** Saves a file as a download from an extension page (an `<a download>`; no permission needed). */
export function downloadBlob(doc: Document, fileName: string, file: Blob): void {
  const url = URL.createObjectURL(file);
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

/** Saves text as a download (UTF-8). */
export function downloadText(doc: Document, fileName: string, mime: string, text: string): void {
  downloadBlob(doc, fileName, new Blob([text], { type: `${mime};charset=utf-8` }));
}

/** MIME types of the exports. */
export const MIME = EXPORT_MIME;
