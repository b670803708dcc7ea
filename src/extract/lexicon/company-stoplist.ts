// Names that are NOT companies (GUIDELINE.md §4): products and models, regulators and government bodies,
// exchanges, associations, universities and research bodies (those whose ending already says so, …大学, …局, …交易所,
// are left to ZH_NOT_COMPANY_ENDINGS), and generic nouns that look like names. Media outlets are optional companies in
// the gold, so they need no list. Source: GUIDELINE.md §4 and common names in Chinese
// and English business news, collected for newsmark.
import { lines } from './lines';

/** Products, models and platforms named without their maker (Sora, 可灵AI, 豆包, 支付宝). */
export const NOT_COMPANY_PRODUCTS: readonly string[] = lines(`
A320
A350
AirPods
Alexa
AlphaFold
AlphaGo
Android
App Store
Apple Watch
Azure
B737
Bing
B站
C919
ChatGPT
ChatGPT Plus
ChatGPT Pro
Chrome
Claude
Copilot
Cybertruck
DNC
DeepSeek-R1
Dream Machine
Excel
Facebook Messenger
Firefox
GPT-4
GPT-4o
GPT-5
Galaxy
Gemini
Gen-3
Gmail
Google Play
HarmonyOS
Instagram
Kimi
Kimi智能助手
Kindle
Kling
Ledgerline
Llama
Mac
MacBook
Mate
Mavic
Midjourney V6
Model 3
Model Y
Netflix App
Office
Pixel
Play Store
PlayStation
Prime
Safari
Siri
Sora
Sora Turbo
Stable Diffusion
Starlink
Surface
Switch
TikTok
Vega
Vidu
Vision Pro
WeChat
WhatsApp
Windows
Wind终端
Xbox
YouTube
iFinD
iOS
iPad
iPhone
元宝
可灵
可灵AI
天猫
小红书App
微信
微博
快手极速版
抖音
支付宝
文心一言
星火
星链
淘宝
混元
盘古
视频号
讯飞星火
豆包
通义
通义千问
钉钉
鸿蒙
`);

/** Regulators, government bodies, exchanges, associations, universities, research bodies. */
export const NOT_COMPANY_BODIES: readonly string[] = lines(`
ACCC
AMF
APRA
ASCO
ASIC
AUSTRAC
BOJ
BaFin
Banca d'Italia
Banco Central do Brasil
Banco de España
Bangko Sentral ng Pilipinas
Bank Al-Maghrib
Bank Indonesia
Bank Negara Malaysia
Bank of Canada
Bank of England
Bank of Israel
Bank of Japan
Bank of Korea
Bank of Mexico
Bank of Thailand
Banque de France
Blue House
Boursa Kuwait
Bulgarian National Bank
Bundesbank
Bundesliga
CADE
CCMA
CFPB
CFTC
CMA
CNMV
CONSOB
CRTC
CSRC
CVM
Cambridge
Central Bank of Kenya
Central Bank of Nigeria
Champions League
Croatian National Bank
Czech National Bank
DOJ
Danmarks Nationalbank
De Nederlandsche Bank
Department of Justice
Deutsche Bundesbank
Downing Street
ECB
EMA
Elysee
Elysee Palace
Europa League
European Central Bank
Export-Import Bank
FAA
FCA
FDA
FDIC
FERC
FINMA
FINRA
FTC
Fed
Federal Deposit Insurance
Federal Deposit Insurance Corp
Federal Reserve
Gas Infrastructure Europe
Global Affairs Canada
HKEX
HKMA
Harvard
Hong Kong Stock Exchange
Hungarian National Bank
IG BCE
IG Metall
IMF
JFTC
KFTC
Kremlin
LSE
La Liga
Ligue 1
London Stock Exchange
MAS
MIIT
MIT
NASA
NASDAQ
NDRC
NFRA
NHTSA
NYSE
Nasa
Nasdaq
Nasdaq Dubai
National Bank of Belgium
National Bank of Cambodia
National Bank of Ethiopia
National Bank of Georgia
National Bank of Kazakhstan
National Bank of Moldova
National Bank of Poland
National Bank of Romania
National Bank of Rwanda
National Bank of Serbia
National Bank of Slovakia
National Bank of Ukraine
New York Stock Exchange
Norges Bank
OCC
OPEC
OSC
OSFI
Ofcom
Ofgem
Ofwat
Oxford
PBGC
PBOC
PRA
Pension Benefit Guaranty
Pension Benefit Guaranty Corp
Pentagon
People's Bank of China
Premier League
Prudential Authority
Qatar Stock Exchange
RBA
RBI
Reserve Bank of Australia
Reserve Bank of India
Reserve Bank of New Zealand
Riksbank
SAMR
SEBI
SEC
SFC
SIX Swiss Exchange
Saudi Exchange
Securities and Exchange Commission
Serie A
South African Reserve Bank
Stanford
State Bank of Pakistan
Swiss National Bank
Treasury
United Nations
Verdi
WHO
WTO
White House
Whitehall
World Bank
Yale
ver.di
Élysée
上交所
上期所
上期能源
世界银行
世行
中国人民银行
中国证监会
中基协
中汽协
中科院
中证协
中金所
主管机关
主管部门
乘联会
人大
人民银行
人行
保监会
保险局
全国人大
全国社保基金
公平会
北交所
医共体
国会
国务院
国发会
大商所
央行
工研院
广期所
房委会
房屋委员会
政协
日本央行
柜买中心
欧佩克
欧委会
欧洲央行
欧盟
民航发展基金
海关
消基会
消委会
深交所
港交所
白宫
社保基金
社科院
纳斯达克
纽交所
美国国会
美国证监会
美联储
联交所
联合国
英国央行
英格兰银行
证交所
证期局
证监会
资策会
通传会
郑商所
金管会
银保监会
银监会
银行局
香港联交所
`);

/**
 * Generic nouns and aliases that look like names (公司, 标的公司, 民营企业, 制造商, 本行), and adverbs that stand
 * where a subject would (多家公司|陆续|发布公告).
 */
export const NOT_COMPANY_GENERIC: readonly string[] = lines(`
ADR
ADRs
ADS
ADSs
APP
App
A股
B股
CFR
CIF
CNH HIBOR
Company
Corp
ETF
ETFs
FOB
GDP
Group
HIBOR
HONIA
Holdings
H股
IPO
IPOs
Inc
LIBOR
Ltd
REIT
REITs
SHIBOR
SOFR
The Company
the Company
上市公司
上市银行
业内
业内人士
两行
个股
中介机构
中央银行
中小银行
主办方
主权基金
主权财富基金
互联网公司
交易对方
产业投资
产业资本
今日
今晚
他们
他行
企业
伦铜
伦铝
供应商
保险公司
信托公司
债权人
储备棉
储备粮
储备肉
先后
全体
全行
全资子公司
全资附属公司
公交
公众号
公共交通
公募
公募基金
公司
共同
关联公司
养殖场
养老基金
内资
再次
农商行
农商银行
农场
分别
分析师
创业公司
创业投资
创投
初创公司
制造商
券商
单只
厂商
厂家
参股公司
友商
双方
发电企业
发电集团
发行人
另外
台股
各方
合伙企业
合资公司
同业
同时
同行
咨询机构
商业银行
固收
国企
国家
国有企业
国有大行
国有资本
国有银行
国资
国际物流
国际货运
地方国资
地铁
城商行
城市交通
基础物业
基金公司
壳公司
外企
外资
外资银行
大厂
大股东
央企
头部企业
子公司
存托凭证
存托股
官方
官网
实际控制人
客户
对冲基金
对方
小程序
巨头
已经
市场
平台
平台公司
强积金
强积金基金
当周
当天
当晚
当月
影子银行
律所
我们
我行
房企
手机银行
托管
承办方
投行
投资公司
投资机构
投资者
投资银行
控股公司
控股子公司
控股股东
新势力
新行
日前
昨日
昨晚
普通
有色金属
有限
有限公司
有限责任公司
服务商
本公司
本公司董事会
本行
本集团
机构
村镇银行
果园
标的
标的公司
概念股
次日
正式
此前
此外
母公司
母集团
民企
民营企业
民营银行
民间资本
沪金
沪铜
沪铝
沪银
沪锌
沪锡
沪镍
港股
牧场
物业公司
特专科技
特专科技公司
理财公司
生物技术公司
电网企业
监管机构
目前
目标公司
直销银行
相继
石油天然气
研发
研究机构
社会资本
私募
私募基金
科技公司
租赁公司
空壳公司
竞品
管理层
纷纷
经纪
经销商
网上银行
网络银行
网银
美国存托凭证
美国存托股
美股
股东
股份公司
股份制银行
股份有限公司
股权投资
自发
自营
茶园
药企
董事会
行业
行动银行
记者
证券公司
评级机构
该公司
该行
该集团
财务公司
财团
财富管理
资产管理
资产管理公司
资本
资本市场
资管
车企
轨道交通
运营商
近日
酒企
酒厂
酒庄
金融机构
金融租赁公司
金融资本
银行
银行股
门店
陆续
险企
随即
随后
集团
集团公司
项目公司
风投
风险资本
首次
龙头企业
龙头股
龙虎榜
`);

/**
 * Words that describe a company without naming it; a name made only of these is generic (金融科技, 新能源汽车).
 * The detector adds ZH_REGIONS and ZH_INDUSTRY_WORDS to them: words of those lists are not repeated here.
 */
export const ZH_GENERIC_MODIFIERS: readonly string[] = lines(`
一些
一家
一般
上市
上游
上述
下一步
下游
不完全
不少
专业
业界
业绩
中型
中央
中小
中小型
中游
中资
主流
主要
交易
人工智能
今后
代餐
任何
众多
会员
传统
体育
余额
债权
停牌
先进
全台
全港
全澳
全部
公募
公告
公布
公开
公开数据
关键
其
其他
养老
军工
农产品
农商行
农村
冷链
减持
几家
出售
分公司
分拆
分红
创业
创新
初创
初步
前沿
前述
剥离
包括
医用
历史
县域
友善
发出
发布
召开
台资
各大
各家
合并
合资
同期
同类
同行
启动
商用
啤酒
回购
国有
地区
地方
城乡
城商行
城市
城投
基地
增持
复牌
外地
外资
多个
多位
多只
多名
多地
多家
多数
大型
大模型
头部
存续
存量
安防
完成
官方
实现
实际
宣布
家用
家电
对外
小型
小微
少数
尖端
工厂
市场
布局
干散货
年报
并购
建材
异地
引导
总部
总额
所有
手机
打造
承批
投顾
披露
招募
拥有
持有
推出
提交
收购
政府
散装
数十家
数家
整个
整合
整车
文旅
新兴
新型
新锐
无人
明确
显示
最新
服装
未来
本
本土
机器人
某
核心
此
每家
民用
民营
民间
油气
注入
注册
消费
涵盖
港资
游戏
煤炭
燃油
独资
现代
生产
用户
电动
白酒
监测
监管
相关
省内
知名
硬件
硬核
社会
私人
私募
第三方
签署
算力
粗略
素质
线下
终端
经营
统计
置入
置出
老牌
耐心
耐心资本
职业
股份行
股权
自动驾驶
自己
航天
船舶
芯片
融资
行业
表示
规模
认为
试点
该
该等
诸多
调研
财产
财务
财报
货柜
货运
资深
跟踪
跨国
转让
辖内
过去
运营
这家
连锁
退市
造车
那家
部分
部门
重组
钢材
销售
锂电
长期
长线
长者
问询
集合
集装箱
面板
项目
领先
风险
首家
高新
高科技
高端
黑科技
龙头
`);

/** Endings of Chinese names of non-companies (…大学, …研究院, …局, …协会, …交易所). */
export const ZH_NOT_COMPANY_ENDINGS: readonly string[] = lines(`
中心
交易所
促进会
俱乐部
倡议
党
公会
公约
军
分会
制度
办
办公室
区
医院
协
协会
协定
厅
县
周刊
商会
园
基金会
处
大学
委
委员会
学会
学校
学院
实验室
局
工程院
市
总会
报
政府
新闻
日报
时报
晚报
机制
杂志
村
检察院
法院
理事会
电视台
省
研究会
研究所
研究院
社
科学院
站
组
组织
署
联合会
联席会
联席会议
联盟
街道
部
部门
镇
队
馆
`);

/** Last words of English names of non-companies (University, Commission, Authority). */
export const EN_NOT_COMPANY_ENDINGS: readonly string[] = lines(`
Administration
Agency
Army
Association
Authority
Board
Brotherhood
Bureau
Center
Centre
Coalition
College
Commission
Committee
Conference
Congress
Council
Court
Department
Directorate
Federation
Foundation
Government
Guild
Hospital
Inspectorate
Institut
Institute
Instituto
Instituut
League
Ministry
Museum
Navy
Office
Organisation
Organization
Parliament
Party
Police
Reserve
School
Senate
Service
Society
Study Group
Union
Universidad
Universidade
University
Università
Université
Working Group
`);

/**
 * Two-character words that a short company name can straddle (上万|科 around 万科, 高通|胀 around 高通) and that
 * ICU's word dictionary lacks: the rest are told by Intl.Segmenter in context (zh-segment.ts). Source: words seen
 * around short names in Chinese news, kept where `new Intl.Segmenter('zh')` splits them (Node 20, ICU 78).
 */
export const ZH_COLLISION_WORDS: readonly string[] = lines(`
上万
互联
会上
佳绩
兄长
全国
共创
利好
医保
参保
发力
处长
失联
少许
居高
建有
征信
抹平
拉美
拉长
拔高
授信
攀高
数万
文创
更小
次日
混元
焕新
燃料
物联
理事长
瑰宝
着力
社保
科创
秘书长
等同
算力
股金
自创
萨德
董事长
设有
诺维
调用
调高
质保
贫富
走高
较小
较长
较高
送达
适中
通胀
通过
通量
铁水
风华
`);

/**
 * What futures and options are traded on (生猪期货, 碳酸锂期货, 国债期权): X期货 names a contract, not a futures broker.
 * Source: the contracts listed by the Shanghai, Dalian, Zhengzhou and Guangzhou futures exchanges and the CFFEX.
 */
export const FUTURES_UNDERLYINGS: readonly string[] = lines(`
PTA
PVC
不锈钢
乙二醇
利率
动力煤
原木
原油
原糖
可可
咖啡
商品
国债
塑料
外汇
多晶硅
大豆
天然橡胶
天然气
尿素
工业硅
强麦
棉纱
棉花
棕榈油
橡胶
氧化铝
汇率
沥青
液化气
液化石油气
烧碱
热卷
焦炭
焦煤
燃料油
玉米
玉米淀粉
玻璃
生猪
甲醇
白糖
白银
短纤
硅铁
碳排放
碳酸锂
粳米
红枣
纯碱
纸浆
线材
聚丙烯
聚乙烯
股指
花生
苯乙烯
苹果
菜油
菜籽油
菜粕
螺纹钢
豆油
豆粕
钯金
铁矿石
铂金
锰硅
集运
集运指数
鸡蛋
黄金
`);
