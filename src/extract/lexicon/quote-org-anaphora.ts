import { lines } from './lines';

/**
 * Phrases that stand for the organisation last named (公司表示 / the company said): resolved to
 * the last company mentioned before the quote when the company detector found one.
 * Source: common anaphora in Chinese and English business news, by hand.
 */
export const QUOTE_ORG_ANAPHORA: readonly string[] = lines(`
It
The agency
The authority
The bank
The central bank
The commission
The company
The council
The firm
The fund
The group
The lender
The ministry
The regulator
The statement
The watchdog
it
the agency
the authority
the bank
the carmaker
the central bank
the commission
the company
the council
the firm
the fund
the group
the insurer
the lender
the ministry
the regulator
the statement
the watchdog
上述公司
上述公告
上述报告
上述研报
上述研究
上述通报
上述通知
信中
信件中
公司
公司方面
公告
函中
函件中
告示
官方
报告
招股书
招股说明书
文中
研报
管理层
该份报告
该企业
该会
该公会
该公司
该公告
该券商
该协会
该商会
该基金
该委
该学会
该局
该所
该报告
该招股书
该机构
该研报
该研究
该署
该联合会
该行
该调查
该通报
该通知
该银行
该集团
该项研究
这份报告
这家公司
这家券商
这家基金
这家银行
这项研究
通报
通知
集团
集团方面
`);
