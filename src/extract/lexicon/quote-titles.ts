import { lines } from './lines';

/**
 * Titles and role words stripped from a speaker (教授沈阳 → 沈阳; Chief Executive Maria Okafor →
 * Maria Okafor): the speaker is what follows the last title in the attribution. Chinese and English.
 * Source: job titles and honorifics common in Chinese and English business news, collected by hand.
 */
export const QUOTE_TITLES: readonly string[] = lines(`
Ambassador
Analyst
Assistant
Attorney
Attorney General
CEO
CFO
CIO
CMO
COO
CTO
Chair
Chairman
Chairwoman
Chancellor
Chief Economist
Chief Executive
Chief Executive Officer
Chief Financial Officer
Chief Information Officer
Chief Investment Officer
Chief Operating Officer
Chief Strategist
Chief Technology Officer
Co-founder
Commissioner
Dame
Deputy
Director
Dr
Dr.
Economist
Executive
Executive Director
Executive Vice President
Founder
General Manager
Governor
Head
Inspector General
Judge
Justice
Lawyer
Lord
Managing Director
Managing Partner
Mayor
Minister
Mr
Mr.
Mrs
Mrs.
Ms
Ms.
Officer
Partner
Premier
President
Prof.
Professor
Representative
Secretary
Secretary-General
Senator
Senior Vice President
Sheriff
Sir
Solicitor General
Spokesman
Spokesperson
Spokeswoman
Strategist
Surgeon General
Treasurer
Vice President
analyst
chairman
chief economist
chief executive
chief financial officer
chief investment officer
chief operating officer
chief strategist
co-founder
director
economist
founder
fund manager
head
partner
portfolio manager
president
professor
spokesman
spokesperson
spokeswoman
strategist
专家
业主代表
主任
主任医师
主创
主席
主播
主治医师
主策划
主管
主编
乘客代表
产品经理
代理人
众议员
会长
债权人代表
值班长
养殖大户
养殖户
农民
出品人
出租车司机
分析人士
分析师
创办人
创始人
创始合伙人
制作人
副主任
副主任医师
副主席
副会长
副厂长
副局长
副总干事
副总经理
副总裁
副所长
副教授
副理
副秘书长
副组长
副董事长
副行长
副部长
副院长
区议员
医师
医生
博士
厂长
厨师
参议员
发言人
台长
司机
合伙人
合规负责人
员工代表
团长
场长
基金经理
处长
外卖员
大学生代表
委员
委派代表
学生代表
学者
实控人
实际控制人
家长代表
导演
局长
居民
居民代表
工人
工人代表
工程师
市民
市民代表
市长
店主
店长
律师
快递员
总工程师
总干事
总监
总精算师
总经理
总经理助理
总编辑
总裁
总裁助理
所长
执行总裁
执行董事
执行长
技术工人
技术长
投资总监
投资经理
投资者代表
投资长
护士
护工
护理员
持有人代表
掌门人
操作工
操盘手
收银员
教师
教授
数位长
新闻发言人
机长
村民
村民代表
村长
校长
永续长
法务长
消费者
消费者代表
游客
游戏制作人
焊工
独立董事
班长
理事长
理货员
白领
监制
省长
矿长
研究员
研究总监
研究部总监
社长
种植户
种粮大户
科长
秘书长
立法会议员
站长
策略师
策略长
管理合伙人
精算师
精算责任人
组长
经济学家
经济师
经理
经营者代表
网友
职工代表
联合创始人
股东代表
股民
船长
营业员
营运长
董事
董事会主席
董事会秘书
董事总经理
董事长
董事长助理
董秘
行政总裁
行销长
行长
装配工
议员
讲师
评级机构
调度员
负责人
财务总监
财务长
质检员
资讯长
车主
车间主任
退休教师
退休职工
部长
配送员
镇长
队长
院长
非执行董事
顾客
顾问
风控负责人
风控长
飞手
馆长
首席
首席专家
首席信息官
首席分析师
首席执行官
首席技术官
首席投资官
首席研究员
首席科学家
首席策略师
首席精算师
首席经济学家
首席财务官
首席运营官
首席风险官
骑手
高级工程师
高级研究员
`);

/**
 * The hundred or so most common Chinese surnames, as the household-registration statistics of China's Ministry of
 * Public Security rank them: a name after a description (在广州跑车的王秀芹只…) is read only when it opens with one.
 */
export const ZH_COMMON_SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';

/** Two-character surnames (欧阳峻, 司马南): the given name follows both characters. */
export const ZH_COMPOUND_SURNAMES: readonly string[] = [
  '欧阳',
  '司马',
  '上官',
  '诸葛',
  '东方',
  '皇甫',
  '慕容',
  '令狐',
  '司徒',
  '尉迟',
  '长孙',
  '宇文',
  '公孙',
  '夏侯',
  '端木',
  '独孤',
  '南宫',
  '西门',
  '闻人',
  '申屠',
];
