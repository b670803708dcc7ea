/**
 * Styles of everything newsmark shows in a page. They live in the shadow root, so the page's CSS
 * cannot reach them and they cannot leak into the page; `all: initial` on the root stops inheritance.
 * Minified at build time: see the css-strings plugin in wxt.config.ts.
 */
export const PAGE_UI_CSS = /* css */ `
.nm-root {
  all: initial;
  --fg: #1c1f26; --muted: #5d6470; --bg: #ffffff; --bg2: #f4f5f8; --line: #dfe2e8;
  --accent: #3b5bdb; --shadow: 0 6px 24px rgba(15, 20, 30, 0.16), 0 1px 3px rgba(15, 20, 30, 0.12);
  font: 13px/1.45 system-ui, -apple-system, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei',
    'WenQuanYi Micro Hei', 'Noto Sans CJK SC', sans-serif;
  color: var(--fg);
  -webkit-font-smoothing: antialiased;
}
.nm-root[data-theme='dark'] {
  --fg: #e6e8ec; --muted: #a1a8b3; --bg: #23262d; --bg2: #2c3038; --line: #3b404a;
  --accent: #9bb0ff; --shadow: 0 8px 28px rgba(0, 0, 0, 0.55), 0 1px 3px rgba(0, 0, 0, 0.4);
}
.nm-root *, .nm-root *::before, .nm-root *::after { box-sizing: border-box; }
:where(.nm-root) button {
  font: inherit; color: inherit; background: none; border: 0; margin: 0; padding: 0; cursor: pointer;
  text-align: inherit;
}
:where(.nm-root) :focus-visible { outline: 2px solid var(--accent); outline-offset: 1px; border-radius: 4px; }
.nm-sw {
  display: inline-block; width: 12px; height: 10px; border-radius: 2px; flex: none;
  background: color-mix(in srgb, var(--c) 30%, transparent); border-bottom: 2px solid var(--c);
}
[data-kind='quote'] .nm-sw { background: color-mix(in srgb, var(--c) 10%, transparent); border-bottom-style: dotted; }
[data-kind='company'] .nm-sw { background: color-mix(in srgb, var(--c) 14%, transparent); }
.nm-chip {
  display: inline-flex; align-items: center; gap: 6px; font-size: 11px; font-weight: 600; letter-spacing: 0.02em;
  text-transform: uppercase; color: var(--muted);
}
.nm-card {
  position: fixed; z-index: 2; width: max-content; min-width: 200px; max-width: min(340px, calc(100vw - 16px));
  padding: 10px 12px 12px; border-radius: 10px; background: var(--bg); border: 1px solid var(--line);
  box-shadow: var(--shadow); animation: nm-in 0.12s ease-out;
}
.nm-card:focus { outline: none; }
.nm-card-head { display: flex; align-items: center; justify-content: space-between; gap: 12px; margin-bottom: 6px; }
.nm-x {
  width: 22px; height: 22px; border-radius: 6px; display: grid; place-items: center; color: var(--muted);
  font-size: 16px; line-height: 1;
}
.nm-x:hover { background: var(--bg2); color: var(--fg); }
.nm-text {
  margin: 0 0 8px; font-size: 14px; font-weight: 600; overflow-wrap: anywhere;
  display: -webkit-box; -webkit-line-clamp: 4; -webkit-box-orient: vertical; overflow: hidden;
}
.nm-dl { display: grid; grid-template-columns: auto 1fr; gap: 3px 12px; margin: 0 0 10px; }
.nm-dl dt { color: var(--muted); margin: 0; }
.nm-dl dd { margin: 0; font-variant-numeric: tabular-nums; overflow-wrap: anywhere; }
.nm-badge {
  display: inline-block; margin: 0 0 10px; padding: 1px 8px; border-radius: 999px; font-size: 12px;
  background: color-mix(in srgb, var(--watch) 18%, transparent); color: var(--fg);
  border: 1px solid color-mix(in srgb, var(--watch) 60%, transparent);
}
.nm-btn {
  display: inline-flex; align-items: center; gap: 6px; padding: 5px 10px; border-radius: 7px;
  background: var(--accent); color: var(--bg) !important; font-weight: 600;
}
.nm-btn:hover { filter: brightness(1.08); }
.nm-panel {
  position: fixed; right: 16px; bottom: 16px; z-index: 1; width: 300px; max-height: min(72vh, 560px);
  display: flex; flex-direction: column; border-radius: 12px; background: var(--bg); border: 1px solid var(--line);
  box-shadow: var(--shadow); overflow: hidden;
}
.nm-pill {
  position: fixed; right: 16px; bottom: 16px; z-index: 1; display: flex; align-items: center; gap: 10px;
  padding: 6px 12px 6px 10px; border-radius: 999px; background: var(--bg); border: 1px solid var(--line);
  box-shadow: var(--shadow); font-weight: 600;
}
.nm-pill:hover { background: var(--bg2) !important; }
.nm-logo { width: 16px; height: 16px; flex: none; }
.nm-pill-count { display: inline-flex; align-items: center; gap: 4px; font-weight: 500; color: var(--muted); font-variant-numeric: tabular-nums; }
.nm-panel-head {
  display: flex; align-items: center; gap: 8px; padding: 10px 10px 10px 12px; border-bottom: 1px solid var(--line);
}
.nm-panel-title { font-weight: 700; flex: 1; display: flex; align-items: center; gap: 8px; }
.nm-link { color: var(--accent); font-weight: 600; padding: 2px 6px; border-radius: 6px; }
.nm-link:hover { background: var(--bg2); }
.nm-panel-body { overflow-y: auto; padding: 4px 0 8px; overscroll-behavior: contain; }
.nm-kind { border-bottom: 1px solid var(--line); }
.nm-kind:last-child { border-bottom: 0; }
.nm-kind-row { display: flex; align-items: center; gap: 6px; padding: 4px 10px 4px 6px; }
.nm-disclosure {
  flex: 1; display: flex; align-items: center; gap: 8px; padding: 5px 6px; border-radius: 6px; font-weight: 600;
}
.nm-disclosure:hover:not(:disabled) { background: var(--bg2); }
.nm-disclosure:disabled { cursor: default; opacity: 0.6; }
.nm-caret { width: 10px; color: var(--muted); transition: transform 0.12s; font-size: 10px; }
.nm-disclosure[aria-expanded='true'] .nm-caret { transform: rotate(90deg); }
.nm-count { margin-left: auto; color: var(--muted); font-weight: 500; font-variant-numeric: tabular-nums; }
.nm-switch {
  position: relative; width: 30px; height: 18px; border-radius: 999px; flex: none;
  background: var(--line); transition: background 0.12s;
}
.nm-switch::after {
  content: ''; position: absolute; top: 2px; left: 2px; width: 14px; height: 14px; border-radius: 50%;
  background: #fff; box-shadow: 0 1px 2px rgba(0, 0, 0, 0.3); transition: transform 0.12s;
}
.nm-switch[aria-pressed='true'] { background: var(--c); }
.nm-switch[aria-pressed='true']::after { transform: translateX(12px); }
.nm-list { list-style: none; margin: 0 0 6px; padding: 0 8px 0 22px; }
.nm-group { margin: 6px 12px 2px 8px; font-size: 12px; color: var(--muted); font-weight: 600; display: flex; gap: 6px; }
.nm-item {
  display: flex; align-items: baseline; gap: 8px; width: 100%; padding: 3px 8px; border-radius: 6px;
}
.nm-item:hover { background: var(--bg2); }
.nm-item-text { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; min-width: 0; flex: 0 1 auto; max-width: 100%; }
.nm-item-text + .nm-item-aside { flex: 0 1 auto; min-width: 0; overflow: hidden; text-overflow: ellipsis; }
.nm-item-figure { flex: none; max-width: 60%; }
.nm-item-quote { white-space: normal; display: -webkit-box; -webkit-line-clamp: 2; -webkit-box-orient: vertical; }
.nm-item-aside { margin-left: auto; color: var(--muted); font-size: 12px; white-space: nowrap; font-variant-numeric: tabular-nums; }
.nm-watch { color: var(--watch); }
.nm-note { padding: 2px 16px; color: var(--muted); font-size: 12px; }
.nm-editor { width: 320px; max-width: calc(100vw - 16px); }
.nm-title { margin: 0 0 6px; font-weight: 600; color: var(--muted); }
.nm-editor blockquote {
  margin: 0 0 8px; padding: 2px 8px; border-left: 3px solid #f0a020; color: var(--muted); max-height: 4.4em;
  overflow: hidden;
}
.nm-editor textarea {
  display: block; width: 100%; min-height: 72px; resize: vertical; padding: 6px 8px; border: 1px solid var(--line);
  border-radius: 6px; font: inherit; color: inherit; background: var(--bg);
}
.nm-row { display: flex; align-items: center; gap: 8px; margin-top: 8px; }
.nm-hint { flex: 1; font-size: 12px; color: var(--muted); }
.nm-error { margin: 8px 0 0; color: #c92a2a; }
[data-theme='dark'] .nm-error { color: #ff8787; }
.nm-error:empty { display: none; }
.nm-sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
@media print { .nm-root { display: none !important; } }
@keyframes nm-in { from { opacity: 0; transform: translateY(2px); } }
@media (prefers-reduced-motion: reduce) { .nm-card { animation: none; } .nm-switch, .nm-switch::after, .nm-caret { transition: none; } }
`;
