// Generated from companies-cn.ts, companies-hk.ts, companies-intl.ts and companies-private.ts by
// tests/unit/extract/lexicon-pack.test.ts: do not edit; after changing those files run
// `npx vitest run -u tests/unit/extract/lexicon-pack.test.ts`. Format: see packNames in companies.ts.

/** The company lexicon's names, packed (one a line: shared-prefix digit, '~' if ambiguous, the rest). */
export const COMPANY_NAMES_PACKED = `001.AI
0104人力银行
0360数科
3集团
21度
2Kr
2氪
1~M
2公司
1SBio
1i
1香港
04PX
2aradigm
0500 Global
4Startups
3.com
3彩票网
2岚
11job
12TOYS
18.com
2同城
1Y Capital
07&i
1-Eleven
159阿信屋
1FRESH
085度C
099 Ranch Market
A&O Shearman
1.P. Moller-Maersk
6øller-Mærsk
1101
12A
1AC Technologies
1B InBev
3Volvo
2B
2N AMRO
5mro
1~CC
2~S
2T Research
2WA Power
1D Ports
2ATA
2CB
2I
3A
3B
2M
2NOC
5 Drilling
6Gas
2P
2Q
1ECC
3OM
2P
2SC
1FP Provida
4Uno
1~GC
2L Energy
1IA
2~B
2G
2~S
2sphere
1Jet
1KVA
4 group
9p ASA
1M Best
2D
1~NA
2Z
1O Donaubank
1PG
3 Asset Management
2M Terminals
1RK Invest
1SB
3 Bank
2E
2ICS
2M International
3L
3PT
3edia
3国际
2OS
2PEED
2R Nederland
2UR
3S
1T&T
2P Flight School
2Renew
1UO
2X
1VIC
1WS
1XA
1bbVie
3~ott
2ercrombie
9ie & Fitch
4~deen
4tis
7 Infraestructuras
2sa
2u Dhabi Commercial Bank
9 Investment Authority
9 Islamic Bank
9 National Energy
1cademy Sports
9ports + Outdoors
2cel
4nture
4ss Bank
7Holdings
3iona
7 Energia
9nergía
3or
3redo
3ton
2er
4inox
2ron
2tivision Blizzard
1~dani
5 Energy Solutions
8terprises
6Green
9en Energy
6Ports
9ts and Special Economic Zone
8wer
6Total Gas
3ro
2evinta
2idas
3ent
3sseo
3tya Birla
2~miral
2obe
3ra Cruises
2vanced Info Service
9Micro Devices
5test
3~ent
6 International
2yen
1egon
2on
4 Motor
2r Lingus
3Cap
3olíneas Argentinas
4mexico
5éxico
2tna
1~ffirm
2lac
2rinvest
1giBot
3lent
2nico Eagle
2~ora
2ricultural Bank of China
3osuper
1hold Delhaize
1ion
2r Arabia
4Canada
5hina
4Europa
4France
9e-KLM
4India
4Lease
5iquide
4New Zealand
4Products
3Asia
3bnb
4us
6 Defence and Space
3ports of Thailand
3tel
6 Africa
7Nigeria
3wallex
2sin
2xtron
1jinomoto
1kasa Air
2bank
2er BP
5Solutions
3so
2zo Nobel
4Nobel
1l Rajhi Bank
2aska Air
9rlines
3wwal Bank
2bemarle
4rt Heijn
6sons
2chip
3oa
2dar
5 Properties
3i
2ecta
3xander Dennis
2fa Laval
2iExpress
3baba
7 Cloud
8Health
3mentation Couche-Tard
3nma Bank
3xPartners
2~legro
7.eu
4n & Overy
4rgan Aesthetics
3ianceBernstein
6z
7 Global Investors
4son Transmission
3state
3y Financial
2nylam
2pha Networks
5bet
5liner
3s Alpine
2rosa
2sea
3tom
2~tair
6 Engineering
3eogen
3ice
6 France
3ri
5a
2uminum Corp of China
2varez & Marsal
1mEx
2ap
3zon
6 Web Services
6.com
2bassador Hotel
3ev
3uja Cements
2er Sports
4ican Airlines
9Axle
9Eagle
9Eagle Outfitters
9Electric Power
9Express
9Tower
9~Water
9Water Works
8a Restaurants
9~s
5sourceBergen
2gen
2kor
2man Mineral
2neal
2orepacific
4im Cork Composites
2pere Analysis
3henol
3lats
2rize
2undi
2érica Movil
9óvil
1nalog Devices
4ysys
2dreessen Horowitz
3uril
2eka Tambang
2gelalign
3lian Water
4o American
9rican Platinum
5Gold Ashanti
2heuser-Busch InBev
3ui Conch
9ch Cement
2ker
2steel
3ys
2t Group
3a
4m
3hropic
3~ofagasta
9ta plc
2ysphere
1on
1pacer
3x
2~ollo
6 Global
2ple
4ied Materials
8Optoelectronics
2tiv
1quaChile
1ramco
4ex
3uco
2cBest
3Soft
3~a
4 Continental
4dium
8 Lithium
3elorMittal
3h Capital
4er Aviation
3os Dorados
2dian
2~es Management
2~gus
5 Media
2ista
6 Networks
2kema
2~m
3~ani
2nott's
2ray Technologies
2thur J. Gallagher
1sahi Group
6Kasei
2da
2elsan
2hok Leyland
2ia Cement
5Pacific Telecom
6ulp & Paper
4n Paints
5a Airlines
2~pen
5 Pharmacare
2sa Abloy
3ociated British Foods
2tellas
3ra International
5Zeneca
2us
1ther Energy
3ora
6 Netherlands
2kinsRealis
7éalis
2lantic Gateway
4s Copco
5sian
2our
2tica Group
7Holdings
4jariwafa Bank
1ubert & Duval
2chan
2demars Piguet
2ras
3obindo Pharma
4ra Innovation
3ubis
2stralianSuper
2toZone
4desk
4home
4liv
4matic Data Processing
1vatr
2enue Supermarts
2iagen
4nca
3on Express
3va
2olon
1xalta
2celis
2food
2iata
3s Bank
1~yala
5 Land
1zorra
2~ul
4 Linhas Aéreas
B&M
3 European Value Retail
2Q
12Gold
1AE Systems
3系统
2IC Motor
2SF
1BVA
4 Bancomer
5Mexico
6éxico
1CG
1~D
2MS
2O Unibank
1E Semiconductor
1HEL
2P
2TC
1IDV
2L
1J's Wholesale
1MO
2W
3 Brilliance
1NI
2P Paribas
2SF
4 Railway
2Y
3 Mellon
1OC Aviation
4Hong Kong
3OM
2E
2SS直聘
1~P
2CE
3L
2ER
4 Banca
2R Bank Rwanda
1RF
1SH
3 Hausgeräte
1~T
2~G
3 Pactual
2IG
1UA
3 Cement
1XP
1YD
1abycare
2ichuan
3du
3n
4 & Company
5Capital
3rd
2~jaj
5 Auto
6Finance
9serv
2ker Hughes
6McKenzie
3kafrost
2lenciaga
3four Beatty
3l Corp.
9oration
2mbu Lab
2namex
3ca Monte dei Paschi di Siena
4o Galicia
6Inter
6Macro
6Sabadell
8ntander Chile
6de Chile
7o Brasil
5lombia
5mer
3dai Namco
3field
8 Pet Hospital
3gkok Airways
8Bank
8Dusit Medical Services
3k Central Asia
5Jago
5Mandiri
6illennium
6uscat
5Negara Indonesia
5Pekao
6olska Kasa Opieki
5Rakyat Indonesia
5of America
8Baroda
8China
9ommunications
8East Asia
8Ireland
8Montreal
8Nova Scotia
8Singapore
8the Philippine Islands
4inter
4rate
3orte
3pu
3que Centrale Populaire
7Internationale à Luxembourg
7Misr
7Saudi Fransi
2osteel
3zun
2rclays
3ito Pacific
3ratt Developments
8Redrow
4ick
4y Callebaut
2th & Body Works
2varian Nordic
2~xter
2yer
3kar
1eOne
2azley
2chtel
3ton Dickinson
2hr-Hella Thermocontrol
2iGene
3ersdorf
2laruskali
2~nchmark
9 Mineral Intelligence
3digo Bank
8and Adelaide Bank
3~tley
2renberg
3ger Paints
9ints India
3kshire
9 Hathaway
3nstein
9 Research
2si
3semer
8 Venture Partners
3t Buy
4inver
1harat Electronics
7Forge
7Heavy Electricals
7Petroleum
4ti Airtel
1ic Camera
2dvest
2edronka
2libili
2~mbo
2nance
2o Farma
3Marin
3NTech
3con
3gen
3sensors International
2ren
2tmain
2yi
1laBlaCar
3ck Forest Labs
6Horse
5Rock
5stone
2~ock
3omberg Second Measure
9NEF
2ue Apron
5Buffalo
9alo Pet Products
5Moon
5Origin
6wl
5Shield of California
6tar Ferries
4Oval SK
4Run Ventures
1oCom Leasing
2~bcat
2ehringer Ingelheim
3ing
6 Commercial Airplanes
2fA
2liden
3~t
2mbardier
2nelliErede
2oking Holdings
7.com
3~ths
4~s
3z Allen
9n Hamilton
2~realis
3gWarner
3ouge
2sch
3ideng
3kalis
3ton Consulting Group
7Dynamics
7Properties
7Scientific
2ttega Veneta
2uygues
8 Telecom
2yu Capital
1radesco
3~emar
3nch International
3skem
2embo
3nntag
2idgestone
6water
3ght Scholar
3lliance Auto
9e China Automotive
3stol Myers Squibb
3tam
4ish Airways
9merican Tobacco
8~Steel
4vic
2oadcom
5way Circuit
3okfield
3wn & Brown
2uker
3nello Cucinelli
4p
4swick Group
2ückner Maschinenbau
1ucherer
2dweiser APAC
2enaventura
2gaboo
2hler
2kalapak
2mi Resources
3rungrad
9d Hospital
2nge
3nings
2pa
2rberry
3eau Veritas
3ger King
3~lington Stores
2zzi
1yju's
2teDance
4dance
1ühler
1站
C.H. Robinson
1ALB
2R Inc.
3IAD
2SC
4O
3IC
2TL
1B Insights
2RE
1CB
2CC
2ID Consulting
1D&R
2B Leasing
2H Investments
2IB Capital
2PQ
1ETC
2VA
4 Logistics
2Z
1F Industries
2M
3 International
3国际
1GE
2N
3 Power
1IB
3C
2C
3C
2MB
3C
4 Raffles
2NNO
5 Research
2TIC
5 Group
6Securities
1J CheilJedang
3Logistics
2大韩通运
2第一制糖
2集团
1K Hutchison
2I
1LP
2SA
1MA CGM
2B
3.Tech
2OC
1N Rail
2ABS
2H Industrial
2NC
2OOC
5 Group
2PC
1OFCO
5 International
6Joycome
2MAC
3EBUY
2ROS
2SCO Shipping
9pping Group
9pping Lines
9pping Ports
3MAX
1P All
3Foods
3Group
2C Corporation
2E源峰
2IC
2KC
2P Investments
3IB
1RCC
2H
2IC
3SIL
6 Ratings
2RC
2U
1SBC
2CEC
2L
2N
2OB
2PC
2X
1TBC Bank
5Financial
1VC
3 Capital Partners
2S
3 Caremark
4Health
3ource
1XMT
1adeler
4nce
3illac Fairview
2iniao
3sse de dépôt et placement du Québec
3xaBank
2lbee
2mbricon
3eco
3posol
2nSino
7 Biologics
3aan
4ccord
9 Genuity
4da Goose
5ian Imperial Bank of Commerce
9Pacific
9Pacific Kansas City
9Solar
4lys
4ra Bank
3on
3potex
3star
3~teen
4or Fitzgerald
3va
2pcom
3gemini
3itaLand
9d Investment
6~l A
8Economics
8Group
8One
8Securities
8Today
5ec
3ri Holdings
2rdinal Health
3eem
4mark
3gill
7 Aqua Nutrition
4oNet
3iad
3l Zeiss
4sberg
4ton & United Breweries
4yle
3mignac
3negie
8 Investment Bank
4~ival
3refour
4ier Global
3~tier
2sino Guichard
4o
3per Sleep
3sa Depositi e Prestiti
3tlelake
6ton Commodities
2tcher Technology
3erpillar
3hay Financial
7General
7Life
7Pacific
7United Bank
1ebu Pacific
2conomy
2dacri
2lanese
3estica
3lnex
7 Telecom
4trion
3ulosa Arauco
2mentos Argos
4x
2ncora
5sud
3it
3taline
4ene
5rview
4ral Group
8Retail
5ica
2~rberus
8 Capital Management
3ebras
8 Systems
3maq
2ssna
1hagee
3lco
3mpion Iron
3ndra Asri
4el
4g Chun Group
5an
5yu
3pel Hill Denham
3racter.AI
4les Schwab
4oen Pokphand
9okphand Foods
4ter Communications
2~eck Point
9nt Software
5out.com
3draui
3mours
3nbro
4iere
3ry
5 Automobile
3vron
3~wy
2ick-fil-A
3me
3na Airlines
7viation Oil
6Baowu
6CITIC Bank
7ommunications Construction
8nstruction Bank
6Development Bank
6Eastern Airlines
7nergy Investment
7verbright Bank
9rgrande
6Hongqiao
6International Marine Containers
6Life
6Merchants Bank
9chants Group
9chants Port
7obile
6Orient
7verseas Land
6Pacific Insurance
7ost
6Railway Construction
9lway Group
7e
8naissance
8sources
9ources Beer
9ources Building Materials Technology
9ources Land
9ources Power
6Shenhua
7outhern Airlines
9thern Power Grid
7teel
6Taiping
7elecom
7hree Gorges
7ourism Group Duty Free
8wer
6Unicom
6Vanke
6Yangtze Power
5AMC
5lco
5soft International
4data
4ese Estates Holdings
3pMOS
4bond
4one
5tle
4per Cash
3vas Brothers
2ong Hing Bank
3w Sang Sang
5Tai Fook
9Fook Jewellery
2ristian Dior
3ono24
2ubb
3gai
3nghwa Telecom
1iena
2gna
2nemark
4plex
4world
3ven
2pla
2rcana
4~le
6 Internet
3ium
3rus Logic
2sco
2~tadel
7 Securities
3i
4banamex
7k
4group
4zens Financial
3y Developments
4bus
1laas
3riant
4ksons
9 Research
3yton Dubilier & Rice
2eary Gottlieb
9ttlieb Steen & Hamilton
3veland-Cliffs
2ifford Chance
3vet
2orox
3se Brothers
3ud Music
5Minds
1o-Tech
3~op
5 Bank
5erative Bank of Kenya
9ive Group
2Co都可
2al India
3tue
2bb-Vantress
2ca-Cola
9 FEMSA
3kerill Jingli
2delco
2gnition AI
5zant
2~here
6nt
2inbase
2~les
3gate
7-Palmolive
3liers
5ns Aerospace
3ruyt
2mcast
3erica
3ilog
3mercial International Bank
6zbank
4onwealth Bank
9lth Bank of Australia
4unity Health Systems
3pal
5nhia Siderúrgica Nacional
5ss Group
4eq
3score
2n Edison
3Ed
3ch Cement
3ocoPhillips
3solidated Edison
4tellation Brands
9tion Energy
3~tinental
9al AG
2~op
2pa Airlines
5Holdings
3pel
2re Lithium
4Logic
4Weave
4bridge
9e Financial
3ficolombiana
3ning
3teva
2san
3max
3tco
2tality
3ti Coffee
2uche-Tard
3~nterpoint
9int Research
5ry Garden
3pang
2vestro
3ia
4ngton & Burling
2~wen
2x Automotive
2yote Logistics
1ravath
2eandum
3dicorp
5t Agricole
7Suisse
6Sights
2isil
2ocs
3da
3wdStrike
4n Resorts
2unchbase
2yoin
2édit Agricole
1trip
1~ummins
2rrys
2shman & Wakefield
1yberAgent
5starts
1zarnikow
D. E. Shaw
2A. Davidson
2R. Horton
1A Davidson
2T
3 Freight & Analytics
1B Schenker
2S
1~CM
3中国
1EEP Robotics
2WA
1FDS
2I Retail
1HL
3 Supply Chain
1JI
1KSH
1LA Piper
1MG MORI
5ori
2art
1~NB
3 Bank
4Carnegie
4Markets
2~P
1OWA Holdings
1P World
2C Dash
1R Horton
1~SM
3-Firmenich
2V
1WS
1abaco
2cia
2h Chong Hong
4Sing Bank
9Banking Group
2i Nippon Printing
3-ichi Life
3fuku
3ichi Sankyo
3kin
3mler
7 Truck
3rygold
3wa House
6Securities
2lian Wanda
2~na
4her
4ntara
3foss
3~gote
7 Cement
3ish Crown
3one
3ske Bank
2rden
6 Restaurants
2ssault Aviation
9Systèmes
2taEye
4bricks
4dog
4ssential
2vis Polk
9k & Wardwell
4vienda Corredores
1e Beers
3Grey Mining
3Havilland
9and Aircraft of Canada
2Puy Synthes
2alogic
2benhams
4voise
9 & Plimpton
2~cathlon
3kers
2epMind
4Route.ai
4Seek
4al
3re
2groof Petercam
2lhaize
4ivery
3iveroo
7y Hero
3l
4'Oro
3oitte
3~ta
5 Air Lines
6Electronics
9ctronics Thailand
2mant
2nso
3tium
4ons
4sply Sirona
5u
2ppon
2scartes
9 Systems
3jardins
2utsche Bank
9Numis
9Telekom
4z
2velopment Bank of the Philippines
2xcom
1iDi
2ageo
2ck's Sporting Goods
2di
2~gi
4 Communications
4tal Core REIT
2ngdong
3o Polska
2or
2~rect Line
2sco Corp
5ver Financial
9Financial Services
8~y
3ney
2xon Technologies
1ollar General
7Tree
2minion Energy
5~o's
2n Quijote
3aubank
3gfeng Motor
2orDash
3san
6 Bobcat
7Enerbility
2uYu
3~glas
2~w
3a
3~lais
1r Reddy's
2. Reddy's
2agados
3x
2eame
3wry
1uPont
2bai Electricity and Water Authority
6Holding
6Investments
7slamic Bank
2cera
2ke Energy
2sit Thani
E Fund
2Ink
1-Distribuzione
2Mart
1.Leclerc
2ON
2Sun Financial
1BRO
1D&F Man
2F
2P
3 Renovaveis
9áveis
3R
1FG
3 Hermes
5olding
4International
1Hang
1~MS
1NEOS
2N Energy
1PH
1QT
1RKE
1VA Air
2E Energy
2Tank
1Y
1ast West Bancorp
4dil Secured
4ern Online
4man Chemical
5oney
2~ton
1bara
2ro
1choStar
2lat Textile
2oFlow
3Pro
6 BM
3bank
3lab
3petrol
3vacs
1deka
2ison International
2wards Lifesciences
1gyptAir
1icher Motors
2ffage
2sai
1katerra
1l Al
5 Israel Airlines
3Corte Ingles
9Inglés
3Puerto de Liverpool
2aphe
2bit
5 Systems
2e.me
3ctrabel
6icite de France
6olux
7nic Arts
3ktra
3trobras
3vance Health
4enLabs
2i Lilly
3te Material
2liott Investment Management
8Management
1maar
5 Properties
3rt
2braer
2erson
2~irates
8 Airline
9NBD
9SkyCargo
9Telecommunications
2peror Cinemas
3resa Nacional de Minería
1nBW
4 Energie Baden-Württemberg
2ami
2bridge
2deavour Mining
4sa
2el
4 Chile
6olombia
5Distribución Chile
3rgetický a průmyslový holding
5ias de Portugal
5y Aspects
7Monster
6Sage
6Trend
2flame
2gie
5 Energía Chile
2i
2phase
2tegris
4rgy
2verus
3~ision
3oy Air
1optolink
1~pic
4 Games
3roc
2son
1quinix
5or
4ta
6 SIM
5y Bank
7~Group
1ramet
2demir
2eğli Demir ve Çelik Fabrikaları
9mir ve Çelik Fabrikaları T.A.Ş.
2icsson
2nst & Young
2ste
5 Bank
1skom
2selunga
3ilor
7Luxottica
2tee Lauder
3ée Lauder
1~ternal
2~hiopian
9 Cargo and Logistics Services
2ihad
6 Etisalat
3salat
2sy
1urasia Group
3obank
8 Ergasias
4monitor
4nav
4pcar
2telsat
8 OneWeb
1verbright Group
4core
8 ISI
4est Group
8Re
4grande
6een Marine
5y
4llence
2olution Mining
3nik
1xelon
2pedia
6~tors
9s International
4rian
3ress Scripts
7Jet
2xaro
3on
5Mobil
F2i
1ANUC
2W
3-Volkswagen
1BN Holdings
1E Credit
2MSA
1GE
2S Global
1IS
1LSmidth
1MC Corp
2G
1PT
1SN E-Commerce
1TI Consulting
3咨询
2R
3 Transportation Intelligence
2SE Russell
1WD Group
1acebook
3tSet
4s Global Energy
2~irfax
7 Financial
2labella
2milyMart
2nnie Mae
3tawild
3uc
2r EasTone
7tern New Century
3macias Guadalajara
4ers Insurance
2st Retailing
4markets
2urecia
2wry
1earnleys
2dEx
2ihe
2rd
3ragamo
5ri
4ovial
3tiglobe
1iat
2bocom
2~delity
8 International
2fth Third
2gma
3ure AI
2inGroup
4Ratings
2nVolution
3cantieri
3nair
2rst Abu Dhabi Bank
6Bank of Nigeria
6Citizens
9izens BancShares
6Financial Holding
6HoldCo
6Quantum
9ntum Minerals
6Solar
5Bank
5Rand
2serv
3her & Paykel
2tch
5 Ratings
3ipower
2~ve Below
1lagstar
2~ex
4port
2iggy
3pkart
2orasis
2uence
7 Energy
3~or
3~tter
7wave
1nGuide
2ac
4 Darty
1onterra
2od Lion
2~rd
4 Motor
3mosa Chemicals
8Petrochemical
9lastics
3rester
3tescue
9 Metals Group
4inet
4~ress
8 Investment Group
4um
3via
5s Mazars
2sun
5 International
6Pharma
2tile
2unders Fund
3rier Intelligence
2xconn
7 Industrial Internet
3it
1ramatome
3nco-Nevada
4klin Templeton
3sers Group
2eddie Mac
3epoint Commodities
6rt-McMoRan
4sFund
3ightliner
7os
3senius
4hfields
9ds Bruckhaus Deringer
5ippo
4nillo
2iboi
3to-Lay
9 North America
2ontier Airlines
5~line
3st & Sullivan
1u Shou Yuan
2bon
2jifilm
8 Diosynth Biotechnologies
4kura
4tsu
2ll Truck Alliance
2nPlus
3ding Circle
2rukawa Electric
2tu
2yao
5 Glass
G42
17易流
1AC
2~IL
1CL Tech
1DS
1E
2 Aerospace
3HealthCare
3Vernova
2医疗
2航空航天
1GII
2V
1IC
1KN Automotive
1M
1N Group
3Store Nord
1~OL
3 Linhas Aéreas
1~PA
1S Caltex
2K
2R Ventures
1TBank
2CO
2T
1UC
1XO
3 Logistics
1alaxy Entertainment
3bot
3derma
3exis
3~lagher
3p
2mania
3e Science
4Stop
2nfeng Lithium
2orong Capital
3tu
2~p
2ranti
7 BBVA
3min
3tner
3uda Indonesia
2vekal
7 Dragonomics
2zprom
7 Germania
7bank
3transport & Technigaz
1edeon Richter
2ek+
3ly
5 Auto
6Holding
2mtek
2n Re
3Script
3eral Atlantic
8Catalyst
8Dynamics
8Electric
8Mills
9otors
7i
5tec Universal Medical
3ius Electronic Optical
3ki Forest
3mab
3tex
4ing
7 Singapore
2oPark
3dis
2rdau
2stamp
1fK
1ianni & Origoni
4t Eagle
6Food
6Manufacturing
2bson Dunn
2gaDevice
4byte
2lead
2vaudan
1lass Lewis
3xoSmithKline
2~ean
3ncore
4mark
2obal Blue
7Payments
6Data
6Foundries
6Wafers
6star
5nt
4e Telecom
1market
1o First
2~To
2drej
2ertek
2goro
2jek
2l Linhas Aéreas
9s Aéreas Inteligentes
3ar LNG
3d Circuit
5Fields
4man
7 Sachs
4wind
2me
2odbody
8 Stockbrokers
4ix
4man Group
4year
3gle
6 Cloud
7DeepMind
2renje
2tion
6 High-Tech
1~rab
3nite Asia
4t Thornton
3sim
2eat Eagle
8~stern
6Wall Motor
5er Bay Airlines
3e
4n Street
5e King
5~hill
9 & Co.
5town
3ggs
3ylock
2ieg Seafood
3fols
2oq
3upe BPCE
7Casino
3ww
2ubhub
3ma
3po ACS
7eroportuario del Pacífico
7val
6Bimbo
6Carso
7ementos de Chihuahua
6Elektra
6Financiero Banorte
6Galicia
6Mexico
7éxico
6Pão de Açúcar
6Televisa
1uaranty Trust Holding
2cci
2deng Precision
2ggenheim
2lf Energy
2nvor
2otai Haitong
7Junan
2y Carpenter
H Mart
2World
1&H国际
2M
12 Green Steel
13C
1AECO
2~L
1CA Healthcare
2L Technologies
3Tech
3科技
1D Hyundai
9i Electric
9i Heavy Industries
9i Marine Engine
9i Mipo
9i Oilbank
3KSOE
4orea Shipbuilding & Offshore Engineering
2FC Bank
4银行
2现代
4发动机
4尾浦
4电气
4重工
2韩国造船海洋
1EYTEA
1HLR
1IWIN
1K Electric
4xpress
2BN
2C
2~T
3V
1MM
2SI
1NA
1ORIBA
1P
2E
2S
3 Investment Partners
1SBC
4 Saudi Arabia
1TC
1UTCHMED
1YBE
1aidilao
3er
3nan Airlines
3tong Securities
2leon
3kbank
3liburton
2mamatsu Photonics
2na Financial
3cock Prospecting
3delsbanken
9nken Fonder
3g Lung Properties
5Seng Bank
3jin Shipping
3kook
7 Tire
3mi Pharmaceutical
6Semiconductor
3nStar Display
4aford
4over Re
3show
4oh
3wha
6 Aerospace
7Life
7Ocean
7Qcells
7Solutions
2ojue
2~pag
5-Lloyd
3py Returns
3vida
2rgreaves Lansdown
3ita
6 Nickel
3man
4onic Drive
9Drive Systems
6y Gold
3tford Financial
4ree Partners
3vest Fund
5y AI
2sbro
1eidelberg Materials
3neken
2lios Towers
3la
4enic Seaways
4man & Friedman
4o Group
5Fresh
2nderson Land
3gan
4rui
3kel
3lius
3ry Schein
3soldt
2~ra
4eus
3bert Smith Freehills
3mes
4ès
3o MotoCorp
3shey
3tz
2sai
2wlett-Packard
2xcel
2ytea
1i Fly
2-Life
2Phi
2Silicon
2THIUM
2gh-Flyer
2kma
3robot
3vision
2lco
5 Global
3lhouse
3ton
2max
2ndalco
4ustan Aeronautics
9 Unilever
9 Zinc
2scox
3ense
2tachi
7 Energy
1oYoverse
2a Phat
2chtief
2gan Lovells
2lcim
3men
3ogic
2me Chef
5Depot
4plus
2n Hai
3da
5 Motorcycle & Scooter India
3eywell
3g Kong Airlines
9 Technology Venture
4Shan
4kong Land
9and Shanghai Hotels
3~or
3y Capital
2oters
7 of America
2pu Investments
2rizon Air
8Robotics
3tifrut
3wath HTL
2tai Motor
3el Shilla
2ulihan Lokey
2~wden
3met
6 Aerospace
2ya
1ua Hong
4Nan Financial
3neng Power
9ower International
3tai Securities
3wei
6 Cloud
3you
6 Cobalt
2dong-Zhonghua
3son Pacific
9cific Properties
2gging Face
3o Boss
2ifu
2main
4na
2ntington Bancshares
4~sman
2sqvarna
2tchison Telecommunications Hong Kong
3tons
7 Asia
2ya
1yatt
2gon
2osung
7 Heavy Industries
2pergryph
2san
5 Development
2undai
7 E&C
9ngineering
8Glovis
8Mipo
9ipo Dockyard
9obis
9otor
9otor India
8Rotem
8Steel
8Thanh Cong
8Wia
1öegh Autoliners
6LNG
IAG
2I
1BM
1CA Gruppen
2BC
4 Leasing
2G
2ICI Bank
5银行
3S
2L Group
2RA
2TSI
2U Medical
1~DC
2FC First Bank
2G Capital
3资本
1FF
2M Investors
1G Group
2&H
2G
2O Limited
2T
1HC
2G
2I
2S Holding
4Towers
1KEA
1M Motors
2AX
2CD
1NEOS
2FORICH
2G
3 Bank Śląski
1OI
1QVIA
1~SS
1TA Airways
2EQ
1berdrola
4~ia
2iden
1cahn Enterprises
2eland Foods
1deogram
1~liad
2linois Tool Works
3ovo
6 Sugar
9gar Africa
3umina
2uka
5 Resources
3vatar CoreX
1mabari Shipbuilding
2pala Platinum
3lats
1nPost
2Retail
8 Perú
2cyte
2depender
4x Ventures
3iGo
4an Oil
4tex
3o Tambangraya Megah
4food
4rama Ventures
4sat
7 Ooredoo Hutchison
3us Towers
5Ind Bank
5trial Bank
9l and Commercial Bank of China
8es Qatar
2eos
2fineon
5itus
3lection AI
3oLink
4sys
2gas
2noCare
4light
5ux
4science
4vent
2pex
2sight Partners
4lico Medicine
3pur
3ta360
5cart
4itutional Shareholder Services
3urance Australia Group
2tact Financial
3el
4r&Co
5Globe Aviation
5active Brokers
5corp
9 Perú
5for
5marché
6ediate Capital Group
7x
5national Airlines Group
9onal Container Terminal Services
9onal Distributions Services
9onal Flavors & Fragrances
9onal Game Technology
9onal Holding Company
9onal Paper
5switch
5tek
4sa Sanpaolo
3uit
6ive Surgical
2ventec
4sco
5tcorp
6ec
2wit
1psen
3os
1s Yatirim
2bank
2rael Aerospace Industries
2uzu
1tau BBA
5Unibanco
3ú
4 BBA
5Unibanco
2issalat Al-Maghrib
2o-Yokado
3chu
1vanhoe Cambridge
8Mines
6é Cambridge
2eco
1woca
J D Wetherspoon
1&J
2T Banka
4Express
1.B. Hunt
2D. Power
2P. Morgan
1A Solar
2C Motors
2TO
4 Dynamics
1BS
3 USA
1D Health
3Logistics
3Sports
3Technology
3Wetherspoon
2.com
2I
1ERA
1FE
3钢铁
1LL
2R
1M Financial
1OYY
1PMorgan
8 Cazenove
9Chase
1R East
2东日本
1SR
2W Energy
4Group
4Infrastructure
4Paints
4Steel
3集团
1~T
2EKT
1X Advanced Metals
2金属
1YP Entertainment
3娱乐
1abil
2ck in the Box
2guar Land Rover
2mes Finlay
9lay Kenya
6Hardie
2n De Nul
3e Street
3us Henderson
2pan Airlines
6Display
6Post
6Steel Works
6Tobacco
2rden
4ine Matheson
1efferies
2ju Air
2ntech
2ronimo Martins
3ónimo Martins
2t2
3Blue
3SMART
3star
1iangxi Copper
4long
2nkoSolar
2~o
3 Financial Services
4Platforms
1oby
2hn Burns
9s Research and Consulting
5Deere
5Lewis
9s Partnership
4son & Johnson
8Controls
8Matthey
2llibee
2nes Day
6Lang LaSalle
1ulius Baer
2~mbo
5 Supermarkten
3ia
2niper Networks
3lebao
2st Eat Takeaway
1yske Bank
K Line
1+S
12VC
1B Financial
3Kookmin Bank
2RA
2W
2金融
1CB
1DDI
1E Holdings
2MET
2PCO
1FC
2H
1GI Financial
4Securities
1KR
1LA
2M
3 Royal Dutch Airlines
1MB
2C Chain
1NDS
1ONE
1PMG
2N
1T Corp
2&G
2Z
1UKA
1YEC
2MCO
1adokawa
2iros Power
3sa
2jima
2kao
5 Bank
6Games
6Pay
5Bank
5Pay
2nsai Electric
7Nerolac
9rolac Paints
5s City Southern
3tar
6 Worldpanel
3zhun
2o
2sikornbank
3pi
5.kz
2tco
2ufland
2vak
2wasaki Heavy Industries
9Kisen Kaisha
2zakhstan Temir Zholy
4tomprom
1earney
2e Wah Bakery
3~p
2llanova
4ogg
7 Co
9ompany
2nya Airways
2pler Cheuvreux
3pel
2ring
6 Eyewear
3ry Dairy Ireland
6Logistics
9istics Network
6Properties
6TJ Logistics
2sko
2urig Dr Pepper
2yBanc
3Corp
3ence
3sight
1hazanah
8 Nasional
2osla Ventures
1ia
2kkoman
2mberly-Clark
2nder Morgan
3g & Wood Mallesons
5Slide
6oopers
4board Laminates
4dee
4fisher
4soft
8 Cloud
5pan
3ross
7 Gold
3sus
2oxia
2rin
3kland & Ellis
1lar
4na
2einer Perkins
1night Frank
6-Swift
9ift Transportation
2orr-Bremse
1obe Steel
2c Holding
3h Industries
2ei Tecmo
2gas
2hl's
4’s
2kusai Electric
2lmar Korea
2matsu
3ercni banka
5ční banka
2nami
3e
3~gsberg
9 Gruppen
2okmin Bank
2rea Aerospace Industries
6Gas
6Investment Holdings
6Petrochemical
6Ratings
6Zinc
5n Air
2se
2tak
5 Investment Banking
6Mahindra Bank
2ç Holding
1pler
1raft Heinz
5on
2oger
3ll
5 Bond Rating Agency
6Restructuring Administration
3mann Reumert
2ungsri
5thai Bank
1uaishou
2bota
2da
4 Bank
2ehne + Nagel
6+Nagel
2ka
2mba Iron Ore
3ho Tire
2raray
3o Games
2wait Finance House
7Investment Authority
7Petroleum Corporation
1weichow Moutai
1yocera
L&C
3 Mortgages
2F
1'Oreal
4éal
1.E.K.
6 Consulting
2K. Technology
13Harris
2哈里斯
1~ATAM
2V
1BBW
1~CP
1EDVANCE
2GO
1F Logistics
1G
2 Chem
3Display
3Electronics
4nergy Solution
3Household & Health Care
3Innotek
3U+
4plus
2ES
2伊诺特
2化学
2新能源
2显示
2生活健康
2电子
1IC
2G Nex1
2NE雅虎
2PTON Teas and Infusions
1KAB
1ONGi
2~T
3 Polish Airlines
1PL Financial
2P
1S Corp
3Electric
2EG
2电气
2集团
1VMH
1Y Corp
7oration
1a-Z-Boy
2ctalis
2farge
2ifen
2keland Dairies
2lamove
2m Research
2nd Bank of the Philippines
4Space
4bank
4esbank Baden-Württemberg
3e Clark & Peacock
3gham Hospitality Investments
3xess
2opu Gold
2rgan
3rainVial
3sen & Toubro
2s Vegas Sands
3ertec
2tham & Watkins
3~tice
2wson
2zada
4rd
1e Travenues Technology
2apmotor
3r Corp
2clerc
2e & Man Paper
4Kum Kee
2gal & General
3end Biotech
7Capital
7Holdings
4r
3~rand
2ndlease
3ovo
3s Technology
3z & Staehelin
2~onardo
2s Mousquetaires
2xinFintech
1i & Fung
3Auto
3~Ning
2anLian
4jia
2berty Global
8Mutual
8Steel
3y
2dl
2fe Insurance Corporation of India
2ght & Wonder
5Counting
5Speed Studios
5speed
9d China Partners
9d Venture Partners
2lith Games
3~ly
2mX Dynamics
2nde
4t
5 & Sprüngli
3erlytica
9cs
3k REIT
4laters
2ontown
8 Resources
2pton Teas and Infusions
2te-On
3hium Americas
3telfuse
2xil
1loyds
6 Banking Group
1ocaliza
3kheed Martin
2jas Renner
2ncin
3don Stock Exchange Group
3g Win Bus
4for
3min
3za
2op Capital
2tte
5 Chemical
6Duty Free
6Shopping
2uis Dreyfus
6Vuitton
5a Coffee
2ve's Travel Stops
9avel Stops & Country Stores
2we's
1ucid
3kin
6 Coffee
2fax
3thansa
2k Fook
3oil
2lulemon
2ma AI
3entum
2ndbeck
4in Mining
2~pin
2x Capital
3share
1yft
2nas
2ondellBasell
1éger
M&G
2S
2T Bank
1-KOPA
1~AN
3 Energy Solutions
4Truck & Bus
1BRF
1GM China
4Resorts
1IND ID
3IEYE
4SO
2R Databank
3睿工业
1~KS
3 Instruments
1MG
1NT-Halan
1OL
1P Materials
2S
1S&AD
2C
3~I
2D
2I
1TN
3 Nigeria
2R
2U Aero Engines
3航空发动机
1UFG
1Ybank
1a'aden
2buchi
2cquarie
3ronix
3y's
4’s
2ersk
2galu
4zine Luiza
3na
2hindra
3le
2kalot
3ita
2laysia Airlines
2n Group
3chester City
9r United
3diant
5ri Sekuritas
3ila Electric
3~ner
6咖啡
4ings
3ulife
2pfre
3lebear
5tree
2rathon Petroleum
3colin
3elli
3frig
3ine Harvest
6Traffic
3ketAxess
6place Pulse
4s & Spencer
6and Spencer
3oc Telecom
3riott
3~s
4 Inc
8.
8orporated
4h McLennan
3tin Marietta
9rietta Materials
3ubeni
4ti Suzuki
3vell
2sMovil
3Orange
3~an
3dar
3erati
3~hreq
7bank
3tercard
6link Securities
2trix Partners China
3son
4ukiyo Cocokara
5moto Kiyoshi
3tel
4ress Firm
2xar
5 Technologies
3eon
6 Solar
3is
2ybank
2zak
4rs
3da
1cDonald's
2Kesson
3insey
1ediaMarkt
5Tek
4bank
4obanca
4pal
4terranean Shipping Company
3tronic
2ga Financial
5Image
3vii
2iji Holdings
3tar
4u
5an
3zu
2lco
5 Resorts
9orts & Entertainment
3lanox
8 Technologies
2ngniu
3tor Graphics
2ralco
3cado Pago
7Libre
7na
5ri
4edes
8-Benz
4k
5 KGaA
4uria
3deka Copper Gold
3~ida
2tLife
3a
4 Platforms
4ls Focus
3ricon
4o AG
5bank
3sa Board
6Group
4o
4ä Board
6Group
5liitto
3tler-Toledo
2yer Burger
1ichelin
3roPort
9 Orthopedics
5Strategy
5chip
5n
5soft
2dea
3journey
3land Holdings
8IC&I
8Loan Services
2gros
2lbank
3lennium Management
4icom
4rose Properties
2ndray
3ebeaMitsumi
4~ral Resources
5~va
7 Foods
3g Yang Smart Energy
4yang Smart Energy
3iMax
4so
3metals
3oan Lines
4r International
3tel
2raclePlus
5o
4e Asset
2ssfresh
3tral
7 AI
2tchells & Butlers
3r Phol
3subishi Chemical
9i Corporation
9i Electric
9i Estate
9i Heavy Industries
9i Motors
5i & Co
7Chemicals
7E&S
7Fudosan
7Kinzoku
7Mining & Smelting
7O.S.K. Lines
2xue
2zuho
1lekpol
1obike
4le World
6ye
5y
3vista
4oi
2delBest
4rn Dairy
7Terminals
6a
3ular Finance
2ebs
5 Services
3lis
2lex
3~lie
2~menta
3o
2ncler
3delez
4i
3ex
4yfacts
3goDB
3iepoint
3olithic Power
9c Power Systems
3santo
4ter Beverage
3te dei Paschi
3zo
2ody's
7 Analytics
8Investors Service
5’s
7 Investors Service
3nshot AI
4ton
3re Threads
2rgan Stanley
3ningside
8tar
3rison & Foerster
9Foerster
8s
2~saic
2tech
3herson
3ional
2utai
2wi
4 ASA
1ubadala
2ji
2ltiChoice
2ndys
3ich Re
2rata
3phy USA
2yuan
6 Foods
1ysteel
1ásMóvil
1ünchener Rück
9 Rückversicherung
N26
1AB
2RI
4 Technology
2URA
2VER
1BC Universal
3Universal
2K
1CSoft
1EC
1ICE Investors Service
2O
2Q
2U
1JOY
1LB
1~N
2PC
1OWWA
1RG Energy
1~SG
2K
1TPC
2T
1VIDIA
1X Holdings
2P
1YK Line
1akilat
2n Ya PCB
8lastics
3ya
2qel
5 Express
2rwal
2spers
2tWest
3ional Australia Bank
9Bank Financial
9Bank of Canada
9Bank of Egypt
9Bank of Kenya
9Bank of Kuwait
9Commercial Bank
9Grid
9Industrialization Co.
8e-Nederlanden
6~wide
9e Building Society
4xis
3~ura
6 &Co
5gy
2ver
3istar
1ebius
2dbank
2~edham
3lachal Ispat Nigam
2olix
2ste
4le
6 India
5é
6 Purina
2tEase
3a
3flix
3marble
2uralink
2w Oriental
4Street Research
4World Development
4York Community Bancorp
3mont
3zoo
2xans
3on
3peria
3~t
4Era
4eer
4racker
1ichii
6 Gakkan
5rei
2dec
2elsen
7IQ
2ke
3o Partners
4n
2nebot
3tendo
2ppon Express
7Life
7Paint
7Sheet Glass
8teel
2ssan
4in Foods
2tori
3to Denko
5bo
1oah Holdings
2bel Biocare
3le Group
2kia
5n Tyres
2mura
2ngfu Spring
2~on
2rdea
5x
4ic Semiconductor
4sjø Offshore AS
5trom
3folk Southern
3ilsk Nickel
3nickel
3sk Hydro
3tham
7 Platinum
5ern Light Venture Capital
9~Star
9Star Resources
9Trust
5rop Grumman
5volt
4on Rose Fulbright
3~wegian
9 Air Shuttle
2uryon
2valand
4rtis
4tek
4vax
3~o
4 Nordisk
4nesis
4zymes
1u Holdings
3Mexico
4éxico
2bank
2cor
2~merator
3is
2trien
1vidia
1ykaa
O'Reilly Automotive
1-I
3 Glass
1~2
2 UK
1AG
2TLY
1CBC
2I
3 Global
2P
3 Africa
4Nutricrops
1K Mart
2X
2超商
1MV
1N Semiconductor
2~E
2GC
1OCL
1PIS
2PO
2ay
2mobility
1RIX
1TP
3 Bank
1XXO
1aktree
2tly
1cado
2cidental
2ean Engine
6Network Express
2topus Energy
1ffice Chérifien des Phosphates
1kta
2uma
1la Electric
3m
4 Agri
5Food Ingredients
5International
2d Dominion
9ion Freight Line
4Mutual
3elval
2in Corp
3ver Wyman
2ympus
1mantel
2dia
2niVision
2ron
1n Holding
3Running
2ePlus
3Web
2o Pharma
9aceutical
2tario Teachers'
9eachers' Pension Plan
3o Innovation
1oredoo
1pen Country Dairy
4AI
4serve
2~penheimer
2tum
5Rx
4s
1racle
3~nge
6 Egypt
7SA
4o
2biMed
4a
2~ganon
2iental Land
3gin Energy
2len
2nua
2sted
1sotspa
2stem
1tis
4 Worldwide
2suka
1utokumpu
1wens & Minor
6Corning
1xford Economics
2xo
P&G
1ARKnSHOP
1CCW
2home Online
1DD
2VSA
1G&E
2Z
1ICC
2~F
2MCO
1JT Partners
1KN Orlen
2O BP
5ank Polski
1LDT
2N
1NC
3 Financial
1OSCO
5 Future M
1PG
1REIT
2IO
1SA International
2BC
2EG
2G
2MC
1T Timah
2T
3 Exploration and Production
4Global Chemical
4Oil and Retail Business
3EP
3GC
3OR
1X Mart
1accar
3ifiCorp
6~c Basin
2gBank
3Seguro
3a
2ladin Energy
4ntir
3mPay
4pay
3o Alto Networks
2mpa Energia
9rgía
2n American Energy
3asonic
3~dora
3mure Liberum
2pa John's
3ergames
2ramount
3ex Resources
3is Baguette
6Saint-Germain
3ker Hannifin
3tech
7 Africa
4ners Group
2tek Philippe
2ul Weiss
2yPal
3chex
3oneer
3stack
3tm
1eak Re
3rson
2el Hunt
2~gasus
4tron
2kao
5 Investment Banking
2lindo
3liot
2mex
2~nnon
4sylvania Real Estate Investment Trust
3sionDanmark
2pkor
3si
5Co
2rella Weinberg
3kinElmer
3mira
3nod Ricard
3~plexity
9y AI
3shing Square
4immon
3tamina
3usahaan Listrik Negara
2tco
5 Health and Wellness Co.
9lth and Wellness Company
3roChina
5Rio
5Vietnam
5bras
5nas
8 Chemicals
5peru
8ú
2ugeot
1fizer
1harmCube
2ilip Morris
6pine Airlines
6s
4lip Securities
7s 66
3son
2onePe
3sAgro
2ysical Intelligence
1ick n Pay
2dilite
2~geon
2ka
2lbara Minerals
3grim's
9 Pride
2nduoduo
3g An
7 Bank
4~Pong
8支付
3terest
2oneer Natural Resources
2peChina
4r Sandler
2relli
2tchBook
2zza Hut
1lacer.ai
3stic Omnium
3tts
2uspetrol
1oint72
3zon
2la Orbis
3estar
3ska Grupa Zbrojeniowa
3y Developments
5Group
4cab
4us
2ny.ai
2p Mart
3eyes
7 Louisiana Kitchen
2rsche
3ter Davis
2sco International
3te Italiane
2tlatchDeltic
2wer China
6~Grid
9d Corporation of India
5China
6o
5tech Technology
3in
1rada
3~tt
5 & Whitney
2emier Energies
8Inc.
3qin
3sident Chain Store
2imark
5vera Capital
4etals Technologies
3smark
2octer & Gamble
3~gressive
3ject Blue
3logis
3perty Claim Services
3sus
3ximus
2udential
9l Financial
9l plc
2ysmian
1~ublic Bank
7Service Enterprise Group
6is
2lteGroup
2~ma
2njab National Bank
2rina
1wC
1ão de Açúcar
QBE
3保险
1Craft
1ED Investors
1IA
2B
1NB
3 Egypt
1antas
2talyst
4r Airways
6Investment Authority
7slamic Bank
6National Bank
5Energy
1cells
1iagen
2fu Technology
2ming Venture Partners
1orvo
1ualcomm
4ity HealthCare
3~nta
6 Services
2dian
2ectel
3stMobile
2ilty Space
2nar
R&F
1ATP
4 Dev
1BC
3 Capital Markets
3资本市场
1EI
2LX
1~TE
2X Corp
1UNTO
1WE
1XO
1YB Education
1abobank
2fael Advanced Defense Systems
2iffeisen
9n Bank International
3sing Cane's
3zen
2kuten
2lph Lauren
2melius
8 Resources
2nd Merchant Bank
4stad
2pidus
3pi
2yNeo
3dium
3mond James
3theon
2zer
2ízen
1ealtek
2ckitt
3ordati
3ruit
2d Electrica
6éctrica
3Note
3dit
3eia
3~row
2finitiv
2~gal
5 Cinemas
6Entertainment
6Hotels International
3eneron
5t Taiwan
3ions Financial
3ulatory Research Associates
2liance Industries
9Jio
2my Cointreau
2naissance Technologies
9ceRe
4ult
3esas
3k
3~ner
3ta 4
7 Banco
2plit
3sol
2sMed
3onac
3taurant Brands International
2volut
3vity
2we
1heinmetall
2o Motion
3dium Group
1icacorp
3hardson International
4emont
4ter Gedeon
3oh
2ghtmove
2o Tinto
2pley
2te Aid
2vian
2yad Bank
5h Air
1obert Walters
3inhood
5son Helicopter
3lox
3oSense
4rock
2che
3ket Lab
4well Automation
2hm
2kid
2land Berger
3ex
3ls-Royce
2ng360
2oms To Go
2pes & Gray
2senblatt
3neft
3s Stores
2~thesay
8 Life
4~schild
9d & Co
2y Morgan
3al A-ware
6Bank of Canada
7oskalis
6Caribbean
6IHC
6Mail
1uijie
2nway
2sal
1wandAir
1yanair
2stad
6 Energy
1émy Cointreau
~S&P
3 Global
9l Platts
1-Oil
1AB
3B
3IC
3Miller
2IC
4 Motor
3~L
2P
3TCO
2~S
2~TS
1BI Holdings
3控股
1CB X
2E
2G
2HOTT
2OR
2~REEN
1D Guthrie
2IC
4 Securities
1EB
2FE
1F Express
2R
1GS
3 SA
1HEIN
2KP
1JM
1K Biopharmaceuticals
6science
3C&C
3Hynix
3Inc
5novation
3On
3Square
3Telecom
3hynix
3ie technology
2F
2IET
2创新
2海力士
2电讯
2集团
1LB
1M Entertainment
3Investments
2BC Aviation Capital
5Nikko
2~C
3 Corporation
2EE
2FG
2IC
2M
2娱乐
1NC-Lavalin
2E Research
1OGO
1PAC Research
2DB
2IC
3L
2X Express
1QM
1SAB
2~E
1T Engineering
2C
2Microelectronics
1UMCO
1VB
2OLT
1aab
2badell
4nci Holding
6~ı
3esp
2cyr
2eta Yield
2faricom
9 PLC
3e Superintelligence
3ran
2ga Falabella
2hara International Petrochemical
2ia
3nsbury's
4~t Laurent
5-Gobain
3pem
2lMar
3comp
3esforce
3im Group
3vatore Ferragamo
3zgitter
2m's Club
3arco
3baNova
9 Systems
3sung
7 Biologics
8C&T
8Display
8Electro-Mechanics
9lectronics
8Fire & Marine
8Heavy Industries
8Life
8SDI
9DS
9ecurities
3vardhana Motherson
2~n Miguel
9l Corporation
3Disk
3doz
4s China
4vik
3lam
3mina
3ofi
3rio
3tander
9 Brasil
9 Consumer Finance
4~os
3y
4 Heavy
9y Industry
4o
2pporo
3ura Energy
2repta
3torius
2sol
2udi Aramco
7wwal Bank
6British Bank
6Electricity
6National Bank
6Telecom
5a
2vills
1berbank
1cale AI
3ndinavian Airlines
4~ia
2haeffler
3enker
3indler
3lumberger
3neider Electric
9 National
3ott
3roders
3~wab
5rz Group
2ientific Games
2opely
3rpio Tankers
3tiabank
4~tish Power
8Power
1ea Limited
3-Intelligence
3Bank
3Cube
3gate
3ra
3sun
3trium
2coo
3uring Energy for Europe
2ga
4 Sammy
2iko Epson
2kisui House
2mbcorp
3iAnalysis
3pra
2nseTime
4or Tower
2phora
2quoia
2rcomm
3es
3um Institute
9titute of India
3viceNow
2v.en Energy
3en & i
5-Eleven
9ven Japan
4rn Trent
2yond
1hagang
3ke Shack
3nghai Electric
9Jahwa
9Pharma
9Pharmaceuticals
3rkNinja
4~p
2eetz
3in
3~ll
3ngShu
4zhen Capital Group
6ou International
3rwin-Williams
2illa Duty Free
3madzu
5no
5o
3n Kong Financial
9 Mitsukoshi
4-Etsu
4han
4ko Electric
4segae
4tech
3onogi
3seido
2opee
4ify
4rite
3re Capital
3wa Denko
2ree Cement
2ui On Land
3nwei Capital
1iCarrier
2am Cement
6ommercial Bank
2banye-Stillwater
2dley Austin
2emens
7 EDA
9nergy
8Gamesa
8Healthineers
2gma Lithium
5intell
3na Holding
2ka
2lergy
3icon Labs
8Motion
8Valley Bank
7Flow
7ware
3tronic
3~ver Lake
2mcere
3e Darby
3ilarweb
3on Property
3pson Thacher
9hacher & Bartlett
2nar Mas
3gapore Airlines
4tel
3o Biopharm
5Land
4Pac
4chem
4grain
4pec
7 Group
5harm
4trans
6uk
4vac
6tion Ventures
3yi Realty
2pchem
2~xth Street
1kadden
7 Arps
3ndia
6naviska Enskilda Banken
4ska
2echers
2oda
2y Express
3West
7 Inc.
3dance
8 Media
4io
3works
6th
1laughter and May
1marTone
4twings
2ith & Nephew
5field Foods
2oore
2urfit Kappa
8Westrock
1nam
3~p
2ow Peak
4flake
1oFi
2Young
2beys
2cGen
3iete Generale
4onext
4été Générale
2dra
2ftBank
8 Vision Fund
2grape
2hu
2itec
2jitz
2larEdge
3vay
2mnigroup
3po
2natrach
3ova
3y
4 Financial
5Interactive Entertainment
2ul App
4gate
3rce Code Capital
3th African Airways
9ican Breweries
532
5ern California Edison
9Company
9Copper
9Water
5west Airlines
2vcomflot
1paceX
3reBank 1 SR-Bank
9 1 Sør-Norge
2ecialized
2iceJet
3rit AeroSystems
8irlines
2otify
2rint
1quare Enix
1ri Trang
1t. Honore
2ability AI
3ndard Bank
9Chartered
3r Bulk
5Ferry
4board Value
5ucks
4link
5ux
3te Bank of India
6~Farm
9m General
6Grid
6Street
4ista
4kraft
3ubli
2eel Authority of India
6Dynamics
3gra
3llantis
3pFun
3~ward
7 Health Care
2ifel
2oneCo
5peak
3p & Shop
3ra Enso
4i
2rabag
4~tegy
8 Analytics
4umann
3ipe
3yker
2äubli
1ubaru
3~way
2~ez
2llivan & Cromwell
2mitomo Chemical
9Corporation
9Electric
9Metal Mining
9Mitsui Trust
9Rubber
2n Art Retail
4Hung Kai Properties
4Life
4Pharma
3Express
3Power
3ac
3cor
6 Energy
6p
3grow
3ing
3ny Optical
3o
3run
3tory
2per Hi
6Micro
5mercados Peruanos
6icro
2~squehanna
9na International Group
2zano
3lon
3~uki
1venska Handelsbanken
1watch
2edbank
8 Robur
3etgreen
2iftpay
3ggy
3re
5 Pacific
7roperties
3ss Re
5com
1ydbank
2ensqo
2mbotic
3rise
2naptics
3chrony Financial
3ear Food
4rgy Research
3genta
3opsys
3thesia
2smex
3teme U
4ème U
1ão Martinho
1ödra
T Star
1-Bank
2Head
2Mobile
2Systems
1. Rowe Price
13出行
1A-I Technology
2L Education
2~P
3 Air Portugal
2QA
2SA
1CL
3 Electronics
3中环
3华星
3电子
3科技
2S
1D Bank
3Cowen
2K
1E Connectivity
2CHCET
3O
2MC
2PCO
1FI International
1GI Fridays
2OOD
1HE BEAST
1~IM
1JX
3 Companies
1K Elevator
2MS
1ME
1NB
1OMRA
2P TOY
2TO
1PG
2K
1~QC
1RIS Rating
1SEC
2L Jewellery
2MC
1TI
2M Technologies
1UI
1VS
3 Motor
9 Company
1~abby
2co Bell
2ikang
3pei Fubon Bank
4ower
3shin Financial
3wan Cement
8ooperative Financial
7Mobile
7Ratings
3yo Yuden
2kashimaya
3e-Two
4da
2la
4bat
4nx
3en Energy
2ndem Diabetes Care
3keBlue
2~pestry
2~rget
2snee
2ta
4 Consumer
9umer Products
5Electronics
7xsi
5Motors
5Power
6rojects
5Sons
6teel
2wuniya
2ylor Morrison
7Wimpey
1eam Group
4Lease
9 Services
2ch Mahindra
4Insights
4combank
4int
4tronic
3k
3nológica de Alimentos
2di
2ijin
2le2
4com Egypt
8Italia
4fonaktiebolaget LM Ericsson
7ica
5ónica
4kom Malaysia
4nor
4visa
3ia
3kom Indonesia
7Kenya
7SA
6sel
3stra
2masek
3pur Sealy
9aly International
3u
2naga Nasional
4ris
3cent
7 Cloud
8Music
3eo
4t
5 Healthcare
3fu
3neT
3pay
3storrent
2radyne
3na
4ium
3umo
2sco
3la
2~ther
2va
2xas Instruments
3tainer
4ron
1haco
3i Airways
5Beverage
4Bev
3les
6 Alenia Space
3mes Water
2e Company for Cooperative Insurance
4Hartford
4Quartz Corp
9z Corporation
4a2 Milk Company
3rmo Fisher
2inking Machines Lab
2oma Bravo
4son Reuters
2ree UK
3ive Capital
2unes
2yssenKrupp
9upp Marine Systems
7krupp
2ế Giới Di Động
1iMi Studio
2anqi Lithium
2~ffany
7 & Co
2ger Brokers
6Global
3o
2kTok Shop
2m Ho Wan
6rtons
2neco
3gyi
3koff
7 Bank
2rlán
2tan Cement
7ompany
1~oast
2ho
2kio Marine
3opedia
3yo Electron
6Ohka Kogyo
6Star Bank
2ll Brothers
2ngaat Hulett
4cheng Travel
4dao Liepin
4wei
2p Glove
3pan
2ray
3onto-Dominion Bank
2shiba
2~tal
5Energies
2wers Watson
3ngas
2yota
6 Industries
7Tsusho
1ractor Supply
3deweb
3figura
3~ne
5 Technologies
4sDigm
5Nusa
5Union
5cend
5net
5port International
5sion
3ton
3~velers
6oka
2endForce
4~t
3pp
2ian
5 Fund Management
3na Solar
4seo
3p.com
4od Technology
3ton International
2onox
2ue Corp
9oration
3ist
3mpf
3ong Hai Auto
1singhua Unigroup
5shan
5tao Brewery
2uruha
1uniu
2pras
2rboChef
3k Telekom
4cell
4ish Airlines
5ye Garanti Bankasi
2ya
1witter
2o Sigma
1~yson
5 Foods
1üpraş
2rk Telekom
4iye İş Bankası
U.S. Bancorp
5Steel
1A Cinemas
2院线
1BS
2Tech
1~CB
2loud
1MB
3 Bank
4Financial
2C
2G
2H
1NISOC
1OB
3 Kay Hian
1P Fintech
2L
2M
3-Kymmene
2~S
1S Bancorp
3Steel
1ber
2isoft
1gacof
2reen
1hlmann
1lta
4 Beauty
3raTech
9 Cement
5par
1micore
1nder Armour
2i-President China
9dent Enterprises
3Credit
3charm
3lever
3micron
3on Bank of India
6Investment
6Pacific
5Pay
3per
3qlo
3~ted
6 Bank for Africa
7Overseas Bank
7Renewable Energy
7Utilities
6Health
4ree
4~y
5 Software
3var
6 Solutions
4ersal Music Group
1ralkali
2ner Barry
2ía Menéndez
1siminas
1xC
2in
~VCA
3 Animal Hospitals
1EON
1F Corp
1NET
1TB
3 Bank
1W
1akifbank
3ıfBank
2le
4 Indonesia
4~ntino
4o
4ro
3terra Platinum
3~ve
2n Oord
3~guard
3ke
2riFlight
2ttenfall
1~edanta
2eco
2nture Global
2olia
2rcel
3isk
6 CargoNet
4zon
3~sace
5nt Media
3~tex
6 Ventures
4iv
2sselsValue
3tas
1iatris
2~bra
5 Energia
2essmann
3tcombank
4inBank
4jet
4nam Airlines
8Joint Stock Commercial Bank for Industry and Trade
4tel
2nFast
3aCapital
4milk
3~ci
3group
3homes
3ted
2pshop
2rgin Atlantic
8ustralia
7Media O2
2~sa
3hay
3ible Alpha
4onox
3ta Energy
7quity
4eon
4ra
2tasoy
3erra
3ol
2~va
4 Aerobus
3endi
2zient
1odacom
4fone
8 Idea
2estalpine
2laris
3cano Engine
3kswagen
3vo
5 Cars
6Group
2ntobel
2pak
2rnado
7 Realty Trust
3texa
2torantim
9m Cimentos
2yah
1ueling
2lcan Materials
2matel
1år Energi
~WEG
1H Group
1M Motor
1NC
1PG Holdings
2P
1TW
1aaree
6 Energies
2btec
2chtell
8 Lipton
3ker Chemie
2haha
2itrose
2lden International
3greens
9 Boots Alliance
3lenius Wilhelmsen
3mart
7 de México
4ex
3sin Technology
2n Hai
3~da
3hua Chemical
3t Want
2rburg Pincus
3ner Bros. Discovery
3tsila
2ste Management
2tchCharts
5es of Switzerland
3~ers Corp
3sons
2wa
2yfair
3mo
1eBank
2Lion
2Ride
2build
2dbush
2ibo
3chai
7 Power
3l Gotshal
3mob
2lcia
3lcome
4s Fargo
2ndy's
2rner Enterprises
2sfarmers
3sex Water
3tJet
4Rock
4ern Alliance
8Digital
8Union
4inghouse Air Brake Technologies
4~lake
8 Chemical
6nd Milk
9Milk Products
4pac
2therspoon
1harf Holdings
2eaton Precious Metals
2irlpool
3te & Case
5haven Coal
1illiam Blair
8Grant & Sons
7s-Sonoma
5s Towers Watson
3mar
3son Sonsini
9nsini Goodrich & Rosati
2nGD
3bond
3~d
3g On Travel
2pro
2~se
3tron
2wynn
2x
2z
3z Air
1m Morrison
9on Supermarkets
1olfe Research
4speed
2ndershare
2od Mackenzie
4side
3lworths
3ri Bank
6Financial
2rkday
3ldFirst
5panel
5wide Cruise Terminals
1rightbus
1uXi AppTec
5Biologics
2liangye
4ng
1yeth
2nn
4 Macau
5Resorts
1ärtsilä
X Corp
1AG
1CMG
1GIMI
1P Inc
5vestimentos
2O
2eng
1cel Energy
1eneta
1iaohongshu
4mi
4zhu
2nyi Solar
1talPi
2ep
Y Combinator
1ATA
2YA
1C
1G Entertainment
2娱乐
1MTC
1PF
1SL
1TL
1adea
2geo
2hoo
2kult
2maha
6 Motor
4to Holdings
7Transport
4zaki Mazak
2ncoal
7 Australia
3g Ming
4tze Power
4zijiang
3kuang
8 Energy
2pi Kredi
3ı Kredi
2ra
2skawa
2tsen
1eahka
2llow Corp.
9rporation
2s Bank
1ili
2tu
1okogawa
4hama Rubber
2le
2rkshire Water
2uGov
3dao
1uanfudao
4ta
6 Securities
2han
2m Brands
4China
3! Brands
2nfeng Capital
Z Holdings
1EEKR
1F
2 Friedrichshafen
1IM
1PMC
1TE
2O Express
1abka
2i Lab
3~n
2lando
2ra
1eekr
2gna
2iss
2losTech
2nith Bank
2on
2rodha
2spri
1haopin
2ejiang Huayou Cobalt
3n Ding
4Fund
2ihu
3pu
2ongAn
1ijin Mining
2mmer Biomet
2ons Bancorporation
1oetis
2mato
2~om
4 Video
4lion
3x
1scaler
1uellig Pharma
2oyebang
2rich Insurance
1ydus Lifesciences
1ürcher Kantonalbank
a.mart
116z
12 Milk
2牛奶
4公司
1brdn
1didas
1rgenx
bunq
dLocal
1aa
1e Volksbank
1oValue
e& Egypt
1Bay
1Hi
1Toro
1asyJet
flyadeal
3dubai
3nas
1oodpanda
iFlytek
2ood
1QIYI
1Research
2obot
1Space
3ot.tv
1iMedia
1xigo
lululemon
mBank
1Referral
1iHoYo
noon.com
ofi
2o
3小黄车
1nsemi
realme
vivo
1oestalpine
xAI
1Fusion
Électricité de France
Öhman Fonder
Ørsted
ČEZ
1SOB
1eská pojišťovna
İşbank
ŞOK
3 Marketler
Škoda
Żabka
~一加
1~品红
1嗨
2租车
1德期货
1心堂
1汽
2-大众
2丰田
2大众
2富维
2解放
1~点点
1~田
2百货
1银
~丁香园
~七一二
1~匹狼
1鲜
2超市
1麦数据
万业企业
1东医疗
1丰奥威
1事达
3卡
1代南梦宫
1兴科技
1华
2化学
1~向
2钱潮
1和电气
1~喜
1国数据
1孚生物
1~宁
1家基金
1得
2信息
2资讯
1泰生物
1泽股份
1洲国际
1海
2航运
1润新能
2股份
1物云
2~新生
1盛股份
1科
2A
1纬冷链
2物流
1联证券
1豪
2国际
1辰集团
1达
2信息
2商管
2电影
1里扬
2汇
1马股份
三一
2国际
2重卡
3工
3能
1七互娱
1丽鸥
1井E&S
2不动产
2住友
4信托
4海上
4金融
2化学
2物产
2金属
1体云动
1元股份
1全食品
1六零
1利谱
1友化工
2医疗
1只松鼠
1商家购
1孚股份
1安光电
1峡能源
2集团
1得利
1星
2SDI
2人寿
2医疗
2显示
4器
2物产
2生物
2电子
3机
2重工
1未信安
1林集团
1~棵树
1洋
2电机
1环集团
1生制药
1美股份
1花智控
1菱UFJ
2化学
2商事
2地所
2日联
2汽车
2电机
2重工
1角轮胎
2防务
1诺生物
1钢闽光
1顿半
上声电子
1峰水泥
1机数控
1汽
2依维柯红岩
2大众
2安吉物流
2红岩
2通用
4五菱
4汽车
1~海临港
2~信托
2农商银行
2医药
2国盛
3~际集团
2家化
2建工
2微电子
2新阳
2有色网
2~机场
2汽车
2浦东发展银行
2瀚讯
2~电力
3~影
3气
2~石化
2~能源
2莱士
2贝岭
2钢联
2~银行
1港集团
1美股份
1能电气
1~银
2理财
2科技
世嘉
1~界先进
1纪互联
2华通
2证券
1芯
2-KY
2电子
1茂
2服务
1达
1运电路
1邦魏理仕
丘钛科技
业之峰
1成
东丽
1亚银行
1京之星
2威力科创
2应化
2海上
2电力
3子
1元
2电机
1兴证券
1北证券
1华测试
2能源
2软件
1南机场集团
1吴证券
1~宝
1富龙
1尼电子
1山精密
1岳硅材
2集团
1微半导
1~方乐园
2国信
2富海
2~希望
2日升
2汇理
2海外
4国际
2港湾
2甄选
2~电子
3气
3缆
2盛虹
2~空间
2红资产管理
2线上
2航空
2证券
2财富
2资产
2通
3信
2金诚
2铁塔
2锆业
2雨虹
1日本旅客铁道
1旭光电
1材科技
1海证券
1航
2物流
1芝
1芯股份
1莞农商银行
2证券
2~银行
1证期货
2资管
1~财
1~阳光
1阿阿胶
1陶
1~风
2日产
2本田
2汽车
2科技
2股份
1鹏控股
2饮料
丝芙兰
中一科技
1亚银行
1交一公局
3航局
2三公局
3航局
2二公局
3航局
2四航局
2集团
1伟新材料
2股份
1伦
2律师事务所
1信
2产业基金
2信托
2博
2建投
2期货
2海直
2特钢
2股份
2证券
2资本
2里昂
2金
3控
2银行
2集团
1储粮
1~免
1公教育
1兴
2通讯
1兵红箭
1再集团
1农立华
1冶
1创新航
1~化
2化肥
2国际
1~升
2控股
1华信用评等公司
6股份有限公司
3评
2开发资本
2煤气
2电信
3力
2联合保险
2航空
2财险
1南传媒
2~建设
2钻石
1~原信托
2地产
2证券
2银行
2集团
2~高速
1国一汽
3重
2三峡集团
2东方
4航空
4资产
2中信金融资产
3免
3冶
3化
3~药
3车
3铁
2五矿
2交建
3通建设集团
2人保
3寿
2保利集团
2信保
3息通信科技集团
3托商业银行
4银行
3科
3达
2储备粮管理集团
2儒意
2光大控股
4环境
4银行
4集团
2兵器工业集团
4装备集团
2再保险
2~农业发展银行
4银行
2出口信用保险
8公司
2~动力
2~化学
4工程集团
3~工
2医药集团
2华电
3能
3融
2南方航空
3玻
2~卫星
3通
2商飞
2国家铁路集团
3新
3旅
3航
3际航空
4货运航空
4金融
2圣牧
2外运
2大唐
3地保险
2太保
3平
4洋保险
2奥园
2宏桥
2宝安
3武
4钢铁集团
2工商银行
2巨石
2平安
2广播电视网络集团
3核
4集团
3~电
2建材
4集团
3筑
4国际
3设银行
2恒大
2投资有限责任公司
2旅游集团
2旺旺
2星网
2有色矿业
2机械工业集团
2核工业集团
3电
2民生银行
2~水务
2汽研
2海外发展
4宏洋
3油
3洋石油集团
3装
3~防
2燃气
2物流集团
2生物制药
2电信
3~力
4建设集团
3~子
4信息产业集团
4科技集团
3建
3~影
3气装备
3科
2盐业集团
2石化
4集团
3油
4天然气集团
4集团
2矿产资源集团
2神华
2移动
4香港
2~稀土
4集团
2绿发
2联塑
3通
2能建
3源建设集团
2航发
3天科工
5技集团
3油
3空发动机集团
4工业集团
4油料集团
2船舶
4集团
2~节能
4环保集团
2融通
4资产管理集团
2西电
2诚通
2财险
2资产证券化分析网
2~软件
2~进出口银行
2远洋海运集团
2~通信服务
3号
3用技术
2邮政
4储蓄银行
4速递物流
2重工
3汽
2金茂
2铁塔
3建
3路工程集团
2铝业
4集团
2银河
3联
3行
4澳门分行
2~长城
4资产
3安汽车集团
2~飞机租赁
3鹤
2~黄金
4~国际
1复神鹰
1外制药
2运冷链
1大力德
1天火箭
2科技
1央汇金
1孚实业
1宠股份
1密控股
1山证券
1工国际
1巨芯
1广核
3电力
1庚基金
1康CMH
2科技
1~建
2一局
2七局
2三局
2二局
2五局
2八局
2六局
2四局
1~微
2公司
2半导
1手游
1~投
2公司
1控技术
1~文在线
1新药业
1~无人机
1晶科技
1曼石油
1望软件
1材国际
2科技
2锂膜
1来股份
1核钛白
2集团
1梁控股
1植企业集团
2集团
1欣氟材
1欧基金
1油工程
2资本
1泰化学
2国际
2证券
1海地产
2~外
2油
3服
3集团
2物业
2~达
1炬高新
1煤能源
1牧股份
1环股份
1电控股
1百集团
1盐化工
2集团
1直股份
1石化
3集团
2油
2科技
1矿资源
1研普华
1磊
2电子
1科三环
2创星
3达
2宇航
2星图
2曙光
2海钠
2电气
2蓝讯
2软
2飞测
1简科技
1粮
2国际
2家佳康
2期货
2福临门
2科技
2糖业
2长城
4葡萄酒
1联水泥
2重科
1航光电
2工业
2成飞
2机载
2沈飞
2油
2电子
3测
2西飞
2证券
2重机
2高科
1船动力
2应急
2海装
2特气
2科技
2防务
2黄埔文冲
1色股份
1节能太阳能
1芯
2国际
2聚源
2集成
1融信托
1~行
1证鹏元
1诚信
3国际
1谷物流
1~车
1软国际
1远海发
3控
3特
3科
3能
3运
4发展
4控股
4散运
4港口
4特运
4科技
4能源
4重工
4集运
1~通
2客车
2快递
1邮人寿
2理财
2证券
1~金
2公司
2岭南
2财富
2资本
2黄金
1钨高新
1~铁
2一局
2七局
2三局
2九局
2二局
2五局
2八局
2六局
2十局
2四局
2~工
3业
1铝集团
1~银
2国际
4证券
2基金
2富登
2澳门
2理财
2航空租赁
2证券
2香港
1际旭创
1~集
2来福士
2车辆
1青旅
1顺洁柔
1颖电子
1骏集团控股
1鼎股份
丰业银行
1乐种业
1元股份
1树
1田
2产业车辆
2汽车
2自动织机
2通商
1益国际
1翼
2科技
丸红
1美股份
丹佛斯
1斯克银行
1~格特
1纳赫
1麦皇冠
丽江股份
1珠集团
久之洋
1~保田
1立特材
1谦中台
2咨询
义美
2食品
1翘神州
~乐信
1刻
2运动
1友
2国际
1~天
2免税店
2化学
1普医疗
1~聚
2机器人
1舒适
1~购
1金显示
1鑫科技
1高
乖宝宠物
九丰能源
1典制药
1华旅游
1~号
2公司
1坤
2投资
1安医疗
1州通
1巴
1方智投
1毛九
1江银行
1洲药业
1牧王
1芝堂
1识
2智能
1阳
2股份
1龙仓
3置业
2巴士
习酒
~乡村基
书亦烧仙草
乾照光电
云从科技
1南电网
2白药
2铜业
2锗业
1天励飞
2化
1快充
1海金属
1~深处
3科技
1知声
1赛智联
1路股份
1迹科技
1铝股份
1锋基金
1~顶
2新加坡
3耀
1鲸
2智能
五十铃
1得利
3面粉集团
1方光电
1洲新春
1源资本
1矿信托
2发展
2期货
2证券
2资本
3源
2集团
1粮液
1芳斋
1菱
亚历山大丹尼士
1太森博
2电信
1威股份
1德诺
1星锚链
1普股份
1朵
1泥
1~洲水泥
2~航空
1玛芬体育
2顿
1瑟士
1盛医药
1航
1萨合莱
1辉龙
1钾国际
1马逊
3云科技
交个朋友
1行
1通银行
1银信托
2国际
4信托
2施罗德
2理财
2金租
3融租赁
产业在线
亨廷顿银行
1斯迈
1索尔特
1通光电
京东
2健康
2数科
2方
3A
2物流
2科技
1仪装备
1元电
1喜拼拼
1新药业
1~沪高铁
1瓷
1~站
2时尚广场
1能清洁能源
2电力
1运通
人人车
1~保
2寿险
2财险
1头马
3君度
1福医药
亿华通
1客行
1晶光电
1滋
2国际
1田智能
1纬
2锂能
1联银行
1航
2智能
仁宝
今世缘
1~日资本
1治造船
1麦郎
仕佳光子
仙乐健康
1坛股份
1琚制药
1鹤股份
以岭药业
1~星
2航运
1色列化工
3航空航天工业
仲景食品
1量联行
任仕达
1天堂
企业预警通
1查查
伊利
2股份
2诺伊工具
1力特
1塔乌
3联合银行
1士曼化工
1~戈尔
1玛尔
1维尔德罗拉
1莱克斯
1藤忠
3商事
2洋华堂
1顿
伍德赛德
2麦肯兹
众信旅游
1兴菌业
1安
2保险
2在线
1擎机器人
1生药业
1达
优信
1刻得
1必选
1时比
1步
1然牧业
1美科
1衣库
~会稽山
伟世通
1凯
1创力
2电气
1明环保
1星新材
2股份
1测科技
传化智联
1奇生物
1音
2控股
伦丁矿业
1敦证交所集团
伯克希尔
4·哈撒韦
4哈撒韦
1希和
1特利
伽马数据
住友化学
2商事
2橡胶
2电工
3气
2金属矿山
1商不动产
佐力药业
佑驾创新
何氏眼科
佛吉亚
1山照明
1燃能源
1瑞亚
作业帮
佩蒂股份
佰仁医疗
1维存储
佳兆业
1利
1明
1沛
1能
1都科技
~依图
2科技
1维柯
1视路
3陆逊梯卡
便利蜂
俄气
1罗斯天然气工业
3石油
3联邦储蓄银行
3铝业
1铝
保乐力加
1利
2协鑫
2发展
2物业
2集团
1变电气
1德信
1时捷
1诚
1隆科技
信义光能
2房屋
2玻璃
2能源
1也科技
1发集团
1和置业
1~实
2工业
1捷电气
1永中和
1泰人寿
1科移动
1立泰
1维通信
1诺
1越化学
1达生物
2证券
1银理财
1骅
修正药业
倍耐力
1轻松
~值得买
健之佳
1友股份
1合集团
1~康元
1策
1鼎
2科技
傅利叶
3智能
儒鸿
~元大
2投顾
2证券
2金
3控
1太
2科技
1富投顾
2证券
1戎启行
1晶
1气森林
1祖股份
1禾原点
2控股
2璞华
兄弟科技
兆丰金
3控
2银
3行
1威机电
1易创新
1芯
1驰股份
先声药业
1导智能
1正达
1锋领航
光华科技
1启技术
1~大
2信托
2控股
2期货
2环境
2理财
2证券
4国际
2银行
1威复材
1子工作室
5群
1宝
2科技
1峰科技
1库科技
1弘科技
1明乳业
1源资本
1环新网
1线传媒
1荣特库摩
1迅科技
1速中国
2创投
1阳
2工业
2机车
~克拉克森
4研究
1明食品
1罗格
1而瑞
~兔宝宝
兖州煤业
1煤澳大利亚
1矿能源
~全家
2便利商店
4店
1志科技
1日空
1联
2福利中心
1聚德
八一钢铁
1合里
3海记
1方云集
1马茶业
公牛集团
六必居
1福珠宝
2集团
兰州银行
1格钢铁网
1特黎斯
1花科创
关西电力
~兴业
2信托
2证券
2银锡
1全基金
1发铝业
2集团
1富发
3建设
1森科技
1盛优选
1福电子
1蓉环境
1证全球基金
2国际
1通股份
1银理财
1齐眼药
兵器工业
2装备集团
养乐多
1元饮品
冀东水泥
1中能源
内蒙一机
2华电
再生元
1鼎医药
农业银行
1发种业
2行
1夫山泉
1行
1银国际
2汇理
2理财
冬海集团
冰川网络
凌云股份
2逻辑
1钢股份
凑凑
2火锅
凤凰传媒
凯克萨银行
1基
2投顾
1度
2消费者指数
1德
1悦
1投宏观
1捷
1斯纽荷兰
1易
1~杰
1格精机
1盛新能
2科技
1美
2特气
2电机
1莱英
1赛生物
1雷
1鹏华盈
凸版印刷
出门问问
~分众
2传媒
切尼尔能源
~创世纪
1业慧康
1兴银行
1~意
2电子
1新奇智
2工场
1梦天地
1科实业
1维
2数字
1见
利丰
1亚德
1元亨
1嘉阁
3地产
1安德巴赛尔
2隆
1尔化学
1扬芯片
1民股份
1洁时
1通电子
1雅得航空
前海人寿
2开源
1~程无忧
剑南春
1~桥科技
力劲科技
1勤资源
1帆科技
1~成
2科技
1~拓
1森诺科
1~特
1神电池
1积电
加加食品
1多宝
1拿大国家铁路
4民银行
3太平洋堪萨斯城
3帝国商业银行
3皇家银行
3鹅
1科思
1西贝拉
1~速进化
动视暴雪
励讯
劲仔食品
1嘉股份
劳力士
1埃德银行
1~氏
势必锐
勃林格殷格翰
勐海茶厂
勤诚
包钢股份
~北京农商银行
2同仁堂
2君正
2国有资本运营管理
3管
2奔驰
2~控股
2汽车
2~现代
2精雕
2银行
1元集团
1化股份
1~大荒
1控水务
1斗星通
1新建材
1方信托
2华创
2~国际
2导航
2稀土
2铜业
1极光创投
2~星
3汽车
1~欧化工
2联合银行
1汽
2新能源
2蓝谷
1特科技
1玻股份
1~部湾港
1银理财
1鼎股份
医渡科技
1药魔方
十荟团
1铨
千味央厨
1寻智能
1方科技
1禧年管理
1禾味业
华东医药
1中数控
1丰科技
1为
2云
2技术
2海思
1人置业
2运通
1伦天奴
1住
1~侨城
3A
2银行
1兰生物
1兴源创
2资本
2银行
1凯易佰
1创云信
2证券
1利集团
1勤技术
1北制药
1南金
3控
1厦眼科
1友钴业
1发股份
1图山鼎
2教育
1域汽车
1夏基金
2幸福
2理财
2航空
2银行
1大九天
2基因
2智造
1天科技
1安基金
2证券
1宝基金
2新能
2证券
1峰化学
2测控
2铝业
1工科技
1帝股份
1平投资
1强方特
1恒生物
1新水泥
2科
1明装备
1星光电
1晨中国
2宝马
2汽车
1曙高科
1林证券
1正新材
1泰保险
2国际
2期货
2柏瑞
2联合证券
2证券
2金融控股
1测导航
2检测
1海清科
2药业
2诚科
1润
2万家
3象生活
2三九
2信托
2医药
2双鹤
2啤酒
2建材科技
2微
2江中
2燃气
2电力
2置地
2饮料
1源证券
1熙生物
1特气体
2迪士尼
1电国际
2新能
2集团
1登国际
1盛锂电
1硕
1福证券
1秦科技
1策影视
1纳兄弟探索
1统股份
1美银行
1能信托
2国际
2水电
2集团
1航
1~莱士
1菱钢铁
2集团
1虹
2公司
2半导体
1西证券
1设集团
1谊集团
1贸物流
1~通
2电脑
1邦电
1金证券
1鑫股份
2证券
1钰矿业
1锐精密
1锦股份
1阳股份
2集团
1鲁恒升
1龙证券
协合新能源
1鑫科技
2能科
2集成
卓健医疗
1创资讯
1胜微
1~驭
2科技
南亚塑胶
2新材
2科
1京证券
2银行
1侨食品
1华期货
1大光电
1山铝业
2~集团
1微医学
1方基金
2水泥
2电网
2航空
2铜业
1~玻
2A
1瑞
1~电
1网
2储能
2科技
1~美航空
1~航
1芯科技
1茂
1都电源
1钢股份
1银理财
1非标准银行
2米勒
博世
1亚和讯
1众精工
1创科技
1力威
1威合金
1实乐
2股份
1时基金
1柏利
1格华纳
1汇纸业
1瑞医药
1禄
1纳影业
1腾股份
1裕资本
1西家电
1迈科
1通
1雅生物
卜蜂
2企业
2集团
卡乐比
1地亚
2纳健康
1塔尔国家银行
3能源
5公司
3航空
1夫亨氏
1斯柯
1普空
1梅科
1特彼勒
1航
1西欧
1骆驰
卢克石油
卧龙电驱
卫光生物
1士通
1宁健康
1星化学
1~材
1蓝新能源
1龙
2美味
印地纺
1孚瑟斯
1尼人民银行
2国家石油
2电信
2鹰航
1度人寿保险
2国家银行
2斯坦联合利华
4航空
2~煤炭公司
2~石油公司
4~天然气公司
2~航空
2血清研究所
历峰
1德
厚普股份
1朴投资
厦钨新能
1门国贸
2港务
2空港
2象屿
2钨业
2银行
~去哪儿
3网
友利金融
1达
1~邦
2保险
~双日
1汇
2发展
1环传动
1良节能
1鸿
2科技
发那科
叠纸
2游戏
口子窖
~古井
2贡酒
1河电工
1茗
1越龙山
1驰
~只二
叮咚买菜
1当健康
2快药
可不可熟成红茶
1乐丽
1口可乐
4FEMSA
1孚医疗
1~成
2科技
台中精机
4厂
1光电
1~化
1北富邦银行
1华新材
1塑
2化
1新新光金
5控
2金
3控
1泥
1湾中油
3钢
2之星
2人寿
2化学纤维
2国际造船
2土地银行
2大
3哥大
2山叶
4机车
2港务
4公司
4股份有限公司
2电力
2积体电路
2高速铁路
3铁
1电
1积电
1船
1达
2电
1铃
2科技
~史丹利
1克威尔艾尼克斯
1密夫斐尔
2斯菲尔德
1赛克
1陶比尔
司力达
1太立
1尔特
合众人寿
2新能源
1作金库
1兴包装
1库
2金
3控
1景泰富集团
1盛硅业
1肥产投
2建投
~吉利
2德
2控股
2汽车
1宏股份
1宝
1林化纤
1~比特
1祥航空
同仁堂
3科技
1创伟业
1和控股
1庆楼
1盾科技
1~程
2旅行
2生活
1花顺
1道猎聘
1飞股份
名创优品
君乐宝
1合
2律师事务所
1实生物
1正集团
1联资本
1迪
启明创投
2星辰
1碁
2科技
~周六福
1大生
2福
3珠宝
1生生
1黑鸭
味之素
1全
2食品
1知香
呷哺
2呷哺
和发集团
1~大
1府捞面
1椿
2科技
1泰汽车
2车
1硕
1记电讯
4香港
1辉光电
1邦生物
1铂医药
1黄医药
咪咕
2文化
哈原工
1啰
2出行
1尔滨电气
3银行
1投股份
1曼
1电
1药股份
1萨克斯坦国家原子能公司
1里伯顿
1门那
1默纳科
哔哩哔哩
哥伦比亚国家石油
4航空
4~银行
哪吒汽车
唐人神
1吉诃德
1~山港
唯品会
1捷创芯
商汤
2科技
1船三井
1飞
~喜临门
1力
1茶
1~马拉雅
嘀嗒出行
嘉信理财
1元科技
1化能源
1友国际
1吉
1士伯
1实基金
1~年华
1~楠
2科技
1民
1泽新能
1能可
1里大荣
4物流
2建设
2物流
4联网
1银金科
噢麦力
四创电子
1~川信托
2农商联合银行
2~发展
4控股
2~成渝
2航空
2路桥
2郎酒
2~银行
2长虹
1方股份
1维图新
回天新材
因美纳
1赛集团
固德威
1特异
1生堂
国信证券
4香港
1元证券
1光电器
2股份
1华人寿
1博电子
1台酒业
1城矿业
1大药房
1家开发投资集团
4银行
2电力投资集团
3投
3网
2石油天然气管网集团
2管网
2能源投资集团
4集团
1宾
2大饭店
1寿
1巨
1开行
2证券
2金融
1~投
2创业
3合
3新
2安信期货
2招商
4投资管理有限公司
2智能
2期货
2泰康信托
2瑞银
2电力
2证券
2资本
1机集团
1民西敏
1~泰
2世华银行
2人寿
2君安
4国际
4期货
2基金
2建设
2海通
2航空
2金
3控
2银行
1浩
1海证券
1瓷材料
1电南瑞
2电力
1盛智科
2证券
1睿科技
1科军工
2微
1网
2信通
1美
2零售
1联民生
2水产
2证券
1~航
1芯科技
1药一致
2控股
2股份
2集团
1融证券
1货航
1轩
2高科
1都证券
1金证券
1铁集团
1银租赁
2金租
3融租赁
1~际医学
2商业机器
2复材
2数据公司
2电力和水务公司
3~气
2石油开发帝石
2纸业
2航空集团
1鸿氢能
图南股份
1达通
~圆通
2速递
~土地银行
1巴兔
1~耳其航空
1银
圣农发展
1安娜饼屋
1戈班
1泉集团
1湘生物
1罗兰
1迪乐村
1邦股份
1都整装
地中海航运
1~平线
3机器人
均瑶健康
1胜电子
坎托菲茨杰拉德
坚朗五金
1美铝业
3材
垣信卫星
埃克森
3美孚
1利奥特
1及商业国际银行
2~航空
1塞俄比亚航空
1夫特
1安
1尔比特
1尼
1布罗
1斯顿
1森哲
1赫曼
城堡投资
2证券
1巴
1~建发展
培生
基恩士
1石药业
2资本
1美
堀场
塔可钟
1吉特
1塔
2咨询
2汽车
2电子
2钢铁
1斯汀
1牌集团
塞恩斯伯里
1拉尼斯
墨式烧烤
1茉点心局
1西哥北方银行
3国家石油
3~水泥
3~航空
3~集团
壁仞
2科技
士兰微
1卓曼
1林电机
声田
1网
壳牌
壹米滴答
复宏汉霖
1旦微电
1星
2医药
2国际
~夏普
~外婆家
1~贸信托
1~高桥
多多买菜
1氟多
大东方人寿
1~众
2汽车
1全能源
1公国际
1冢
1北农
1华继显
2股份
2超市
2银行
1博医疗
1参林
1和证券
1唐发电
2集团
1地保险
2熊
1城银行
1~家乐
2人寿
2保险
1悦城
3地产
1~成
2基金
2长城
1摩
1新银行
1族激光
1日本印刷
1昌行
1~智慧
1~有能源
1毅
2科技
1润发
1湾区航空
1疆
2创新
1益
2茶
1~福
1~秦铁路
1立光
2科技
1联大
3控股
1连万达
2造船
2重工
1都会人寿
1~金
2工业
2重工
1陆集团
1~隈
2株式会社
1韩油化
2航空
1麦娱乐
1黑屋
1龙燚
3火锅
天下秀
1佑德酒
1健会计师事务所
1兵科技
1华新能
2超净
1合光能
2富家
1味食品
1地科技
1坛生物
1士力
1天基金
1奇股份
1奈科技
1奥电子
1孚通信
1宇股份
1山股份
2铝业
1岳先进
1康生物
1~弘
2基金
1数智芯
1星小轮
1~津农商银行
2力神
2~港
2银行
1海防务
1润乳业
1相投顾
1眼查
1福
2茗茶
1科合达
1美工作室
5群
1职国际
1能动力
2股份
2重工
1茂集团
1虹股份
1融信
1赐材料
1钰
2科技
1际股份
1顺风能
1风国际
2证券
1马微电子
1鹅到家
1齐
2锂业
太二酸菜鱼
1保
2产险
2寿险
2资产
1原重工
1~古
2地产
2股份
1平人寿
2洋SOGO
3投资管理
3机场集团
3航运
3证券
3资产管理
2鸟
1极股份
2集团
1空探索技术公司
1辰光
1钢不锈
1阳纸业
2药业
2诱电
奇华顿
2饼家
1安信
1富科技
1景光电
1瑞
2汽车
1绩创坛
1虎360
1鋐
奈雪
2的茶
1飞
~奔驰
奥乐齐
1佳华
1克斯
3电气
2股份
1兰国际
1园
1士康
1多比
1托立夫
1来德
1林巴斯
1比中光
1浦迈
1特维
1瑞金
1的斯
1纬咨询
1维云网
1钢联
1飞数据
1驰亚
1齿泰
好事达
1利来
1大夫在线
1市多
1~想你
2~来
1~时
1~未来
1欢螺
1特卖
1莱客
如祺出行
妃鱼
妙可蓝多
委内瑞拉国家石油
姚记科技
~威世
1刚
1嘉
1孚高科
1富
1普罗
1海银行
1瑞森
1立雅
1胜信息
1达信
1马
2汽车
1高股份
2骨科
娃哈哈
~字节
2跳动
孚能科技
孟山都
学大教育
1而思
孩之宝
1~子王
宁德时代
1~沪高速
1泉资产
1波华翔
2~海运
2~港
2精达
2~舟山港
2银行
2韵升
1~王
1银理财
宇信科技
1晶股份
1树
2科技
1瞻
2科技
1通
2客车
安世半导体
1井食品
1伟捷
1信证券
1克
2创新
1博
1吉物流
1图生物
1居客
1川
2电机
1彩高科
1德森·霍洛维茨
2玛
1徽合力
2建工
1恒信息
1托法加斯塔
1捷伦
1斯泰来
1森美
1正时尚
1永
1波福
1泰保险
2科
1洁科技
1理
1琪酵母
1盛
1科瑞
2生物
1纳达
1联
2投资
1西斯
1记食品
1谋
1贝夫
1费诺
1赛乐米塔尔
1路科技
1踏
2体育
1达保险
2科技
1迅思
1进
1迪苏
1通控股
1道拓
1~阳钢铁
1集科技
1靠
宋城演艺
~完美世界
宏佳腾
1信建发
1利
2金融
1发股份
1微科技
1桥
1碁
1达电
3子
2股份
宗申
2动力
定颖投控
宜家
1得利
宝丰能源
1丽奥蜜思
1信软件
1兰德
1城期货
1尊
2电商
1岛眼镜
1武
2钢铁
2镁业
1洁
1立食品
1维斯
1胜股份
1能
1钛股份
1钢
2包装
2股份
1马
1龙地产
宣伟
家乐福
1家悦
1得宝
1登
2精密
1联科技
宸鸿
容百科技
1诚会计师事务所
宽德投资
宾利
1堡
密尔克卫
富世华
1临精工
1兰克林邓普顿
1创精密
1力地产
1卫
1国基金
2银行
1士康
3工业互联网
2胶片
2通
1奥股份
1安娜
1德生命人寿
1时罗素
1瀚微
1而德
1豪酒店国际
1达
2国民信息服务
3际
1途
2控股
1邦媒
3体科技
2投顾
2金
3控
寒武纪
1舍
2餐旅
1锐钴业
寺库
寿仙谷
小商品城
1康股份
1摩
1~松
1桔充电
1熊电器
1牛电动
1猪民宿
2短租
1电科技
1米
2汽车
2长江产业基金
1~红书
1~菜园
1象超市
1马智行
1鹏
2汇天
2汽车
1龙坎
尚品宅配
1太科技
1泰集团
1科宁家
尤妮佳
~尼尔森
3IQ
1康
1得科
1日利亚国家石油
居然之家
2智家
屈臣氏
展锐
山东海化
2能源集团
2药玻
2~路桥
2~钢铁
2~高速
2黄金
1~姆
2会员商店
4店
1崎马扎克
1推股份
1煤国际
1特维克
1西汾酒
2焦煤
2证券
1鹰国际
岚图
2汽车
岛津
岩山科技
岱勒新材
1美股份
峨眉山A
峰岹科技
1瑞资本
1飞航空
崇达技术
川发龙蟒
1崎汽船
2重工
1恒股份
1投能源
1润股份
1湖
1能动力
1航
1财证券
工业富联
1商银行
1~行
1银国际
2安盛
2理财
2瑞信
2租赁
2金租
3融租赁
巨人网络
1化股份
1~大
2机械
1子生物
1星农牧
2科技
1轮智能
1量引擎
巴克莱
1奴
2毛肚火锅
2火锅
1帝电信
1拿马航空
1斯夫
1登-符腾堡州银行
1西国家电力
4钢铁
2石油
2航空工业
2蓝色航空
2~银行
2高尔航空
1里克黄金
1黎世家
2贝甜
2银行
币安
布伦泰格
1依格
1拉德斯科银行
2斯科
1瑞克农业
5数据
1~鲁克
3纳
3菲尔德
2可
希尔顿
1慎兴业
1捷
1森美康
1荻微
1迪智驾
1音
帕兰提尔
1卡
帝亚吉欧
1~人
1国商业银行
1奥微
1尔激光
1斯曼
3-芬美意
1科股份
常宝股份
1山北明
1熟银行
~平头哥
1~安
2不动产
2产险
2人寿
2保险
2信托
2健康
2养老保险
4险
2好医生
2理财
2证券
2银行
1煤股份
1高电气
年利达
幸运咖
~幻方
2量化
广东华兴银行
2恒健投资控股
2电网
2鸿图
1信股份
1发基金
2期货
2证券
2银行
1合科技
1和通
1州产业投资控股集团
3投
2农商行
4银行
2~发展
2城投
2市城市建设投资集团
2~港
2白云山
2~酒家
2~银行
1~明
2光电
1汇能源
1汽
2丰田
2埃安
2本田
1~深铁路
1立微
1联航空
2达
1誉远
1~达
2电脑
1银理财
庄信万丰
库卡
1洛游戏
1迪
2咖啡
应流股份
1用光电
2~材料
庞巴迪
度小满
康佳
1卡斯特
1哲药业
1士伯
1~宁
2杰瑞
1师傅
3控股
1希诺
3生物
1方生物
1明斯
1民国际医院
1泰生物
1缘药业
1美药业
1菲
2石油
1诺亚
1龙化成
~延长石油
建信人寿
2信托
2基金
2期货
2理财
1发国际集团
2房产
3地产集团
2股份
1投能源
1滔积层板
1行
1设银行
1银国际
1龙集团
~开云
1~利
1发金
3控
1市客
1拓药业
1泰银行
1润股份
1源证券
1滦股份
1立医疗
弗若斯特沙利文
1迪电池
弘业期货
1元绿能
1塑
1毅投资
1阳地产
张亮麻辣烫
1家港行
2~界
1拉拉
1江高科
1~裕
2A
强力新材
1生
当升科技
1虹科技
1贝
2网络
彤程新材
彩晶
1虹新能源
2股份
彪马
彭博新能源财经
影石
2创新
徐工
2机械
2汽车
徕芬
~得力
1~物
微众银行
1创医疗
2机器人
2骨科
1~医
1~博
2公司
1导纳米
1星
1电生理
1盟
1策略
1芯生物
2科技
1软
德业股份
1之馨
1事隆
1仪
1克士
2斯户外
1劭
1勤
2·关黄陈方会计师行
1商银行
1国商业银行
2电信
2邮政
2默克
1太投资
1尔玛
1州仪器
1康农牧
2医疗
1意志银行
1方纳米
1施曼
1昌股份
1明利
1普伊辛迪思
1琪医药
1科立
1赛电池
2西威
1路里
1迅
1邦快递
2物流
2科技
2股份
2证券
1银
1马吉森精机
1鲁里
1龙镍业
徽商银行
1银理财
心动公司
2网络
1脉医疗
必和必拓
1易微
1维
2国际检验集团
1胜客
志圣
2工业
1邦家居
忠利保险
快乐蜂
1克智能
1可电子
1手
2科技
1~钱
2支付
1驴
2进货
思佳讯
1必驰
1念食品
1摩尔
3国际
1泉新材
1源电气
1爱普
1特威
1瑞浦
1科
1维列控
怡和
1安
1宝
1球资源
怪兽充电
1物饮料
恒丰理财
2银行
1健控股
1力石化
2集团
1基兆业
4地产
2地产
1大
2汽车
2物业
1天然
1安
2国际
1润股份
1源煤电
1玄科技
1瑞
2医药
1生电子
2银行
1立液压
1逸石化
2集团
1邦股份
1鑫生活
1隆
2地产
1顺醋业
恩华药业
1捷股份
1智浦
1桥
恺英网络
惠云钛业
1~康
1普
1氏
1泉啤酒
1泰医疗
1科
1而浦
1誉
2评级
1达卫浴
意华股份
1大利国家电力
3电信
3联合圣保罗
1昂
1法半导体
愿景基金
慕尼黑再保险
1思股份
慧与
1洋
2-KY
1荣
2科技
戈伦尼
成大生物
1都银行
我武生物
1~爱我家
1的钢铁网
戴姆勒
3卡车
1尔
1德梁行
1比尔斯
房利美
1地美
~托克
扬农化工
1子江船业
3药业
1杰科技
承德露露
技嘉
投中信息
2数据
抖音电商
2集团
抚顺特钢
~报喜鸟
抱抱脸
拉卡拉
1夫劳伦
1扎德
1斯维加斯金沙
1森特博
1芳家化
拓尔思
1斯达
1日新能
1普集团
1竹
2科技
1维信息
1荆科技
招商公路
2南油
2基金
2局
3港口
3置地
2港口
2积余
2蛇口
2证券
4国际
2轮船
2银行
1联消费金融
2金融
1行
1金矿业
1银国际
2理财
拜卡尔
1尔斯道夫
1恩泰科
1耳
拼多多
~指南针
挚文集团
挪威国家石油
2海德鲁
2电信
1瓦咖啡
振华新材
2科技
2重工
1德医疗
1江股份
1芯科技
损保控股
捷佳伟创
1安特
1捷微电
1星航空
1普
1豹路虎
1迈邦美
掌阅科技
~探路者
推特
揖斐电
搜狐
1电
携程
2网
摩尔线程
1拜
2单车
1根士丹利
2大通
1科瑞
敏华控股
1实集团
散爆网络
敬业集团
~数据港
1码通
3电讯
文晔
2科技
1灿股份
1艺复兴科技
1远知行
斐雪派克
斗山
2山猫
2能源
1~鱼
斯伦贝谢
1凯奇
2孚
1堪尼亚
1尔邦
3石化
1巴鲁
1库林
1柯达
1沃琪
1特兰蒂斯
1达半导
1迪克
~新世界
3发展
3第一渡轮
1东方
1乡化纤
1乳业
1五丰
1产业
1光三越
2人寿
2电气
2金
3控
1兴航运
2铸管
2际华
1凤鸣
1凯来
1加坡政府投资公司
3电信
3航空
1华三
2保险
2制药
2文轩
1和成
1国都
1~地
1城发展
2控股
1大屿山巴士
1天绿能
1奥股份
2能源
1安股份
1宙邦
1宝股份
1~希望
1强联
1思科技
1日铁
1时代造船
2达
1易盛
1松
2机器人
1氧
1泉股份
1洁能
1洋丰
1渡轮
1湖期货
1澳股份
1濠
2博亚
4娱乐
2国际
1特能源
1瑞鹏
3宠物医疗集团
1疆天业
1相微
1石器
3无人车
1突思
1纪元能源
1网银行
1罗免税店
2酒店
1~航
1莱应材
1钢股份
1集能源
1雷能
1韩金融
1鸿基地产
方大炭素
2特钢
1太
1正科技
2证券
1盛制药
1舟投资
1达
2律师事务所
施乐辉
1瓦茨集团
1~罗德
3交银理财
1耐德
3电气
旅行者集团
旗滨集团
无印良品
1锡银行
1问芯穹
1限极
日上免税行
1东电工
2纺
1~产
2汽车
1冷
1医学馆
1发精机
1日顺
3供应链
1月光
3投控
2股份
1本制钢所
3铁
2显示器
2板硝子
2烟草
2瑞翁
2生命
2电产
3信电话
3气
2精工
2航空
2邮政
3船
1~清
2食品
1~照港
1立
2能源
1辰股份
旭化成
1升集团
1硝子
1辉
2控股
2永升服务
时代中国控股
2天使
2~新材
2电服
3气
旷视
2科技
旺宏
1~旺
昂跑
昆仑万维
2~信托
2能源
2芯
1药集团
昊华科技
2能源
1海生科
明亚保险经纪
2经纪
1冠新材
1势资本
1~导
1晟
1汯投资
1治乳业
2控股
1~泰
2科技
2铝业
1源云
1阳智能
2电气
易买得
1华录
1宝支付
1居
2企业控股
1捷航空
1控智驾
1方达
1昆尼克斯
1点天下
1观
2分析
1贝
1鑫
星动纪元
1宇股份
2航空
1宸科技
1展
1巴克
1座品牌
2能源
1星充电
1河动力
1海图
1源材质
1环科技
1网
2锐捷
1际荣耀
映恩生物
春华资本
1秋电子
2航空
1立医疗
1风动力
昭和电工
1衍新药
是德科技
昱能科技
~晋商银行
1控煤业
1能控股
~晓星
晖致
晨光文具
2新材
2生物
2股份
1兴资本
1~星
1鸣纸业
普信集团
1冉股份
1利司通
1华永道
1~惠
1拉特·惠特尼
2达
1氏
1洛斯
2药业
1瑞眼科
2纳
1益标准
1睿司曼
1莱柯
景嘉微
1旺电子
1林
2资产
1硕
1~顺
2长城
晶丰明源
1华
2国际酒店
1合集成
1方科技
1晨股份
1泰控股
2科技
1澳科技
1瑞电材
1盛机电
1科科技
2能源
1肤医美
1苑国际
智元
2机器人
1利国家铜业
2矿业化工
1己
2汽车
1平方
1联招聘
1谱
2AI
2华章
1邦
1飞生物
暹罗水泥
~曙光
曲美家居
曹操出行
曼恩能源方案
1谷杜斯特医疗
1迪利银行
月之暗面
有友食品
1棵树
1研新材
2硅
1~赞
1~道
朗廷酒店投资
1德万斯
1~盛
1科科技
望变电气
朝夕光年
1日啤酒
2集团
1阳永续
木屋烧烤
1~林森
1鸟民宿
~未来资产
本田
2汽车
1钢板材
札幌啤酒
2控股
朴朴
2超市
杉杉
2股份
李子园
1~宁
1~尔
1锦记
~村田
杜克能源
1邦
来伊份
1凯医药
1~宝
1爱德
杨国福
1忠礼集团
杭叉集团
1可科技
1~州资本
2银行
1氧股份
1银理财
杰克股份
1华特
1富瑞
1尼亚
1普特
1特贝林
1瑞股份
松下
1延动力
1本清
1禾资本
1鼠AI
3i
极兔
2速递
1智嘉
1氪
2智能科技
1米
2科技
1越
2汽车
1飞
2科技
~林德
1洋能源
1清轩
柏楚电子
1盛国际
柒和伊
柠季
柯力传感
1林斯宇航
柳工
1药集团
1钢股份
1韩洋行
标准普尔
2~银行
1~普
2全球
株冶集团
1洲钻石
核桃编程
格上理财
2财富
1力
2电器
1林美
1灵深瞳
1科微
1芯
桂冠电力
1林旅游
1盟
桃李面包
桐昆股份
桑坦德
3巴西
3智利
1~托斯
桥水
梅特勒-托利多
1花生物
1西百货
1赛德斯-奔驰
梦百合
梯瓦
棒约翰
森特理克
1那美
1马服饰
1麒麟
楚天科技
1江新材
1能
2新能源
楷登电子
概伦电子
模塑科技
横店东磁
2~影视
1河电机
1滨橡胶
橙心优选
橡树资本
~欢乐家
1~聚
欣兴
1~和
2企业
1旺达
欧力士
1华
1姆龙
1文斯科宁
1易
1普康视
2照明
1晶科技
1~林
2生物
1洲汽车租赁集团
1派家居
1特克
1珀
1睿
2国际
1科亿
1莱雅
1菲光
歌力思
1尔
2股份
1斐资产
1礼制药
正大天晴
2集团
1~威
2国际
1帆科技
1心谷资本
1~文
2科技
1新鸡排
1泰
2安能
2电器
1浩
2创新
1海磁材
1邦科技
~步步高
1科股份
1长制药
武商集团
1~田
1进不锈
毅达资本
~每日互动
2优鲜
比亚迪
3半导体
3电子
1依股份
1特大陆
1音勒芬
毕得医药
1马威
毛戈平
毫末智行
民和股份
1~生信托
2加银
2理财
2证券
2银行
~氯碱化工
水井坊
1星家纺
1晶光电
1滴公司
2筹
1羊股份
永丰金
3控
1兴材料
1~利
2度假村
2澳门
1升服务
1和股份
1太科技
1安旅游
2期货
1旺
1明金融
1赢基金
1辉
2超市
1达汽车
1鼎股份
汇丰
2前海证券
2控股
2环球研究
1付天下
1华理财
1川技术
1成股份
1添富
1量科技
1金公司
1顶科技
汉坤
1堡王
1得信息
1朔科技
1王科技
1磊
1神巨蛋
2百货
1缆股份
1莎
2航空
1诺威再保险
1~高
江中药业
1丰电子
1化微
1南布衣
2造船
1小白
1山欧派
2股份
1森自控
1波龙
1海股份
2证券
1淮汽车
1特电机
1~苏信托
2国信
2~新能
2神通
2金租
2银行
1西铜业
2银行
1铃
2汽车
1铜
1阴银行
~汤姆猫
1森路透
1臣倍健
汽车之家
汾酒
沃尔格林
2沃
3汽车
3集团
2玛
3墨西哥
1拉里斯航空
1旭能源
1格光电
1森生物
1特世
1达丰
1飞长空
沐曦
2股份
1瞳
2科技
~沙利文
1特公共交通公司
4投资基金
2国家电力公司
4银行
3际电力和水务公司
2基础工业
2电信
3~力
2~矿业
2~航空
2阿美
1索
1钢
2股份
沧州大化
2明珠
沪上阿姨
1东中华
4造船
1光股份
1农商行
1电股份
1硅产业
~河北银行
1~南能源集团
1钢股份
2集团
泓德基金
法兴
1国兴业银行
2再保险
2农业信贷银行
2巴黎银行
2液化空气
2燃气苏伊士
2电信
3力
1巴
2农银理财
1拉利
2电子
2贝拉
1荷航
1通保险
1雷奥
泛太平洋国际
1微网络
1林
泡泡玛特
波司登
1士顿动力
3咨询
3科学
1尔公司
1立登
1音
泰克资源
1合资本
1国国家石油
2~机场
2~航空
2酿酒
1尔茂
1山企业
2玻纤
1康
2保险
2资产
4管理
1格医药
1森食品
1瑞达
1科电子
1纳瑞斯
1胜风能
1钦特
1雷兹
泸州老窖
2银行
1溪河
泽璟制药
洋河
2股份
1葱学园
洛克希德·马丁
4马丁
1图科技
1钼
1~阳玻璃
2钼业
1马
洪城环境
1泰基金
1都航空
洲明科技
1际酒店
洽洽
2食品
派克新材
2汉尼汾
1安盈
1拉蒙
1拓网络
1林生物
1派思
1能科技
1读宠物
济安金信
1川药业
浙商中拓
2期货
2证券
2资产
2银行
1大网新
1文互联
1江交科
2农商联合银行
2吉利控股集团
2石油化工
2美大
2荣泰
2鼎力
2龙盛
1海德曼
1石化
1能电力
1银理财
浦发
1银国际
2理财
1~项
2制铁
2国际
2未来M
浩华管理顾问公司
~浪潮
2信息
海丰国际
1亮股份
2集团
1优新材
1伦司
1信
2家电
2视像
1光
2信息
1兰信
1兴电力
1力士
2风电
1~南机场
2~橡胶
2航空
1博思创
1吉亚医疗
1大集团
1~天
2味业
2国际
2瑞声
2精工
1富通基金
1尔
2智家
2生物
2集团
1峡股份
1底捞
1康
2威视
2机器人
1德堡材料
1思
2~科
1恩斯莫里斯
1~拉
1斯福
1格通信
1欣食品
1正药业
1油发展
2工程
1洋网联船务
1澜之家
1目星
1科新源
1立股份
1航
2控股
1螺创业
2水泥
1辰储能
1通国际
2恒信
2证券
1量数据
1问
1马汽车
涂鸦智能
涌益咨询
涛涛车业
润佳
2超市
1和软件
1泽科技
涪陵榨菜
液化空气
淘天
1菜菜
淡水河谷
2泉
1马锡
淮北矿业
深信服
1创投
1南电路
1圳创新投资集团
2~地铁集团
2市投资控股
3高新投集团有限公司
2投控
2~机场
2燃气
2~能源
2高新投
1天马
3A
1度求索
1投控
1~科技
1蓝汽车
2~航天
1铁集团
1高速
~添可
1好运
清心福全
1源股份
1溢光电
1越科技
1陶能源
渝农商理财
3行
渣打
渤健
1~海信托
2租赁
2证券
2轮渡
2银行
1银理财
温氏
2股份
1蒂汉堡
港华智慧能源
1机工程
1灯
2电力投资
1置
1迪
1铁
2公司
游戏橘子
2~科学
1族网络
湖北宜化
2~能源
1~南白银
2裕能
2~钢铁集团
2~黄金
湘潭电化
1财股份
2证券
源杰科技
1码资本
滔搏
满帮
滨化股份
1松光子
1江集团
~滴滴
2全球
2出行
~漫步者
漱玉平民
潍柴
2动力
~潘多拉
潜能恒信
潞安环能
潮宏基
澜沧古茶
1起科技
澳优
1华内镜
1博
2控股
1大利亚国民银行
1新银行
1柯玛
1洲电信
2联邦银行
2航空
激智科技
瀚宇彩晶
1蓝环境
火山引擎
1~星人
1炬电子
1箭实验室
灵北
1均投资
1宝黄金
1犀互娱
灼识咨询
炬华科技
1芯科技
点点互动
2数据
1都德
烽火通信
焦作万方
1点科技
煌上煌
煤气公司
燕东微
1京啤酒
1塘乳业
燧原
2科技
爱乐达
1买
1信
1博医疗
1回收
1奇艺
1婴室
1尔眼科
1康医疗
2国宾
2集团
1建集团
1彼
2迎
1德万
3测试
2华兹生命科学
1思强
1旭股份
1普生
2股份
1柯迪
1玛
2科技
1立信
1美客
1茉莉太平洋
1诗科技
1达邮轮
1马仕
片仔癀
牛奶国际
牧原
2股份
1田
物产中大
1~美
特变电工
1尼恩
1斯拉
1来电
1步
2国际
1海国际
1~灵
1莱维萨
1诺
1锐德
猎聘
~猫眼
2娱乐
猿辅导
~獐子岛
玉山金
3控
2银行
1晶光
~王府井
玛氏
1莎百货
环旭电子
1~球医疗
2律师事务所
2易购
2晶
3圆
2音乐
~现代
2Rotem
2制铁
2商船
2~建设
2摩比斯
2格罗唯视
2汽车
4印度
2~牧业
2货箱码头
2重工
玲珑轮胎
珀莱雅
1金埃尔默
珍酒李渡
珑璟光电
珠江啤酒
1海万达商管
2冠宇
理光
1~想
2汽车
1文造纸
瑞丰新材
2银行
1众人寿
1信
1典商业银行
1可利
2达
1士信贷
2再保险
2宝盛
2电信
2莲
1声科技
1安房地产
2航空
1幸
2咖啡
1思迈
1昱
1普生物
1格
1泰新材
1派宠物
4医院
1浦兰钧
1生
1~穗
2金融
1芯微
1萨
2电子
1达期货
1银
2证券
1鼎
璞泰来
~瓜子
2二手车
~瓦克
2化学
1城
2泰统
1莱罗
1锡兰
甘李药业
1源食品
1肃能化
2银行
生力集团
1数科技
1物股份
1益电子
2科技
1鲜传奇
~用友
2网络
甬兴证券
1矽电子
1金股份
~甲骨文
申万
2宏源
4香港
1洲国际
1港证券
1能股份
1菱环境
1通
2快递
1银万国期货
电建集团
1投能源
1~气风电
1能实业
1~装
1讯盈科
1~通
1魂网络
登士柏西诺德
1康口腔
1海种业
1腾
~白云山
2~机场
1犀牛
1~象
2食品
1银有色
百乐嘉利宝
1~事
1亚股份
1佳
2超级市场
1信银行
1克生物
1利天恒
1奥泰
2赛图
1威亚太
2英博
1川智能
2盈孚
2股份
1年人寿
1度
2智能云
1思买
1时美施贵宝
1普赛斯
1果园
1济神州
1润股份
1特
1老汇院线
1联股份
1胜中国
2餐饮
1草味
1融云
1行征信
1诚医药
1达翡丽
1隆东方
皇家加勒比
1氏集团
皓元医药
皖能电力
1通高速
皮尔巴拉矿业
盈峰环境
1透
益丰大药房
2药房
1博睿
1方生物
1普生
2索
1海嘉里
4金龙鱼
1生股份
1禾堂
盎格鲁阿散蒂黄金
盐津铺子
1湖股份
1田国际
4集装箱码头
1野义
盒马
2鲜生
盖世食品
1尔道
1璞
盘江股份
1谷银行
盛京银行
1和资源
1天网络
1弘股份
1德
1新锂能
1科通信
1美上海
1航股份
1虹炼化
2集团
1路通信
1达资源
盟可睐
1立
2自动化
~直得
2科技
1觉外科
~相干
盾安环境
省广集团
看准科技
~真功夫
1~我
1格基金
睿创微纳
1工业
1能创意
1远基金
瞻博
2网络
知乎
~石化机械
2油服
1四药集团
1基信息
1大胜华
1头科技
1英股份
1药
矽力
2-KY
2杰
1品
矿产资源公司
硅基流动
1宝科技
1谷银行
硕禾
2电子
1腾
碧桂园
3服务
1水源
1迪医疗
礼来
2亚洲基金
祖龙娱乐
神华
1州信息
2数码
2泰岳
2租车
2细胞
1工股份
1户制钢
4所
1火股份
祥峰投资
1硕
2科技
福元医药
1寿园
1~斯特
1昕软件
1泰制药
1~特
2汽车
1瑞股份
2达
1田汽车
1耀
2玻璃
1能股份
1莱特
1蒂斯丘
禧玛诺
禹洲集团
禾丰股份
1伸堂
1大
1川科技
1赛
2科技
1迈股份
科丝美诗
1乐美
1伦博泰
2药业
1前生物
1华数据
1博达
1士达
1大国创
2讯飞
1奇集团
1~威特石油
1宝
1尔士
3百货
2尼
1帕航空
1德数控
1思创
1恒股份
1慕
1文顿
1林研发
1氏工业
1沃斯
1济药业
1磊
1莱恩
1达利
2制造
1迪华
1顺股份
秒针
2系统
秦川机床
1淮数据
1港股份
移卡
1远通信
稀宇科技
程泰
2机械
稳健医疗
穆巴达拉
1迪
2分析
空中云汇
2客车
2巴士
1客
1气产品
2化工
窄门餐眼
立信会计师事务所
1华股份
1昂微
1白
2科技
1讯
2精密
1达信
1邦
2涂料
1隆电
3子
1高食品
竞天公诚
章源钨业
童程童美
第一三共
2上海
2创业
2商业银行
2太平戴维斯
3阳能
2生命
2资本
2量子
2金
3控
2银行
1四范式
简街
箭牌家居
米兰柏羽
1~其林
1内网
1哈游
1格罗斯
~粉笔
粤开证券
1海投资
2控股
2集团
1电力
3A
1芯半导体
1高速A
精工爱普生
2钢构
1智达
1测电子
1真估
1锻科技
索尔维
1尼
2互动娱乐
2金融
1菲亚
1辰科技
1通发展
紫光国微
2展锐
2股份
2集团
1燕食品
1~金
2矿业
2银行
2黄金国际
红塔证券
1~太阳
1布林
1旗连锁
1星美凯龙
1~杉
2中国
2资本中国
1豆股份
2集团
1黄蓝
约翰迪尔
纪源资本
纬创
1颖
纳微科技
1斯帕斯
1芯微
纽威数控
2股份
1崔恩
1柯
2钢铁
1约梅隆银行
2社区银行
1蒙特
线性资本
绍兴银行
经纬中国
2创投
2恒润
2纺机
1络按揭
4转介
~绝味
2食品
~统一企业
4中国
2时代
4百货
2超
3商
1信软件
1新投顾
继峰股份
维他奶
3国际
1信诺
1尔福
1斯塔斯
1旺迪
1沃
1港投资
1科技术
1萨
1谛
绿叶制药
1~地
2控股
2香港
1~城
2中国
2服务
2管理
1源集团
1的谐波
1盟科技
1联
2科技
1~色动力
1茶集团
2餐厅
编程猫
缤客
网商银行
1~家
1宿科技
1易
2云音乐
2有道
2雷火
1石
1络家庭
1联清算
1飞
1~龙
罗克韦尔
4自动化
1兰贝格
1博特科
1~姆
1宾逊
3直升机
1尔斯·罗伊斯
1平锌电
1斯柴尔德
2百货
1格朗
1~森
1~氏
1罗
1莱生活
~置地
美ONE
1东汽车
1丽田园
4医疗健康
1亚柏科
1元树
1光
2科技
1凯龙
1利达
1卓
1团
2点评
1国合众银行
2国际集团
2电塔
3话电报
2~航空
2运通
2钢铁
2铝业
2~银行
1~图
2公司
1好医疗
1宜佳
1客多
1富
1年健康
1廉社
1心西饼
1敦力
1格智能
1森
2轮船
1泰
1洲电信
1满电子
1畅股份
1~的
1盛
1联工商铺
2物业
2航
2集团
1腕
1蓓亚三美
1迪西
1银
1锦能源
1高梅
3中国
羚锐制药
群创
1智咨询
1益投顾
2证券
2金鼎证券
1~联
2电子
翔丰华
1鹭钨业
翠丰
翰森制药
翱捷科技
耀才证券
1皮玻璃
老乡鸡
1凤祥
1~娘舅
1干妈
1板电器
1白干酒
1~百姓
3大药房
1盛昌
1虎环球
2证券
1铺黄金
考克利尔竞立
耐世特
1克
2森
1斯特
联信银行
1创电子
1动优势
1化科技
1华电子
2食品
1博
1发科
1合健康
2再生
2利华
2包裹
2医务
2太平洋
2航空
2资信
1咏
1影
2医疗
1~想
2控股
1昌国际
1易融
3科技
1泓新科
1特科技
1电
1茂
1赢激光
1~通
1邦制药
2快递
聚和材料
1灿光电
1辰股份
1阳
肖特
肯德基
育碧
胖东来
1~虎
2科技
胜华新材
1宏科技
1科
2工业
1通能源
1~高
能科科技
~脉脉
脸书
腾景科技
1讯
2云
2投资
2控股
2音乐
1远钴业
自变量机器人
1~如
2网
1~由港
3麦克莫兰
至纯科技
致同会计师事务所
1欧科技
1远互联
臻镭科技
1鼎
2-KY
舍弗勒
1~得
舜宇
2光学
4科技
航亚科技
1发动力
2控制
2科技
1~天动力
2~发展
2宏图
2~工程
2彩虹
2智装
2~机电
2~电器
3~子
2科工
3~技
4集团
1宇科技
1~空工业
良信股份
1品计划
2铺子
艺电
艾为电子
1仕得
1伯维
1力斯
1华集团
1媒咨询
1尔建美学
1德生物
1昆纬
1瑞
2咨询
1睿铂
1罗能源
1芬豪矿业
1迪精密
1默生
~节能风电
芒果超媒
芬坎蒂尼
1莎
芭田股份
芯原股份
1擎科技
1朋微
1海科技
1源微
2系统
1碁微装
1科实验室
1联集成
1能科技
1驰科技
花旗
1样年控股
1~点时间
1~王
1西子
1间堂
芳源股份
苏交科
1~伊士
1农银行
1利文-克伦威尔
1垦农发
1宁
2易购
1州银行
1扎诺
1泊尔
1银理财
1黎世保险
3州银行
苑东生物
若琪
英业达
1伟达
1力士
1国国家电网
2电信
2石油
2航空
1大证券
1威腾
1帕拉铂业
1敏特
1杰华
2电气
1洛华
1特尔
2格
1皇戏院
1矽智能
1科医疗
1维克
1美烟草
2资源
1联股份
2食品
1诺激光
2赛科
1飞凌
~苹果
茂迪
范思哲
茅台
茶百道
1颜悦色
荃银高科
荏原制作所
荣昌生物
1泰健康
1盛发展
2控股
2石化
1~耀
2终端
药师帮
1康生物
1明合联
2巨诺
2康德
2生物
1石科技
荷兰国际集团
2皇家电信
2银行
莉莉丝
3游戏
~莎莎
2国际
莫仕
1德纳
1里森
莱克电气
1坊
1尔富
1~昂纳多
1特光电
1纳斯
1茵金属
2集团
1迪思
莲花健康
2控股
菜百股份
1~鸟
2网络
菲利华
2普斯66
3莫里斯
1律宾航空
3长途电话公司
1拉格慕
1斯曼
1菱科思
萤石网络
萨博
1瓦德尔银行
葆蝶家
葛兰素史克
葵花药业
蒂森克虏伯
5电梯
1芙尼
~蒙娜丽莎
1牛
1特利尔银行
1自源
蓝帆医疗
1思科技
1晓科技
1月亮
1湖资本
1箭航天
1色光标
2起源
1驰创投
1黛科技
蔚来
2汽车
1蓝锂芯
蔡司
藏格矿业
藤仓
虎头局
1~牙
1邦
2辣酱
虹软科技
~蚂蚁
2科技
2金服
蜀海
2供应链
蜂巢能源
蜜雪冰城
2集团
蝉妈妈
融360
1信中国
1~创
2中国
2服务
1捷股份
1通基金
螺霸王
衍复投资
街电
袁记云饺
被窝家装
裕信银行
1同科技
1太微
1民
2航运
1电俥电
1隆
1龙石化
~西农
1南航空
2~证券
1~卡
1太平洋银行
1宁特钢
1安银行
1山居
1方石油
1湖化学
1班牙对外银行
3电信
1联汇款
1蒙地产
1藏珠峰
2矿业
1贝
2莜面村
1部数据
2材料
2矿业
2证券
2超导
2~黄金
1门子
3EDA
3医疗
3歌美飒
3能源
1麦斯
2食品
视源股份
~角川
讯飞
2医疗
许继
2电气
诗董橡胶
诚迈科技
诸葛找房
诺亚控股
2财富
1保科
1力股份
1华
1和诺德
1唯赞
1基亚
1安基金
1德斯特龙
2股份
1思格
1斯罗普·格鲁曼
4格鲁曼
1泰生物
1福克南方
1禾致源
1维信
1诚健华
1里尔斯克镍业
1镍
1顿罗氏
谢瑞麟
谱尼测试
谷歌
2DeepMind
2云
豪威
1梅特
1洛捷
1爵
1瑞
1登
1能股份
1迈科技
1雅
1鹏科技
豫光金铅
1园股份
贝亲
1克休斯
2麦坚时
1因美
1~壳
2找房
1宝
1思半导体
1恩
2公司
2资本
1~斯特
1泰妮
1特瑞
1莱德
3建信理财
1达药业
贡沃尔
财付通
1信证券
1富趋势
1捷
1达证券
1通证券
货拉拉
贵州三力
2茅台
2轮胎
2银行
1阳银行
费哲
1大厨
1森尤斯
资生堂
赛伍技术
1力斯
1多利斯
1富时
1尔康
2群
1峰
1微电子
1意信息
1百味
1维时代
1诺菲
1轮
2轮胎
1迪顾问
1默飞
3世尔
~赢创
2工业
1合科技
1时胜
赣锋
2锂业
赤峰黄金
赫伯罗特
1兹
1力昂
1~氏
赵一鸣零食
起亚
1帆电缆
超图软件
1威
2动力
2半导体
1微电脑
1级猩猩
1聚变
越南VinFast
2国家油气集团
2外贸银行
2~航空
1捷航空
1疆
1秀地产
2服务
2资本
2集团
~趣店
~跨境通
1越速运
路劲
2基建
1威酩轩
1孚特
1易威登
2莎
3咖啡
2达孚
1维光电
踏歌智行
软通动力
1银
2愿景基金
轻舟智航
载通国际
辉瑞
1立证券
1达
辛耘
辽港股份
~达乐
1仁堂
1利食品集团
1势股份
1安基因
1晨
2财智
1登饭店
1索系统
2航空
1维
1美乐
2航空
1~能
1闼
2机器人
1~飞
2海运
2轮船
迅蚁
1达
1销
迈为股份
1克生物
1威尔
2生物
1富时
1瑞
2医疗
迎驾贡酒
运联智库
1达股份
~进出口银行
远东SOGO
2宏信
2~新
3世纪
2股份
1~传
2电信
1兴能源
1大医药
1~景
2动力
2科技
2能源
1洋集团
连城数控
1连国际
2支付
2数字
迪卡侬
1哲医药
1士尼
1奥
1安诊断
1尔
1思科
1恩士
1拜环球港务
2航空
1阿股份
追觅
2科技
逐际动力
递四方
途家
1牛
1虎
2养车
~通力
1化东宝
1商律师事务所
1威
2股份
1富微电
1快
1灵股份
1用再保险
2动力
2技术环球医疗
4集团
2汽车
2电气
2磨坊
2股份
1策医疗
速卖通
1腾
2聚创
逸仙电商
遇见小面
道依茨
1富
1明银行
1氏技术
1达尔
3能源
1道全
邦吉
1普
2循环
邮储银行
郎酒
郑州银行
1煤机
都喜天丽
鄂尔多斯集团
1武商A
酒钢宏兴
1鬼酒
酷澎
采埃孚
重庆农商行
3村商业银行
2啤酒
2~水务
2渝富
2港
2燃气
2百货
2~钢铁
2银行
1阳投资
~野兽派
1~村
2东方国际证券
2控股
金佰利
1像电
1元证券
1光纸业
2集团
1刚光伏
2~玻璃
1力永磁
1博股份
1发科技
1地集团
1域医学
1字火腿
1宇生物
1宏气体
1居
2开发
1山云
2办公
2软件
1巴斯
1开新能
1德摩根
1徽酒
1斯瑞
3生物科技
1晶科技
1杜
2律师事务所
1杨股份
1杯电工
1枫酒业
1沙中国
2江创投
1浦钛业
1海通
1牌家居
1田股份
1盘科技
1石资源
1禾实业
1种子酒
1科股份
1联创
1能科技
1~茂
1蝶
2国际
1~融街
3控股
1诚信
1辰股份
1达威
1钼股份
1锣
1隅
1雷股份
1风科技
1龙汽车
2鱼
鑫椤资讯
钟薛高
1鼎资本
钢研高纳
钧达股份
钱大妈
1江摩托
铁建重工
1龙物流
铂力特
~铃木
2汽车
铜冠铜箔
1陵有色
铠侠
银华基金
1河娱乐
2期货
2~航天
2证券
2通用
1泰商业
2百货
2黄金
1联
1轮股份
链家
~锅圈
2食汇
锌业股份
锐捷网络
1科激光
锡业股份
锦天城
1欣生殖
1江酒店
1波生物
1浪科技
1湖轮胎
1龙股份
键凯科技
长亮科技
1信基金
1光华芯
2卫星
1~和
1~城
2军工
2汽车
2证券
2资产
1~存
1~安
2~信托
2汽车
2福特
1~实
1川科技
1~建
1春集团
2高新
1~江产业投资集团
4集团
2和记
2基建
2存储
2实业
2电力
2证券
1沙银行
1海股份
1电科技
1盈精密
1荣
2海运
2航空
1虹
2美菱
2能源
1远锂科
1鑫
2存储
1阳科技
1飞光纤
1高电新
闪迪
闰土股份
闻泰科技
阅文
阳光人寿
2保险
2电源
2诺和
1~明
2海运
1狮
1谷华泰
阶跃星辰
阿亚拉集团
1信屋
1克苏诺贝尔
2龙
1塞尔桑
1尔卑斯阿尔派
2及利亚国家石油
2斯通
2迪
1布扎比国家石油
4第一银行
1彻丹尼尔斯米德兰
1拉伯航空
1提哈德
4航空
1斯利康
2特拉国际
2达
2麦
1根廷国家石油
1格斯
1法拉伐
1~波罗
3全球
1特拉斯·科普柯
2斯
1~玛尼
1科玛
1维塔
3科技
2安卡
1~美
1联酋国民银行
3电信
3航空
1达尼
3企业
3港口
3电力
3绿色能源
1迪达斯
1里
2云
2健康
2巴巴
2影业
1霍德德尔海兹
~陆家嘴
1金所
3控股
陈香贵
陌陌
陕国投
3A
1汽
1煤
1西延长石油
2汽车控股集团有限公司
2煤业
险峰长青
陶朗
1~氏
2化学
1陶居
隆众资讯
1基
2绿能
2股份
1平高科
1盛科技
1达股份
1鑫通用
隧道股份
雀巢
2普瑞纳
~雄狮
2旅游
3行社
1韬股份
雅保
1克科技
1化集团
1培
1居乐
1戈尔
1生活服务
1砻江水电
3流域水电
1苒
1虎
1诗兰黛
1迪
2控股
1马哈
3发动机
1高
集创北方
1度汽车
1邦
2咨询
2科技
雨果博斯
2跨境
雪佛龙
1~峰
1松控股
零一万物
1壹智库
1跑
2汽车
2科技
1食很忙
雷普索尔
1~火
1~神
2技术
1科防务
1蛇
1~诺
1赛智能
1鸟创新
震裕科技
霍尼韦尔
1金路伟
露露乐蒙
霸王茶姬
1蛮
青云科技
1农商行
1啤
1山控股
2集团
1岛啤酒
2~港
2银行
1眼情报
1银理财
靛蓝航空
面壁智能
鞍钢
2股份
韦丹塔
1尔股份
1德布什
1莱韬悦
韩亚航空
2金融
1华
2Qcells
2思路信
2海洋
2航空航天
1国天然气公社
2~电信
3力
2科玛
2航宇
3空航天
1泰
2轮胎
1美半导体
1进海运
韬睿惠悦
韵达
2股份
韶钢松山
顶点软件
1级手套
顺丰
2供应链
2同城
2控股
1为资本
1络电子
1鑫农业
顾家家居
颀中科技
1邦
领展
2房产基金
3地产投资信托基金
1益智造
颐海国际
风华高科
1神股份
飒拉
飞凯材料
1利浦
1塔
1常准
1猪
1瓜数据
1科电器
1~腾
2信息
1荣达
1马航空
1鹤
食享会
餐饮品牌国际
~饿了么
首创环保
2证券
1开股份
1旅酒店
1程控股
1都在线
1钢京唐
2股份
2集团
香奈儿
1山股份
1港上海大酒店
2中华煤气
2宽频
2快运
2~电讯
2科技探索
2置业
3地
2航空
2迪士尼乐园
7度假区
2飞机工程
1雪制药
1颂资本
1飘飘
马上消费
4金融
2赢
1~勒
1士基
1应龙
1恒达
1扎克
1拉松原油
1斯达尔
1来亚银行
2西亚国家石油
4电信
4~航空
1渊电机
1自达
1~蜂窝
1记永
1钢股份
1鲁蒂铃木
驭势科技
驰宏锌锗
骆驼股份
骊住
高丝
1丽亚铅
1乐氏
1伟电子
2绅
1力国际
1~合
2汽车
1尔航空
1工产业研究院
3研
2锂电
1巨创新
1~德
2红外
2纳
1新投集团
1榕创投
2资本
1毅资产
1测股份
1澜股份
1瓴
1盛
2工银理财
2高华
1知特
1~能环境
1途
1通
1鑫零售
1露洁
1驰
魁匠团
魅族
~魏桥
2创业集团
2纺织
魔镜洞察
1门塔
鱼跃医疗
鲁信创投
1泰
2A
1西化工
鲍师傅
鸣志电器
1鸣很忙
鸭鸭
鸿星尔克
1海
2精密
1腾精密
1路钢构
1远电子
鹏华基金
1辉能源
1鼎控股
鹭燕医药
鹰君
1角网络
~麒麟
2控股
2软件
麦克森
1当劳
1德龙
1格理
2米特
2纳
1肯锡
~黄山旅游
黑石
1芝麻智能
黔源电力
默克
2集团
1沙东
鼎捷数智
2软件
1晖
2投资
1睿再保险
1胜新材
1龙股份
齐翔腾达
1鲁制药
2银行
龙佰集团
1光集团
1净环保
1大美食
1旗科技
1~沙
1湖
2智创生活
1源电力
1腾光电
1芯
2中科
1蟠科技
1运巴士
龟甲万`;
