/**
 * `npm run annotate -- FILE [--json] [--kinds figure,quote]`: tries the extraction engine without a
 * browser. FILE is a .txt, or an .html page whose article is found (happy-dom + findArticle + the
 * text map, as in the content script). The logic is a function of the arguments and a file reader,
 * so it is tested without a process; src/cli/run.mjs bundles and runs it.
 */
import { Window } from 'happy-dom';
import { extract } from '../extract/index';
import { KINDS, type Kind } from '../extract/types';
import { findArticle } from '../page/article';
import { buildTextMap } from '../page/text-map';
import { legend, renderJson, renderText } from './render';

/** What the command gets from its process. */
export interface AnnotateInput {
  /** Command-line arguments after `annotate`. */
  args: readonly string[];
  /** Reads a file as UTF-8 text; throws (like fs.readFileSync) when it cannot. */
  read: (path: string) => string;
  /** Whether stdout is a terminal. */
  isTTY: boolean;
  /** The environment (NO_COLOR turns colour off). */
  env: Readonly<Record<string, string | undefined>>;
}

/** What the command prints and its exit code. */
export interface AnnotateOutput {
  code: number;
  stdout: string;
  stderr: string;
}

/** The usage text printed by --help and after an argument error. */
export const USAGE = `Usage: npm run annotate -- FILE [--json] [--kinds figure,quote,company]

Marks the figures, quotes (with their speaker) and companies newsmark finds in FILE:
a .txt file (one paragraph a line), or an .html page whose article is found first.

  --json           one JSON entity per line instead of the marked text
  --kinds LIST     only these kinds (comma-separated: ${KINDS.join(', ')})
  -h, --help       this help

Colour is used when stdout is a terminal and NO_COLOR is not set.`;

interface Options {
  file: string;
  json: boolean;
  kinds: Kind[];
}

const fail = (message: string, usage = false): AnnotateOutput => ({
  code: 1,
  stdout: '',
  stderr: `annotate: ${message}\n${usage ? `\n${USAGE}\n` : ''}`,
});

/** Parses the arguments: the options, or a message saying what is wrong. */
export function parseArgs(args: readonly string[]): Options | { help: true } | { error: string } {
  let file: string | undefined;
  let json = false;
  let kinds: Kind[] = [...KINDS];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '-h' || a === '--help') return { help: true };
    if (a === '--json') json = true;
    else if (a === '--kinds' || a.startsWith('--kinds=')) {
      const value = a === '--kinds' ? args[++i] : a.slice('--kinds='.length);
      if (!value) return { error: '--kinds needs a list, e.g. --kinds figure,quote' };
      const list = value.split(',').map((k) => k.trim());
      const unknown = list.filter((k) => !(KINDS as readonly string[]).includes(k));
      if (unknown.length) return { error: `unknown kind "${unknown[0]}" (kinds: ${KINDS.join(', ')})` };
      kinds = list as Kind[];
    } else if (a.startsWith('-') && a !== '-') return { error: `unknown option "${a}"` };
    else if (file === undefined) file = a;
    else return { error: `one file at a time (got "${file}" and "${a}")` };
  }
  if (file === undefined) return { error: 'no file given' };
  return { file, json, kinds };
}

/** The article text of an HTML page (its article's blocks, one a line), or the body's when no article is found. */
export async function articleText(html: string): Promise<{ text: string; found: boolean }> {
  const window = new Window({
    settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true },
  });
  try {
    const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
    const roots = findArticle(doc);
    const found = roots.length > 0;
    const blocks = found ? roots : doc.body ? [doc.body] : [];
    let text = buildTextMap(blocks).text;
    // A page saved with its "anti-flicker" style (body { visibility: hidden } until a script runs, and
    // scripts do not run here) would show nothing: this is the CLI's own copy of the page, so show it.
    if (!text.trim() && doc.body) {
      for (const el of [doc.documentElement, doc.body]) el.style.setProperty('visibility', 'visible', 'important');
      text = buildTextMap(blocks).text;
    }
    return { text, found };
  } finally {
    await window.happyDOM.close();
  }
}

const looksLikeHtml = (file: string, contents: string) =>
  /\.x?html?$/i.test(file) || /^\s*(?:<!doctype html|<html[\s>])/i.test(contents.slice(0, 200));

/** Runs the command: reads FILE, extracts, and renders. Never throws. */
export async function annotate(input: AnnotateInput): Promise<AnnotateOutput> {
  const parsed = parseArgs(input.args);
  if ('help' in parsed) return { code: 0, stdout: `${USAGE}\n`, stderr: '' };
  if ('error' in parsed) return fail(parsed.error, true);
  let contents: string;
  try {
    contents = input.read(parsed.file);
  } catch (e) {
    const code = (e as { code?: string }).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : (e as Error).message;
    return fail(`cannot read ${parsed.file}: ${why}`);
  }
  let text = contents.replace(/^\uFEFF/, '');
  let stderr = '';
  if (looksLikeHtml(parsed.file, text)) {
    try {
      const article = await articleText(text);
      if (!article.found) stderr += `annotate: no article found in ${parsed.file}; using the whole page\n`;
      text = article.text;
    } catch (e) {
      return fail(`cannot parse ${parsed.file} as HTML: ${(e as Error).message}`);
    }
  }
  if (!text.trim())
    return fail(`${parsed.file} is empty${looksLikeHtml(parsed.file, contents) ? ' (no text in the page)' : ''}`);
  const entities = extract(text, { kinds: parsed.kinds });
  if (parsed.json) return { code: 0, stdout: renderJson(entities), stderr };
  // https://no-color.org: a NO_COLOR that is set and not empty turns colour off
  const color = input.isTTY && !input.env.NO_COLOR;
  const body = renderText(text, entities, color);
  return { code: 0, stdout: `${legend(parsed.kinds, color)}\n\n${body}${body.endsWith('\n') ? '' : '\n'}`, stderr };
}
