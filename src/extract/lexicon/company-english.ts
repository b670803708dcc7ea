// English words around company names: sentence words that start a capitalised run without being part of a
// name (Under the terms, Halvorsen …), and first words too generic to stand as a short name (General Motors
// Co. is never shortened to General). Source: English business-news usage, collected for newsmark.
import { lines } from './lines';

/** Capitalised sentence words that never start a company name. */
export const EN_FUNCTION_WORDS: readonly string[] = lines(`
A
About
Above
Abroad
According
After
Again
Against
All
Already
Also
Although
Amid
Among
An
Analysts
And
Another
Any
Apr
April
Around
As
At
Aug
August
Automaker
Because
Before
Below
Besides
Between
Beyond
Both
Bottler
Brokerage
But
By
Carmaker
Chairman
Chairwoman
Chipmaker
Conglomerate
Consultancy
Currently
Dec
December
Despite
Distiller
Domestically
Drugmaker
During
Each
Earlier
Elsewhere
Even
Ever
Every
Executive
Feb
February
Few
Finally
First
For
Friday
From
Globally
He
Her
Here
His
Homebuilder
Housebuilder
How
However
If
In
Including
Indeed
Instead
Insurer
Internationally
Into
Is
It
Its
Jan
January
Jul
July
Jun
June
Just
Last
Later
Lender
Less
Like
Locally
Manufacturer
Many
Mar
March
May
Meanwhile
Monday
More
Most
Much
Nationally
Neither
Never
Nevertheless
Next
No
Nonetheless
Nor
Not
Nov
November
Now
Oct
October
Of
Often
On
Once
One
Only
Or
Other
Otherwise
Our
Over
Overall
Overseas
Per
Plus
Previously
Recently
Reinsurer
Retailer
Rival
Rivals
Saturday
Second
Sep
Separately
Sept
September
Several
Shares
She
Shipowner
Shipper
Since
So
Some
Soon
Startup
Still
Such
Sunday
Supplier
That
The
Their
Then
There
Thereafter
Therefore
These
They
Third
This
Those
Though
Through
Thursday
Thus
To
Today
Together
Tomorrow
Tonight
Trucker
Tuesday
Under
Unless
Unlike
Until
Upon
Was
We
Wednesday
What
When
Where
Whether
Which
While
Who
Whom
Whose
Why
With
Within
Without
Yesterday
Yet
`);

/** Countries, capitals and parties that cue words can precede (its rival China): never a company alone. */
export const EN_PLACES: readonly string[] = lines(`
Abu Dhabi
Accra
Africa
Alabama
Alberta
Alsace
America
Amsterdam
Andalusia
Anhui
Aragon
Aragón
Arizona
Arkansas
Asia
Asturias
Athens
Atlanta
Auckland
Australia
Bali
Bangalore
Bangkok
Barcelona
Bavaria
Beijing
Bengaluru
Berlin
Bogota
Bogotá
Borneo
Boston
Brazil
Brisbane
Britain
British Columbia
Brittany
Brussels
Budapest
Buenos Aires
Busan
Cairo
Calgary
California
Canada
Cantabria
Cape Town
Casablanca
Castile
Catalonia
Cebu
Changsha
Chengdu
Chennai
Chicago
China
Chongqing
Colorado
Congress
Connecticut
Copenhagen
Dalian
Dallas
Dammam
Delaware
Democrats
Denver
Detroit
Dhaka
Doha
Dongguan
Dubai
Dublin
Eldoret
Europe
Extremadura
Flanders
Florida
Foshan
France
Frankfurt
Fujian
Fukuoka
Fuzhou
Galicia
Gansu
Geneva
Georgia
Germany
Guadalajara
Guangdong
Guangxi
Guangzhou
Guizhou
Hainan
Haiphong
Hamburg
Hangzhou
Hanoi
Harbin
Hawaii
Hebei
Hefei
Heilongjiang
Helsinki
Henan
Ho Chi Minh City
Hokkaido
Hong
Houston
Hsinchu
Hunan
Hyderabad
Idaho
Illinois
Incheon
India
Indiana
Indonesia
Iowa
Israel
Istanbul
Italy
Jakarta
Japan
Java
Jeddah
Jiangsu
Jiangxi
Jilin
Jinan
Johannesburg
Johor
Jubail
Kalimantan
Kansas
Kaohsiung
Karachi
Kentucky
Kisumu
Korea
Kowloon
Kuala Lumpur
Kunming
Kyoto
Lagos
Lantau
Liaoning
Lima
Lisbon
Lombardy
London
Louisiana
Luzon
Macao
Macau
Madrid
Maine
Manila
Manitoba
Maryland
Massachusetts
Melbourne
Mexico
Mexico City
Miami
Michigan
Milan
Mindanao
Minnesota
Mississippi
Missouri
Montana
Monterrey
Montreal
Moscow
Mumbai
Munich
Murcia
Nagoya
Nairobi
Naivasha
Nakuru
Nanjing
Nanning
Navarra
Navarre
Nebraska
Nevada
New Delhi
New Hampshire
New Jersey
New Mexico
New South Wales
New York
Ningbo
Ningxia
Normandy
North Carolina
North Dakota
Ohio
Okinawa
Oklahoma
Ontario
Oregon
Osaka
Oslo
Paris
Penang
Pennsylvania
Perth
Piedmont
Prague
Pudong
Qingdao
Qinghai
Quebec
Queensland
Ras Tanura
Republicans
Rhode Island
Riyadh
Rome
Rotterdam
Russia
Sabah
Santiago
Sao Paulo
Sapporo
Sarawak
Saskatchewan
Saudi
Saxony
Seattle
Selangor
Seoul
Shaanxi
Shandong
Shanghai
Shanxi
Shenyang
Shenzhen
Sichuan
Singapore
South Carolina
South Dakota
Spain
Stockholm
Sulawesi
Sumatra
Suzhou
Switzerland
Sydney
São Paulo
Taichung
Tainan
Taipei
Taiwan
Tasmania
Tel Aviv
Tennessee
Texas
Thika
Tianjin
Tibet
Tokyo
Toronto
Turkey
Tuscany
Ukraine
Utah
Vancouver
Vermont
Victoria
Vienna
Vietnam
Virginia
Wallonia
Warsaw
Washington
Wellington
West Virginia
Western Australia
Wisconsin
Wuhan
Wuxi
Wyoming
Xi'an
Xiamen
Xian
Xinjiang
Yanbu
Yokohama
Yunnan
Zhejiang
Zhengzhou
Zhuhai
Zurich
`);

/**
 * Nationalities, which a title can follow as a company can (French President X): never a company alone. Source:
 * the demonyms of the countries most often in business news. Country names are EN_COUNTRIES.
 */
export const EN_NATIONALITIES: readonly string[] = lines(`
Afghan
African
Algerian
American
Andean
Angolan
Arab
Argentine
Argentinian
Armenian
Asian
Australian
Austrian
Azerbaijani
Bahraini
Balkan
Baltic
Bangladeshi
Belarusian
Belgian
Bolivian
Brazilian
British
Bruneian
Bulgarian
Burmese
Cambodian
Cameroonian
Canadian
Caribbean
Chilean
Chinese
Colombian
Croatian
Cuban
Cypriot
Czech
Danish
Dominican
Dutch
Ecuadorian
Egyptian
Emirati
English
Estonian
Ethiopian
European
Filipino
Finnish
French
Georgian
German
Ghanaian
Greek
Hungarian
Iberian
Icelandic
Indian
Indonesian
Iranian
Iraqi
Irish
Israeli
Italian
Ivorian
Jamaican
Japanese
Jordanian
Kazakh
Kenyan
Korean
Kuwaiti
Laotian
Latvian
Lebanese
Libyan
Lithuanian
Luxembourgish
Malaysian
Maltese
Mexican
Mongolian
Moroccan
Nepali
Nigerian
Norwegian
Omani
Pakistani
Palestinian
Panamanian
Paraguayan
Peruvian
Philippine
Polish
Portuguese
Qatari
Romanian
Russian
Saudi
Scandinavian
Scottish
Senegalese
Serbian
Singaporean
Slovak
Slovenian
Spanish
Sri Lankan
Sudanese
Swedish
Swiss
Syrian
Taiwanese
Tanzanian
Thai
Tunisian
Turkish
Ugandan
Ukrainian
Uruguayan
Uzbek
Venezuelan
Vietnamese
Welsh
Zambian
Zimbabwean
`);

/**
 * Countries and regions, none a company on its own (Zimbabwe President X). Source: the English region names of
 * CLDR 48 (ICU 78, as `Intl.DisplayNames` gives them), those written in plain letters; kept as data because
 * building them with `Intl.DisplayNames` at run time cost 13–23 ms on a page's first extraction.
 */
export const EN_COUNTRIES: readonly string[] = lines(`
Afghanistan
Albania
Algeria
American Samoa
Andorra
Angola
Anguilla
Antarctica
Antigua & Barbuda
Argentina
Armenia
Aruba
Ascension Island
Australia
Austria
Azerbaijan
Bahamas
Bahrain
Bangladesh
Barbados
Belarus
Belgium
Belize
Benin
Bermuda
Bhutan
Bolivia
Bosnia & Herzegovina
Botswana
Bouvet Island
Brazil
British Indian Ocean Territory
British Virgin Islands
Brunei
Bulgaria
Burkina Faso
Burundi
Cambodia
Cameroon
Canada
Canary Islands
Cape Verde
Caribbean Netherlands
Cayman Islands
Central African Republic
Ceuta & Melilla
Chad
Chile
China
Christmas Island
Clipperton Island
Colombia
Comoros
Congo - Brazzaville
Congo - Kinshasa
Cook Islands
Costa Rica
Croatia
Cuba
Cyprus
Czechia
Denmark
Diego Garcia
Djibouti
Dominica
Dominican Republic
EU
Ecuador
Egypt
El Salvador
Equatorial Guinea
Eritrea
Estonia
Eswatini
Ethiopia
European Union
Eurozone
Falkland Islands
Faroe Islands
Fiji
Finland
France
French Guiana
French Polynesia
French Southern Territories
Gabon
Gambia
Georgia
Germany
Ghana
Gibraltar
Greece
Greenland
Grenada
Guadeloupe
Guam
Guatemala
Guernsey
Guinea
Guinea-Bissau
Guyana
Haiti
Heard & McDonald Islands
Honduras
Hong Kong SAR China
Hungary
Iceland
India
Indonesia
Iran
Iraq
Ireland
Isle of Man
Israel
Italy
Jamaica
Japan
Jersey
Jordan
Kazakhstan
Kenya
Kiribati
Kosovo
Kuwait
Kyrgyzstan
Laos
Latvia
Lebanon
Lesotho
Liberia
Libya
Liechtenstein
Lithuania
Luxembourg
Macao SAR China
Madagascar
Malawi
Malaysia
Maldives
Mali
Malta
Marshall Islands
Martinique
Mauritania
Mauritius
Mayotte
Mexico
Micronesia
Moldova
Monaco
Mongolia
Montenegro
Montserrat
Morocco
Mozambique
Namibia
Nauru
Nepal
Netherlands
New Caledonia
New Zealand
Nicaragua
Niger
Nigeria
Niue
Norfolk Island
North Korea
North Macedonia
Northern Mariana Islands
Norway
Oman
Outlying Oceania
Pakistan
Palau
Palestinian Territories
Panama
Papua New Guinea
Paraguay
Peru
Philippines
Pitcairn Islands
Poland
Portugal
Pseudo-Accents
Pseudo-Bidi
Puerto Rico
Qatar
Romania
Russia
Rwanda
Samoa
San Marino
Sark
Saudi Arabia
Senegal
Serbia
Seychelles
Sierra Leone
Singapore
Sint Maarten
Slovakia
Slovenia
Solomon Islands
Somalia
South Africa
South Georgia & South Sandwich Islands
South Korea
South Sudan
Spain
Sri Lanka
St. Helena
St. Kitts & Nevis
St. Lucia
St. Martin
St. Pierre & Miquelon
St. Vincent & Grenadines
Sudan
Suriname
Svalbard & Jan Mayen
Sweden
Switzerland
Syria
Taiwan
Tajikistan
Tanzania
Thailand
Timor-Leste
Togo
Tokelau
Tonga
Trinidad & Tobago
Tristan da Cunha
Tunisia
Turkmenistan
Turks & Caicos Islands
Tuvalu
U.K.
U.S.
U.S. Outlying Islands
U.S. Virgin Islands
UAE
UK
US
Uganda
Ukraine
United Arab Emirates
United Kingdom
United Nations
United States
Unknown Region
Uruguay
Uzbekistan
Vanuatu
Vatican City
Venezuela
Vietnam
Wallis & Futuna
Western Sahara
Yemen
Zambia
Zimbabwe
`);

/** First words that are no short name on their own (General, American, United). */
export const EN_GENERIC_FIRST_WORDS: readonly string[] = lines(`
Advanced
Advisory
African
Allied
American
Apex
Applied
Arab
Asian
Atlantic
Banca
Banco
Bank
Banque
Big
Black
Blue
Bright
Budget
Capital
Central
Clear
Companhia
Compañía
Consolidated
Continental
Corporación
Data
Digital
Domestic
Eastern
Energy
Federal
First
Focus
Foreign
General
Global
Gold
Golden
Grand
Great
Green
Groupe
Growth
Grupo
Gruppo
Gulf
Health
Home
Human
Industry
Interest
International
Investment
Large
Latin
Legacy
Liberty
Life
Lobby
Major
Media
Mutual
National
New
Nordic
Northern
Old
Open
Pacific
Peer
Premier
Pressure
Prime
Private
Public
Red
Regional
Research
Risk
Royal
Seed
Silver
Small
Smart
Social
Sociedad
Société
Southern
Southwest
Standard
Star
Study
Summit
Total
Trade
True
Union
United
Universal
Venture
Western
White
Working
`);

/** Given names that open a founder's name (Eli Lilly, Henry Schein): such a name is shortened to the surname. */
export const EN_GIVEN_NAMES: readonly string[] = lines(`
Albert
Alfred
Andrew
Anna
Arthur
Charles
Daniel
David
Edward
Eli
Elizabeth
Estee
Estée
Frank
Frederick
George
Harry
Henry
Hugo
Jack
James
John
Joseph
Kenneth
Louis
Margaret
Mary
Michael
Paul
Peter
Ralph
Richard
Robert
Samuel
Thomas
Walt
Walter
William
`);
