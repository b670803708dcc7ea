import type { Entity, Kind } from '../../../src/extract/types';
import type { AnnotatorController, PaintedEntity } from '../../../src/page/controller';

/** A line box for a fake range (happy-dom does no layout, so ranges have no rectangles of their own). */
export type Rect = { left: number; top: number; width: number; height: number };

/** An AnnotatorController over real `Range`s in a real (happy-dom) document, recording what the UI asks. */
export class FakeController implements AnnotatorController {
  list: PaintedEntity[] = [];
  hidden = new Set<Kind>();
  /** What `entityAt` answers (tests point the "mouse" at an entity by setting this). */
  underPointer: PaintedEntity | undefined;
  calls: string[] = [];
  private listeners = new Set<() => void>();

  entities(): readonly PaintedEntity[] {
    return this.list;
  }
  subscribe(cb: () => void): () => void {
    this.listeners.add(cb);
    return () => this.listeners.delete(cb);
  }
  isVisible(kind: Kind): boolean {
    return !this.hidden.has(kind);
  }
  setKindVisible(kind: Kind, visible: boolean): void {
    this.calls.push(`setKindVisible ${kind} ${visible}`);
    if (visible) this.hidden.delete(kind);
    else this.hidden.add(kind);
    this.emit();
  }
  setAllVisible(visible: boolean): void {
    this.calls.push(`setAllVisible ${visible}`);
    for (const k of ['figure', 'quote', 'company'] as Kind[]) {
      if (visible) this.hidden.delete(k);
      else this.hidden.add(k);
    }
    this.emit();
  }
  entityAt(x: number, y: number): PaintedEntity | undefined {
    this.calls.push(`entityAt ${x} ${y}`);
    return this.underPointer;
  }
  scrollTo(id: number): boolean {
    this.calls.push(`scrollTo ${id}`);
    return this.list.some((e) => e.id === id);
  }
  emit(): void {
    for (const cb of this.listeners) cb();
  }
  get listenerCount(): number {
    return this.listeners.size;
  }

  /**
   * Writes `text` as a paragraph into `doc.body` and paints `entities` found in it by their text
   * (the n-th occurrence with `nth`), as real Ranges over the paragraph's text node.
   */
  paint(
    doc: Document,
    text: string,
    entities: (Omit<Entity, 'start' | 'end'> & { nth?: number; watched?: boolean })[],
    rect: Rect = { left: 100, top: 200, width: 80, height: 20 },
  ): PaintedEntity[] {
    const p = doc.createElement('p');
    p.textContent = text;
    doc.body.append(p);
    const node = p.firstChild as Text;
    for (const e of entities) {
      let start = -1;
      for (let i = 0; i <= (e.nth ?? 0); i++) start = text.indexOf(e.text, start + 1);
      if (start < 0) throw new Error(`not in the text: ${e.text}`);
      const range = doc.createRange();
      range.setStart(node, start);
      range.setEnd(node, start + e.text.length);
      range.getClientRects = (() => [rect]) as unknown as Range['getClientRects'];
      const { nth: _nth, ...rest } = e;
      this.list.push({ ...rest, start, end: start + e.text.length, id: this.list.length, range });
    }
    this.emit();
    return this.list;
  }
}
