// Generates a large news page (about `nodes` DOM nodes) for benchmarks and stress tests: a long
// bilingual article in the middle of heavy page chrome (menus, a sidebar of link lists, comments).
// Deterministic, original text; no randomness so runs compare.

const ZH =
  '据公司公告，2024年第三季度营业收入同比增长12.5%，毛利率为21.3%，较上年同期提升1.2个百分点，经营现金流持续改善。';
const EN =
  'Revenue rose 12.5 percent in the third quarter, and the company said margins improved for a fourth straight period, helped by lower input costs.';

/** HTML of a page with roughly `nodes` nodes (elements plus text nodes). */
export function bigPage(nodes = 50_000) {
  const parts = ['<!doctype html><html><head><meta charset="utf-8"><title>大型页面 Big page test</title></head><body>'];
  let count = 6;
  const add = (html, n) => {
    parts.push(html);
    count += n;
  };
  add('<header class="site-header"><nav class="menu"><ul>', 3);
  for (let i = 0; i < 300; i++) add(`<li><a href="/c/${i}">栏目${i}</a></li>`, 3);
  add(
    '</ul></nav></header><div class="wrap"><div class="main"><article class="post"><h1>大型页面上的文章 A long article on a big page</h1><div class="post-content">',
    6,
  );
  const paragraphs = Math.max(50, Math.floor(nodes / 40));
  for (let i = 0; i < paragraphs; i++) {
    if (i % 10 === 9) add(`<p>${EN} <a href="/n/${i}">More</a> <strong>${i}</strong></p>`, 6);
    else add(`<p>${ZH}<span>${i}</span></p>`, 4);
  }
  add('</div></article><div class="comments" id="comments">', 2);
  let c = 0;
  const sidebarNodes = Math.floor(nodes * 0.35);
  while (count < nodes - sidebarNodes) {
    add(
      `<div class="comment"><div class="comment-user">user${c}</div><p>评论内容，写得很长很长，第${c}条评论。</p></div>`,
      6,
    );
    c++;
  }
  add('</div></div><aside class="sidebar">', 2);
  let s = 0;
  while (count < nodes - 10) {
    add(
      `<ul class="rank"><li><a href="/h/${s}">热门文章标题第${s}条</a></li><li><a href="/h/${s + 1}">Popular story ${s + 1}</a></li></ul>`,
      9,
    );
    s += 2;
  }
  add('</aside></div><footer class="site-footer"><p>版权所有 Copyright</p></footer></body></html>', 5);
  return parts.join('');
}

/** HTML of a portal home page with no article: blocks of headline lists, about `nodes` nodes. */
export function bigHomePage(nodes = 50_000) {
  const parts = [
    '<!doctype html><html><head><meta charset="utf-8"><title>首页 Home</title></head><body><div class="nav">',
  ];
  let count = 6;
  for (let i = 0; i < 100; i++, count += 2) parts.push(`<a href="/c/${i}">栏目${i}</a>`);
  parts.push('</div><div class="main">');
  for (let b = 0; count < nodes - 10; b++) {
    parts.push(`<div class="block"><h2>板块${b}</h2><ul>`);
    count += 4;
    for (let i = 0; i < 10; i++, count += 6)
      parts.push(
        `<li><a href="/n/${b}/${i}">新闻标题第${b}块第${i}条 Headline ${b}-${i}</a><span>10:2${i}</span></li>`,
      );
    parts.push('</ul></div>');
  }
  parts.push('</div></body></html>');
  return parts.join('');
}
