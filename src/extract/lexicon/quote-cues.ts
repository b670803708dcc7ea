/**
 * Cues that tell a quotation (speech) from a term, name or scare quote in marks (GUIDELINE.md §3).
 * Source: patterns of Chinese and English business news, collected by hand; each list says its use.
 */
import { lines } from './lines';

/** Right before the opening mark, these introduce a name, alias or term, never speech (简称“X”, 所谓“X”). */
export const NAME_CUES_BEFORE_ZH: readonly string[] = lines(`
下称
人称
代号
以下简称
俗称
入选
写有
写着
写著
冠名
印有
印着
印著
又称
叫作
叫做
号称
名为
名叫
名曰
命名为
外号
戏称
所谓
摘得
斩获
昵称
标着
标著
看作
看成
称为
称之为
简称
简称为
统称
绰号
自称为
荣获
获评
获颁
被称为
被誉为
被评为
视为
视作
誉为
评为
通称
题为
`);

/** Right before the opening mark, these usually introduce a product, event or slogan (推出“X”); a penalty, not a veto. */
export const TERM_CUES_BEFORE_ZH: readonly string[] = lines(`
上演
上线
主办
主题
举办
举行
位于
信奉
倡导
参与
参加
发布
发起
口号
启动
品牌
奉行
定为
实施
实现
实行
平台
开启
开展
开通
成立
战略
打响
打造
承办
掀起
推出
推动
推行
推进
提出
栏目
概念
模式
活动
理念
节目
落实
计划
设立
贯彻
走向
践行
迈入
进入
选择
陷入
项目
`);

/** Right after the closing mark, these mark the quoted words as a term or name (“X”等, “X”功能); a penalty. */
export const TERM_CUES_AFTER_ZH: readonly string[] = lines(`
APP
App
ETF
app
一带
一词
业务
主题
之名
之称
二字
产品
体系
做法
功能
口号
号
品牌
型
基金
大会
奖
字样
安排
展
峰会
工程
平台
并不是
并非
式
成为
战略
措施
政策
效应
方案
机制
杯
板块
标签
概念
模式
活动
片区
版
玩法
现象
理念
的标签
的称号
的说法
目标
称号
等
等等
系列
系统
节
范围
著称
行为
行动
见长
规划
计划
计画
论坛
赛
赛道
路线
这一
这个
这种
问题
闻名
难题
项目
`);

/** A quoted text ending with one of these (after any parenthesis) is a name of an event, award or programme. */
export const NAME_SUFFIXES_ZH: readonly string[] = lines(`
APP
App
app
专项
中心
交流会
产品
便利店
倡议
债券
公司
功能
协会
博览会
发布会
号
听证会
品牌
圈
基金
大会
大学
大模型
大赛
奖
奖项
委员会
学院
实验室
展
展览会
峰会
工作室
工程
平台
年会
座谈会
战略
指数
推介会
措施
旗舰店
杯
榜
榜单
模型
模式
活动
研究院
称号
系列
系统
联盟
节
行动
行动计划
计划
计划书
计画
论坛
论证会
证券
说明会
贷款
赛
银行
集团
零食店
项目
`);

/** Function words that make quoted words a clause someone said rather than a term (distinct ones are counted). */
export const FUNCTION_WORDS_ZH: readonly string[] = lines(`
一定
不
也
了
会
但
你
你们
再
别
只
只能
可以
吗
吧
呢
咱们
啊
因为
如果
就
已经
并不
应该
很
必须
我
我们
所以
才
把
更
未
正在
比较
没
没有
而
能
要
还
都
非常
`);

/** Words right before the opening mark that introduce a name or term, never speech (so-called "X", dubbed "X"). */
export const NAME_CUES_BEFORE_EN: readonly string[] = lines(`
a classic
a textbook
ad line
advertised as
advertises as
advertising line
advertising slogan
banner reading
banners reading
billed as
branded
call to
calls to
catchphrase
code-named
codenamed
critics call
downgraded to
dubbed
entitled
known as
labeled
labelled
launched
mantra
marked
marketed as
markets as
motto
named
nicknamed
pitched as
placard reading
placards reading
posters reading
rallying cry
rated
rating
rating of
sceptics call
sign reading
signs reading
skeptics call
slogan
slogan such as
slogans like
slogans such as
so-called
started calling
tagline
taglines such as
taken to call
taken to calling
that read
that reads
the label
the moniker
the name
the newly launched
the phrase
the recently launched
the slogan
the term
the word
titled
touted as
under the name
unveiled
upgraded to
written as
`);

/** Analyst rating labels, never quotes ("outperform", “增持”); compared lowercased, without punctuation. */
export const RATING_LABELS: readonly string[] = lines(`
accumulate
add
buy
equal weight
equal-weight
hold
in line
in-line
market outperform
market perform
market underperform
neutral
outperform
overweight
peer perform
reduce
sector outperform
sector perform
sector underperform
sell
strong buy
strong sell
underperform
underweight
中性
买入
优于大市
减持
卖出
同步大市
增持
审慎推荐
弱于大市
强于大市
强烈推荐
持有
推荐
谨慎推荐
跑赢大市
跑赢行业
跑输大市
`);
