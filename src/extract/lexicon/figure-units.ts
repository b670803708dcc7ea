/**
 * Figure lexicon: currencies, units and measure words that belong to a number (GUIDELINE.md §2.1).
 * Source: ISO 4217 codes; the measure words (量词) and units of Chinese business and science news;
 * the units of English financial news. Sorted, one entry a line.
 */
import { lines, pairs } from './lines';

/** Chinese currency words after a number, with their ISO 4217 code (109.46亿元, 12.38港元). */
export const FIGURE_CURRENCIES_ZH: Readonly<Record<string, string>> = pairs(`
丹麦克朗|DKK
人民币|CNY
元|CNY
元人民币|CNY
元新台币|TWD
元港币|HKD
兰特|ZAR
加元|CAD
南非兰特|ZAR
卢布|RUB
卢比|INR
印尼盾|IDR
土耳其里拉|TRY
块钱|CNY
埃及镑|EGP
墨西哥比索|MXN
奈拉|NGN
尼日利亚奈拉|NGN
巴西雷亚尔|BRL
披索|PHP
挪威克朗|NOK
新加坡元|SGD
新加坡币|SGD
新台币|TWD
新西兰元|NZD
日元|JPY
日圆|JPY
林吉特|MYR
欧元|EUR
比索|比索
沙特里亚尔|SAR
泰铢|THB
港元|HKD
港币|HKD
澳元|AUD
澳门元|MOP
瑞典克朗|SEK
瑞士法郎|CHF
美元|USD
美金|USD
英镑|GBP
菲律宾比索|PHP
越南盾|VND
迪拉姆|AED
里拉|TRY
里亚尔|SAR
沙特里亚尔|SAR
阿联酋迪拉姆|AED
雷亚尔|BRL
韩元|KRW
蚊|HKD
令吉|MYR
新元|SGD
`);

/** Currency signs and codes written before a number ($7.6 billion, HK$12, RMB 5 billion). */
export const FIGURE_CURRENCY_PREFIXES: Readonly<Record<string, string>> = pairs(`
$|USD
A$|AUD
AED
AUD
BRL
Bt|THB
C$|CAD
CAD
Dh|AED
CHF
MAD
KZT
ARS
COP
PEN
HUF
RON
ILS
QAR
KWD
BHD
OMR
TWD
BDT
LKR
UAH
RUB
UZS
TZS
UGX
ZMW
XOF
CNY
Ch$|CLP
CLP
CZK
GH¢|GHS
DKK
DKr|DKK
EGP
EUR
E£|EGP
GBP
GHS
GH₵|GHS
HK$|HKD
HKD
IDR
INR
JPY
KES
KRW
KSh|KES
Ksh|KES
USh|UGX
MXN
MYR
Mex$|MXN
NGN
NIS|ILS
NKr|NOK
NOK
NT$|TWD
NZ$|NZD
NZD
PHP
PKR
PLN
R$|BRL
RMB|CNY
RM|MYR
Rp|IDR
Rs|INR
S$|SGD
SAR
SEK
SR|SAR
Sh|KES
SGD
SKr|SEK
THB
TRY
US$|USD
USD
VND
VN₫|VND
ZAR
£|GBP
¥|CNY
฿|THB
₦|NGN
₩|KRW
₫|VND
€|EUR
₱|PHP
₹|INR
₺|TRY
￥|CNY
`);

/**
 * English currency words after a number, as `word|ISO code|factor` (factor 1 when left out): 61 cents → 0.61 USD,
 * 1,840 pence → 18.40 GBP. A word several currencies share keeps the word as its unit (crowns: Danish, Norwegian,
 * Swedish or Czech).
 */
export const FIGURE_CURRENCIES_EN: readonly string[] = lines(`
Australian cents|AUD|0.01
Australian dollars|AUD
Canadian cents|CAD|0.01
Canadian dollars|CAD
Danish crowns|DKK
Danish kroner|DKK
Egyptian pounds|EGP
HK cents|HKD|0.01
HK cent|HKD|0.01
Hong Kong cents|HKD|0.01
Mexican cents|MXN|0.01
New Zealand cents|NZD|0.01
South African cents|ZAR|0.01
Hong Kong dollars|HKD
Kenyan shillings|KES
Mexican pesos|MXN
Chilean pesos|CLP
Colombian pesos|COP
Argentine pesos|ARS
New Taiwan dollars|TWD
New Zealand dollars|NZD
Norwegian crowns|NOK
Norwegian kroner|NOK
Philippine pesos|PHP
Singapore cents|SGD|0.01
Singapore dollars|SGD
Swedish crowns|SEK
Swedish kronor|SEK
Swiss francs|CHF
Taiwan dollars|TWD
Tanzanian shillings|TZS
US cents|USD|0.01
US dollars|USD
Ugandan shillings|UGX
baht|THB
cedis|GHS
cents|USD|0.01
cent|USD|0.01
crown
crowns
dirham
dirhams|AED
Moroccan dirhams|MAD
dollars|USD
dong|VND
euro cents|EUR|0.01
euro|EUR
euros|EUR
franc|CHF
francs|CHF
kroner
kronor|SEK
lira|TRY
liras|TRY
naira|NGN
pence|GBP|0.01
øre|NOK|0.01
paise|INR|0.01
pounds|GBP
p|GBP|0.01
rand|ZAR
reais|BRL
renminbi|CNY
ringgit|MYR
riyals|SAR
riyal|SAR
rubles|RUB
rupees|INR
rupiah|IDR
sen|MYR|0.01
shillings
won|KRW
yen|JPY
yuan|CNY
zloty|PLN
zlotys|PLN
lei|RON
złoty|PLN
złotys|PLN
koruna|CZK
korunas|CZK
kobo|NGN|0.01
centavos|centavos|0.01
centavo|centavos|0.01
CFA francs|XOF
patacas|MOP
pataca|MOP
forints|HUF
forint|HUF
shekels|ILS
shekel|ILS
hryvnias|UAH
tenge|KZT
taka|BDT
soles|PEN
dinars
Swiss franc|CHF
`);

/** Chinese ratio units: the normalised unit and the factor to base units (92.09% → 0.9209, 68倍 → 68 x). */
export const FIGURE_RATIOS_ZH: Readonly<Record<string, [string, number]>> = {
  '%': ['%', 0.01],
  '‰': ['%', 0.001],
  个基点: ['bp', 1],
  // (Hong Kong and Taiwan write 基本点 for basis points: 3個基本點)
  个基本点: ['bp', 1],
  个百分点: ['pp', 1],
  倍: ['x', 1],
  // (多 after a multiple is inside it, as after a count: 增长了一倍多)
  倍多: ['x', 1],
  基点: ['bp', 1],
  基本点: ['bp', 1],
  成: ['%', 0.1],
  // a discount as the share of the price paid (八折 → 0.8, 7.5折 → 0.75)
  折: ['%', 0.1],
  百分点: ['pp', 1],
  '％': ['%', 0.01],
};

/**
 * Chinese measure words and units kept in the span (10亿条, 3.6万台, 20秒, 3.7公里); the unit is the word
 * as written. Dates (年 月 日) and money are handled apart; 个 is listed with the nouns it forms units with.
 */
export const FIGURE_MEASURE_WORDS_ZH: readonly string[] = lines(`
个
个多小时
个多月
个季度
个小时
个星期
个月
交易日
亩
人
人次
件
份
本
平方英寸
双
伏
伏安
千伏安
兆伏安
伙
位
例
兆瓦
兆瓦时
克
公吨
公尺
公斤
公里
公顷
册
分贝
分钟
分钱
列
剂
包
千伏
千克
千升
千卡
千瓦
千瓦时
千米
升
单
厅
厘
厘米
口
只
台
吉瓦
名
吨
吨度
吨标准油
吨标准煤
吨标煤
呎
周
周岁
周年
国
场
块
坪
城
处
大卡
天
头
套
季
学时
宗
家
对
小时
尼特
层
届
岁
工作日
幅
幢
干吨
平方公尺
平方公里
平方呎
平方米
平方英尺
平米
年
年期
度
座
张
微克
微秒
微米
户
所
手
批
把
摄氏度
支
斤
方呎
星
星期
道
晚
月龄
期
束
条
杯
枚
枝
架
架次
标准箱
栋
株
根
桌
档
桶
棵
次
款
段
毫克
毫升
毫安时
毫秒
毫米
湿吨
点
片
版
牛·米
班
班次
瓦
瓶
百万英热单位
盎司
盏
盒
省
省份
码
碗
磅
票
种
秒
秒钟
稿
立方公尺
立方米
站
笔
箱
篇
米
类
粒
级
纳米
组
罐
羽
职位
股
腔
自然箱
航次
船
艘
节
芯公里
英寸
英尺
英热单位
英里
袋
课时
起
趟
车
车次
轮
辆
部
间
集
顶
项
颗
首
马力
大类
批次
副
柜
亩次
修正总吨
载重吨
饼
间夜
瓦时
千瓦·年
标箱
总吨
台套
餐
重量箱
筐
篓
立方厘米
标方
标准立方米
钱
程
`);

/**
 * English units after a number (spaced, attached or hyphenated), as `word|unit|factor`: the unit is the word and
 * the factor 1 when left out (days|day, pct|%|0.01).
 */
export const FIGURE_UNITS_EN: readonly string[] = lines(`
%|%|0.01
BP|bp
C|°C
FPS|fps
GB
GHz
GPa
GW
GWh
Gbps
Ghz|GHz
L|L
MB
MHz
MPa
MW
MWh
Mbps
TB
TEU
TEUs|TEU
FEU
FEUs|FEU
TFLOPS
TOPS
EFLOPS
PFLOPS
TWh
Wh
X|x
acre
acres|acre
barrels|barrel
basis points|bp
basis point|bp
basis-point|bp
bp
bps|bp
business days|days
business day|days
calendar days|days
centimeters|cm
centimetres|cm
cm
cubic feet|cu ft
cubic meters|m3
cubic meter|m3
cubic metres|m3
cubic metre|m3
day
days|day
decades|decade
degrees Celsius|°C
degrees Fahrenheit|°F
degrees|degree
feet|foot
foot
fps
g
gallon
gallons|gallon
gigabytes|GB
gigabyte|GB
gigawatt hours|GWh
gigawatt hour|GWh
gigawatt-hours|GWh
gigawatt-hour|GWh
gigawatts|GW
gigawatt|GW
grams|g
gram|g
hectares|ha
hectare|ha
hour
hours|hour
man-hour
man-hours|man-hour
person-hour
person-hours|person-hour
inch
inches|inch
kPa
kW
kWh
kg
kilograms|kg
kilogram|kg
kilolitres|kL
kilolitre|kL
kilometers|km
kilometer|km
kilometres|km
kilometre|km
kilowatt hours|kWh
kilowatt hour|kWh
kilowatt-hours|kWh
kilowatt-hour|kWh
kilowatts|kW
kilowatt|kW
km
liters|L
liter|L
litres|L
litre|L
mL|ml
megalitres|ML
megalitre|ML
megaliters|ML
megaliter|ML
megabytes|MB
megabyte|MB
megapixels|MP
megapixel|MP
megawatt hours|MWh
megawatt hour|MWh
megawatt-hours|MWh
megawatt-hour|MWh
megawatts|MW
megawatt|MW
member
meters|m
meter|m
metres|m
metre|m
metric tonnes|t
dry metric tonnes|t
dry metric tons|t
wet metric tonnes|t
wet metric tons|t
wet tonnes|t
wet tons|t
dry tonnes|t
dry tons|t
metric tons|t
mg
mile
miles|mile
kilocalories|kcal
kilocalorie|kcal
route miles|route mile
milligrams|mg
milligram|mg
milliliters|ml
millilitres|ml
millimeters|mm
millimeter|mm
millimetres|mm
millimetre|mm
minute
minutes|minute
ml|ml
mm
month
months|month
mph
nanometers|nm
nanometer|nm
nautical miles|nmi
nautical mile|nmi
nm
ounce
ounces|ounce
pct|%|0.01
per cent|%|0.01
per-cent|%|0.01
percentage points|pp
percentage point|pp
percentage-point|pp
percent|%|0.01
peso|pesos
pesos
point
points|point
ppb
ppm
quarters|quarter
seconds|second
milliseconds|ms
mtpa|mtpa
millisecond|ms
square feet|sq ft
square foot|sq ft
square kilometers|km²
square kilometer|km²
square kilometres|km²
square kilometre|km²
square meters|m²
square meter|m²
square metres|m²
square metre|m²
square miles|sq mi
square mile|sq mi
square-foot|sq ft
square-meter|m²
square-metre|m²
stars|star
star
storeys|storey
storey|storey
story|storey
terabytes|TB
terabyte|TB
teraflops|TFLOPS
terawatt hours|TWh
terawatt-hours|TWh
terawatt-hour|TWh
times|x
ton
tonne
tonnes|tonne
tons|ton
trading days|days
trading day|days
week
weeks|week
working days|days
working day|days
x
year
years|year
°C
°F
℃|°C
mAh
gigabit per second|Gbps
terabits per second|Tbps
terabit per second|Tbps
gigabits per second|Gbps
megabits per second|Mbps
megabit per second|Mbps
hectoliters|hL
hectolitres|hL
hectoliter|hL
hectolitre|hL
tokens|token
page
carats|carat
carat
megahertz|MHz
bed
milliliter|ml
millilitre|ml
deadweight tons|dwt
deadweight tonnes|dwt
compensated gross tons|CGT
compensated gross tonnes|CGT
gross tons|GT
gross tonnes|GT
Pa
board feet|board ft
W
nanograms|ng
nanogram|ng
PB
EB
head
milliwatts|mW
milliwatt|mW
watts|W
watt|W
cubic yards|yd3
cubic yard|yd3
bushels|bushel
bushel
kcal/kg
kcal
`);

/** Units a price can be given per a quantity of (15.9元/500毫升, 32元/10千克): not time words (3亿元/2024年 is no rate). */
export const FIGURE_PER_QUANTITY_ZH: readonly string[] = lines(`
克
公斤
公里
分钟
千克
千瓦时
升
吨
坪
天
小时
平方米
斤
次
毫升
瓶
盒
立方厘米
立方米
箱
米
袋
`);

/** English words that make a money figure a rate when they follow it ($2.83 a share, $45 a month). */
export const FIGURE_RATE_NOUNS_EN: readonly string[] = lines(`
MMBtu
MWh
Mcf
acre
aircraft
apartment
arroba
bag
barrel
bed
bottle
box
branch
bunch
bushel
can
car
carton
case
claim
container
contract
crate
cubic foot
cubic meter
cubic metre
cubic yard
customer
day
dose
dozen
employee
flight
foot
four-pack
gallon
gigawatt-hour
glass
head
hectare
home
hour
household
jar
jet
kWh
kilo
kilogram
kilometer
kilometre
kilowatt
kilowatt hour
kilowatt-hour
kilowatt-month
kilowatt-year
linear foot
liter
litre
location
meal
megawatt
megawatt hour
megawatt-hour
megawatt-year
member
metric ton
metric tonne
mile
minute
month
night
ounce
outlet
pack
pair
passenger
patient
person
piece
pill
pint
plane
plot
policy
portion
pound
prescription
restaurant
room
sack
seat
serving
share
ship
six-pack
square foot
square meter
square metre
stem
store
student
subscriber
ticket
tin
tire
ton
tonne
trip
truck
turbine
tyre
unit
user
vehicle
vessel
visitor
watt
week
well
worker
year
`);
