// Generates a big news page (original text from templates) for the page benchmark: an <article> of
// Chinese and English paragraphs full of figures, quotes and company names, between site chrome.

const ZH_COMPANIES = ['宁德时代', '比亚迪', '招商银行', '腾讯', '贵州茅台', '中国平安'];
const EN_COMPANIES = ['Nvidia', 'Microsoft', 'Apple', 'Alibaba'];
const ZH_PEOPLE = ['周启明', '林晓', '沈立言', '陈若山'];
const EN_PEOPLE = ['Maria Okafor', 'Priya Raman', 'Dana Whitfield'];

/** A deterministic pseudo-random generator (the page is the same on every run). */
function rng(seed) {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

/** An HTML page of about `bytes` bytes. */
export function generateBigPage(bytes) {
  const r = rng(42);
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  const num = (max, digits = 2) => (r() * max).toFixed(digits);
  const paras = [];
  let size = 0;
  for (let i = 0; size < bytes - 4000; i++) {
    let p;
    if (i % 5 === 4) {
      p = `${pick(EN_COMPANIES)} said revenue rose ${num(40, 1)} percent to $${num(90)} billion in the quarter, while its operating margin widened by ${Math.floor(r() * 300)} basis points. "We expect demand to stay firm through ${2026 + (i % 3)}," Chief Executive ${pick(EN_PEOPLE)} said.`;
    } else if (i % 3 === 0) {
      p = `“我们预计明年订单仍将增长${num(30, 1)}%左右，产线的利用率超过九成。”${pick(ZH_COMPANIES)}董事长${pick(ZH_PEOPLE)}在业绩说明会上表示，公司计划投资约${num(50)}亿元新建两条产线。`;
    } else {
      p = `${pick(ZH_COMPANIES)}公告称，公司${2020 + (i % 6)}年前三季度实现营业收入${num(900)}亿元，同比增长${num(40, 1)}%；归母净利润${num(90)}亿元，毛利率较上年同期提升${num(5, 1)}个百分点。`;
    }
    const html = i % 40 === 0 ? `<h2>第${i / 40 + 1}部分</h2><p>${p}</p>` : `<p>${p}</p>`;
    paras.push(html);
    size += Buffer.byteLength(html);
  }
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>Generated 2 MB article</title>
<style>body{font-family:sans-serif;margin:0}article{max-width:760px;margin:0 auto;line-height:1.8}nav,footer{background:#223;color:#fff;padding:8px}</style>
</head><body><nav><a href="/">首页</a> <a href="/finance">财经</a></nav>
<article><h1>一份很长的财经报道</h1>
${paras.join('\n')}
</article><footer>© 2026 示例财经</footer></body></html>`;
}
