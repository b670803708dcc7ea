/**
 * Renders extracted entities for a terminal: the text with each entity coloured (or bracketed when
 * colour is off), each quote followed by its speaker, a legend line on top; or JSON lines.
 */
import type { Entity, Kind } from '../extract/types';

const ESC = '\u001b[';
/** SGR codes per kind: figures bold yellow, quotes green underlined, companies bold cyan. */
const STYLE: Record<Kind, string> = { figure: '1;33', quote: '4;32', company: '1;36' };
/** Brackets per kind when colour is off. */
const BRACKETS: Record<Kind, [string, string]> = { figure: ['⟦', '⟧'], quote: ['«', '»'], company: ['⟪', '⟫'] };
const RESET = `${ESC}0m`;
const CLOSING = '”」』’"';
const DIM = `${ESC}2m`;

/** One JSON object per entity, one a line (JSON Lines). */
export function renderJson(entities: readonly Entity[]): string {
  return entities.map((e) => JSON.stringify(e)).join('\n') + (entities.length ? '\n' : '');
}

/** The legend line: what each colour or bracket means. */
export function legend(kinds: readonly Kind[], color: boolean): string {
  const parts = kinds.map((k) => {
    const label = k === 'quote' ? 'quote ‹— speaker›' : k;
    return color ? `${ESC}${STYLE[k]}m${label}${RESET}` : `${BRACKETS[k][0]}${label}${BRACKETS[k][1]}`;
  });
  return `newsmark: ${parts.join('  ')}`;
}

/**
 * The text with entities marked. Entities may nest (a figure inside a quote), so the text is cut at
 * every entity boundary and each piece is styled by the entities covering it.
 */
export function renderText(text: string, entities: readonly Entity[], color: boolean): string {
  const opens = new Map<number, Entity[]>();
  const closes = new Map<number, Entity[]>();
  const at = (m: Map<number, Entity[]>, k: number) => m.get(k) ?? m.set(k, []).get(k)!;
  for (const e of entities) {
    at(opens, e.start).push(e);
    at(closes, e.end).push(e);
  }
  // a quote's speaker is shown after its closing mark, when one follows the span
  const notes = new Map<number, string>();
  for (const e of entities) {
    if (e.kind !== 'quote' || !e.speaker) continue;
    notes.set(CLOSING.includes(text[e.end] ?? '') ? e.end + 1 : e.end, e.speaker);
  }
  const cuts = [...new Set([0, text.length, ...opens.keys(), ...closes.keys(), ...notes.keys()])].sort((a, b) => a - b);
  const active: Entity[] = [];
  let out = '';
  for (let i = 0; i < cuts.length; i++) {
    const pos = cuts[i];
    const note = notes.get(pos);
    if (note) out += speakerNote(note, color, active);
    // close inner entities first (the ones opened last), then open the new ones, outer first
    const closing = (closes.get(pos) ?? []).slice().sort((a, b) => b.start - a.start);
    for (const e of closing) {
      active.splice(active.indexOf(e), 1);
      out += color ? RESET + styleOf(active) : BRACKETS[e.kind][1];
    }
    const opening = (opens.get(pos) ?? []).slice().sort((a, b) => b.end - a.end);
    for (const e of opening) {
      active.push(e);
      out += color ? styleOf(active) : BRACKETS[e.kind][0];
    }
    if (i + 1 < cuts.length) out += text.slice(pos, cuts[i + 1]);
  }
  return color ? out + RESET : out;
}

/** The SGR sequence for the entities covering a piece (the innermost kind's colour wins). */
function styleOf(active: readonly Entity[]): string {
  if (!active.length) return '';
  return active.map((e) => `${ESC}${STYLE[e.kind]}m`).join('');
}

function speakerNote(speaker: string, color: boolean, active: readonly Entity[]): string {
  return color ? `${RESET}${DIM}‹— ${speaker}›${RESET}${styleOf(active)}` : `‹— ${speaker}›`;
}
