/**
 * Known organisations that Indonesian news names without a head word ("Telkomsel",
 * "Persib Bandung", "Reuters", "Gerindra"): a gazetteer for the entity tagger (a feature,
 * a type check and a fill-in; see entities/gazetteer.ts).
 * Compiled by hand for warta from public facts (club lists of Liga 1 and Liga 2 and the big
 * European leagues, issuers listed on the Indonesia Stock Exchange, state enterprises,
 * parties with seats since 2004, national and international media, sports bodies, and
 * companies that news of technology and business names most); names only, no text copied.
 * `shared` marks a name that is as often something else (a city, a person, a word): it
 * is a feature for the tagger but never forces a type or fills in a mention.
 */
export interface KnownOrganisation {
  readonly name: string;
  readonly kind: 'club' | 'sport-body' | 'company' | 'media' | 'party' | 'agency';
  readonly shared?: boolean;
}

const list = (kind: KnownOrganisation['kind'], names: string, shared = false): KnownOrganisation[] =>
  names
    .split('|')
    .map((n) => n.trim())
    .filter(Boolean)
    .map((name) => (shared ? { name, kind, shared } : { name, kind }));

export const KNOWN_ORGANISATIONS: readonly KnownOrganisation[] = [
  // Football and other clubs: Indonesia, then Europe and Asia.
  ...list(
    'club',
    `Persib | Persib Bandung | Persija | Persija Jakarta | Persebaya | Persebaya Surabaya | Arema | Arema FC | Arema Cronus |
     Persipura | Persipura Jayapura | PSM | PSM Makassar | Sriwijaya FC | Bali United | Madura United | Bhayangkara FC |
     Bhayangkara | Borneo FC | Pusamania Borneo | Mitra Kukar | Persela | Persela Lamongan | Barito Putera | PS TNI |
     Persiba | Persiba Balikpapan | Semen Padang | Perseru | Perseru Serui | Persegres | Gresik United |
     Persegres Gresik United | PSIS | PSIS Semarang | PSMS | PSMS Medan | Persis Solo | Persita | Persita Tangerang |
     Persik | Persik Kediri | Persiraja | Persikabo | PSS Sleman | PSIM | PSIM Yogyakarta | Persiwa | Persidafon |
     Pelita Bandung Raya | Deltras | Martapura FC | Kalteng Putra | Cilegon United | PSPS | PSPS Pekanbaru | Persibat |
     Persibo | PSCS Cilacap | Pelita Jaya | CLS Knights | Aspac | Hangtuah | Stapac | NSH | Garuda Bandung |
     Surabaya Samator | Samator | Jakarta BNI Taplus | Jakarta Pertamina Energi | Manchester United | Man United |
     Manchester City | Man City | Chelsea FC | Arsenal FC | Liverpool FC | Tottenham Hotspur | Tottenham | Everton |
     Leicester City | West Ham | West Ham United | Southampton | Crystal Palace | Newcastle United | Aston Villa |
     Stoke City | Swansea City | West Bromwich Albion | Watford | Burnley | Bournemouth | Brighton | Huddersfield Town |
     Sunderland | Middlesbrough | Hull City | Leeds United | Wolverhampton | Fulham | Nottingham Forest | Sheffield United |
     Real Madrid | Atletico Madrid | FC Barcelona | Barca | Valencia CF | Sevilla FC | Villarreal | Real Betis |
     Real Sociedad | Athletic Bilbao | Deportivo La Coruna | Espanyol | Celta Vigo | Malaga CF | Juventus | AC Milan |
     Inter Milan | Internazionale | AS Roma | Lazio | Napoli | Fiorentina | Atalanta | Sampdoria | Udinese | Sassuolo |
     Bologna FC | Chievo | Crotone | Benevento | Bayern Munich | Bayern Muenchen | Bayern München | Bayern |
     Borussia Dortmund | Dortmund | Schalke | Schalke 04 | Bayer Leverkusen | Leverkusen | RB Leipzig |
     Borussia Moenchengladbach | Gladbach | Wolfsburg | Hoffenheim | Werder Bremen | Eintracht Frankfurt | Hertha Berlin |
     FC Koeln | Mainz 05 | Paris Saint-Germain | Paris Saint Germain | PSG | Olympique Marseille | Olympique Lyon |
     AS Monaco | Ajax | Ajax Amsterdam | PSV | PSV Eindhoven | Feyenoord | Benfica | FC Porto | Sporting Lisbon |
     Sporting CP | Rangers | Galatasaray | Fenerbahce | Besiktas | Shakhtar Donetsk | Zenit | CSKA Moskow | Spartak Moskow |
     FC Basel | Anderlecht | Club Brugge | Olympiakos | Red Star Belgrade | Johor Darul Takzim | JDT | Selangor FA |
     Buriram United | Muangthong United | Bangkok Glass | Guangzhou Evergrande | Shanghai SIPG | Shanghai Shenhua |
     Beijing Guoan | Kashima Antlers | Urawa Red Diamonds | Al Hilal | Al Nassr | Al Ain | LA Galaxy | New York City FC |
     Orlando City | Boca Juniors | River Plate | Flamengo | Los Angeles Lakers | Lakers | Golden State Warriors | Warriors |
     Cleveland Cavaliers | Cavaliers | Boston Celtics | Chicago Bulls | San Antonio Spurs | Houston Rockets |
     Oklahoma City Thunder | Miami Heat | New York Knicks | Brooklyn Nets | Ducati | Ducati Team | Yamaha Factory Racing |
     Movistar Yamaha | Repsol Honda | Suzuki Ecstar | Aprilia | KTM | Tech3 | Pramac | Gresini | LCR Honda | Marc VDS |
     Mercedes AMG | Red Bull Racing | Ferrari | Scuderia Ferrari | McLaren | Force India | Sauber | Renault Sport |
     Toro Rosso`,
  ),
  // Club names that are also cities, people or words: features only.
  ...list(
    'club',
    `Chelsea | Arsenal | Liverpool | Barcelona | Sevilla | Valencia | Roma | Milan | Inter | Leicester | Newcastle | Spurs |
     Celtic | Porto | Mainz | Hamburg | Bremen | Frankfurt | Sriwijaya | Semen Padang | Madura | Borneo | Mitra | Barito |
     Perseru | Persiba | Atletico | Monaco | Johor | United | City | Villa | Nice | Lyon | Marseille | Kelantan | Chonburi |
     Lille | Santos | Torino | Genoa | Parma | Cagliari | Eibar | Girona | Las Palmas | Basel | Williams | Haas | Manor`,
    true,
  ),
  ...list(
    'sport-body',
    `PSSI | FIFA | UEFA | AFC | AFF | FIBA | BWF | PB Djarum | PB Jaya Raya | PB Mutiara | PB Tangkas | KONI | KOI |
     NOC Indonesia | Kemenpora | Satlak Prima | INASGOC | IOC | OCA | PBVSI | Perbasi | PRSI | PASI | PABSI | PBSI | PTMSI |
     Pertina | PBFI | PT Liga Indonesia Baru | PT LIB | PT Liga Indonesia | IBL | NBA | WTA | ATP | FIA | FIM | Dorna |
     Dorna Sports | UFC | WBA | WBC | IBF | WBO | PGA | LPGA | World Athletics | IAAF | FINA | Asian Football Confederation |
     LFP | K-League`,
  ),
  ...list(
    'company',
    `Telkom | PT Telkom | Telkomsel | Indosat | Indosat Ooredoo | XL | XL Axiata | Smartfren | Hutchison 3 Indonesia |
     First Media | Biznet | MNC | MNC Group | Emtek | Elang Mahkota Teknologi | Lippo | Lippo Group | Sinar Mas |
     Salim Group | Djarum | Gudang Garam | Sampoerna | HM Sampoerna | Bentoel | Indofood | Indomaret | Alfamart |
     Sumber Alfaria Trijaya | Unilever | Unilever Indonesia | Astra | Astra International | Astra Honda Motor |
     Toyota Astra | United Tractors | Kalbe | Kalbe Farma | Semen Indonesia | Semen Gresik | Indocement | Holcim |
     Wijaya Karya | Wika | Adhi Karya | Hutama Karya | Jasa Marga | Angkasa Pura | Angkasa Pura I | Angkasa Pura II |
     Pelindo | Pelindo II | Pelindo III | KAI | Kereta Api Indonesia | KCI | Commuter Line | MRT Jakarta | Transjakarta |
     Damri | Pertamina | PGN | Perusahaan Gas Negara | PLN | Perusahaan Listrik Negara | Antam | Aneka Tambang | Timah |
     Bukit Asam | Inalum | Freeport | Freeport Indonesia | Freeport-McMoRan | PTFI | Newmont | Amman Mineral | Adaro |
     Adaro Energy | Medco | Medco Energi | Chevron | ExxonMobil | Exxon | Total | Inpex | Shell | BP | Petronas |
     Saudi Aramco | Aramco | Bank Mandiri | BRI | Bank Rakyat Indonesia | BNI | Bank Negara Indonesia | BCA |
     Bank Central Asia | BTN | Bank Tabungan Negara | CIMB Niaga | Bank Danamon | Danamon | Maybank | Maybank Indonesia |
     OCBC NISP | Panin | Bank Panin | BII | Bank Mega | Bank Bukopin | Bukopin | Bank Muamalat | Muamalat | BJB | Bank BJB |
     Bank DKI | Bank Jateng | BPD | Bank Syariah Mandiri | BNI Syariah | BRI Syariah | BTPN | Bank Sinarmas | HSBC |
     Citibank | Citi | Standard Chartered | DBS | Mizuho | MUFG | JPMorgan | JP Morgan | Goldman Sachs | Morgan Stanley |
     Credit Suisse | UBS | Deutsche Bank | BlackRock | Bank of America | Wells Fargo | Nomura | Barclays | Allianz |
     Prudential | Manulife | AIA | AXA | Jiwasraya | Asabri | Taspen | BPJS Kesehatan | BPJS Ketenagakerjaan | Jamsostek |
     Askes | Bahana | Danareksa | Mandiri Sekuritas | Bahana Sekuritas | Samuel Sekuritas | Trimegah | Mirae Asset |
     Indo Premier | Reliance Securities | First Asia Capital | Garuda Indonesia | Citilink | Lion Air | Lion Group |
     Batik Air | Wings Air | Sriwijaya Air | NAM Air | AirAsia | Indonesia AirAsia | Susi Air | Merpati |
     Singapore Airlines | Cathay Pacific | Emirates | Qatar Airways | Etihad | Malaysia Airlines | Boeing | Airbus |
     Bombardier | Embraer | PT DI | Dirgantara Indonesia | PT PAL | Pindad | PT Pindad | INKA | Krakatau Steel |
     Pupuk Indonesia | Petrokimia Gresik | Pupuk Kaltim | Bulog | Perum Bulog | Pegadaian | Sarinah | Perumnas |
     Jasa Raharja | Jamkrindo | Askrindo | Sucofindo | Surveyor Indonesia | Telkom Sigma | Metrodata | Multipolar | Gojek |
     Go-Jek | GO-JEK | Grab | Uber | Tokopedia | Bukalapak | Traveloka | Blibli | Lazada | Shopee | JD.ID | Zalora |
     Elevenia | Matahari Mall | MatahariMall | Blanja | Bhinneka | OLX | Kaskus | Kudo | Ovo | OVO | DANA | Doku | Kredivo |
     Akulaku | Modalku | Investree | Amartha | KoinWorks | Xendit | Midtrans | Ruangguru | HarukaEdu | Zenius | Qlue |
     Halodoc | Alodokter | Sociolla | Fabelio | Berrybenka | HijUp | Kitabisa | Mataharimall | Orami | Kurio | BaBe |
     IDN Media | Kumparan | Agate | Agate Studio | East Ventures | Alpha JWC | MDI Ventures | Mandiri Capital |
     BRI Ventures | Telkom Indonesia | Sequoia | Sequoia Capital | SoftBank | Alibaba | Ant Financial | Tencent | Baidu |
     JD.com | Xiaomi | Huawei | ZTE | Oppo | OPPO | Vivo | Lenovo | Asus | Acer | Advan | Evercoss | Polytron |
     Smartfren Andromax | Samsung | Samsung Electronics | LG | LG Electronics | Sony | Panasonic | Sharp | Toshiba |
     Hitachi | Canon | Nikon | Fujifilm | Olympus | GoPro | Garmin | Nintendo | Sega | Bandai Namco | Capcom | Konami |
     Square Enix | Ubisoft | Electronic Arts | Activision | Blizzard | Activision Blizzard | Valve | Epic Games |
     Riot Games | Garena | Moonton | Tencent Games | NetEase | Razer | Logitech | Corsair | HyperX | MSI | Intel | AMD |
     Nvidia | NVIDIA | Qualcomm | MediaTek | ARM | Broadcom | Micron | SK Hynix | TSMC | Foxconn | HTC | OnePlus | Nokia |
     Ericsson | Cisco | IBM | Oracle | SAP | Salesforce | Microsoft | Apple | Google | Alphabet | Amazon | Facebook | Meta |
     Instagram | WhatsApp | Twitter | LinkedIn | Snapchat | Snap | Pinterest | Tumblr | Yahoo | Netflix | Spotify | Airbnb |
     Dropbox | Slack | Zoom | Telegram | LINE | Line Corporation | Kakao | Naver | WeChat | Tesla | SpaceX |
     Uber Technologies | Lyft | Didi | Didi Chuxing | Toyota | Honda | Suzuki | Daihatsu | Mitsubishi | Nissan | Mazda |
     Hyundai | Kia | Wuling | Datsun | BMW | Mercedes-Benz | Daimler | Volkswagen | Audi | Porsche | Ford | General Motors |
     GM | Chevrolet | Yamaha | Kawasaki | Piaggio | Vespa | TVS | Esemka | Nike | Adidas | Puma | Ortuseight | Coca-Cola |
     Coca Cola | PepsiCo | Pepsi | Nestle | Danone | McDonald's | KFC | Walmart | Carrefour | Transmart | Hypermart | Lotte |
     Lotte Mart | Ikea | IKEA | Disney | Walt Disney | Walt Disney Co. | Warner Bros | Warner Bros. | Universal Pictures |
     Paramount | Sony Pictures | 20th Century Fox | Marvel | Marvel Studios | DC Films | Pixar | Lionsgate | MD Pictures |
     Falcon Pictures | Visinema | Starvision | Rapi Films | Screenplay Films | Multivision | Soraya Intercine | Cinema XXI |
     CGV | Cinemaxx | Blitzmegaplex | Louis Vuitton | Gucci | Chanel | Hermes | Prada | Zara | H&M | Uniqlo | Deloitte |
     PwC | KPMG | Ernst & Young | EY | McKinsey | Nielsen | Gartner | IDC | Counterpoint | Canalys | Statista | Moody's |
     Standard & Poor's | S&P | Fitch | Fitch Ratings | Pefindo | Sritex | Indika | Indika Energy | Bumi Resources |
     Berau Coal | Vale | Vale Indonesia | Harum Energy | Indo Tambangraya | ITM | Chandra Asri | Barito Pacific | Japfa |
     Charoen Pokphand | CPIN | Wilmar | Sinar Mas Agro | Golden Agri | APP | Asia Pulp & Paper | Musim Mas | Astra Agro |
     Sawit Sumbermas | Summarecon | Ciputra | Ciputra Group | Agung Podomoro | Agung Sedayu | Pakuwon | Alam Sutera |
     Intiland | Bumi Serpong Damai | Sinarmas Land | Lippo Karawaci | Meikarta | Jababeka | Mayora | Wings Group |
     Orang Tua | Garudafood | Sido Muncul | Kimia Farma | Indofarma | Biofarma | Bio Farma | Tempo Scan |
     Matahari Department Store | Ramayana | Mitra Adiperkasa | Erajaya | Blue Bird | Trans Corp | CT Corp | Bakrie |
     Bakrie Group | Rajawali | Saratoga | Tower Bersama | Protelindo | Mitratel | Link Net | Visi Media Asia | Viva Group`,
  ),
  // Company names that are also words, places or people: features only.
  ...list(
    'company',
    `Amazon | Line | Ovo | Dana | Bolt | Axis | Express | Hero | Giant | Wings | Vale | Total | Shell | Vivo | Mandiri |
     Garuda | Matahari | Fox`,
    true,
  ),
  // A group named after a surname.
  ...list('party', 'Wagner', true),
  ...list(
    'media',
    `Kompas | Kompas.com | Kompas TV | KompasTV | Harian Kompas | Tempo | Tempo.co | Majalah Tempo | Koran Tempo | Detik |
     detikcom | Detikcom | Detik.com | Liputan6 | Liputan6.com | Okezone | Okezone.com | Sindonews | Sindonews.com |
     Koran Sindo | Republika | Republika.co.id | Media Indonesia | Metro TV | MetroTV | Jakarta Post | The Jakarta Post |
     Jakarta Globe | Bisnis Indonesia | Kontan | Kontan.co.id | Investor Daily | CNN Indonesia | CNBC Indonesia |
     Tribunnews | Tribunnews.com | Tribun Jateng | Tribun Jabar | Tribun Timur | Serambi Indonesia | Serambinews |
     Suara.com | Suara Merdeka | Suara Pembaruan | Jawa Pos | JawaPos | Jawa Pos Group | Pikiran Rakyat | Kedaulatan Rakyat |
     Solopos | Merdeka.com | Merdeka | Viva.co.id | VIVA | VIVAnews | Antara | ANTARA | Kantor Berita Antara | Antaranews |
     Antaranews.com | Rimanews | Poskota | Pos Kota | Kumparan | kumparan | Tirto | Tirto.id | Beritagar | IDN Times |
     Brilio | Hipwee | Juara.net | Tabloid Bola | BolaSport | Bola.net | Bolalob | Goal.com | Goal Indonesia | DailySocial |
     DailySocial.id | Techinasia | Tech in Asia | TechCrunch | The Verge | Engadget | CNET | Mashable | Gizmodo | TVRI |
     RRI | RCTI | SCTV | Indosiar | ANTV | Trans TV | Trans7 | Trans 7 | TV One | tvOne | TVOne | iNews | iNews TV | MNC TV |
     MNCTV | Global TV | GTV | NET TV | NET. | Kompas Gramedia | Gramedia | Reuters | AFP | Agence France-Presse | AP |
     Associated Press | Bloomberg | Xinhua | Kyodo | Yonhap | KCNA | TASS | RIA Novosti | Interfax | Sputnik | RT |
     Al Jazeera | BBC | CNN | CNBC | Fox News | NBC | ABC | CBS | NPR | ESPN | Sky Sports | Eurosport | New York Times |
     The New York Times | Washington Post | The Washington Post | Wall Street Journal | The Wall Street Journal | WSJ |
     Financial Times | The Guardian | The Independent | Daily Mail | The Sun | Daily Mirror | The Telegraph | The Times |
     Times | Evening Standard | Forbes | Fortune | Newsweek | The Economist | Nikkei | Nikkei Asian Review |
     South China Morning Post | SCMP | Straits Times | The Straits Times | The Star | New Straits Times | Bernama |
     Malaysiakini | Bangkok Post | Marca | Mundo Deportivo | La Gazzetta dello Sport | Gazzetta dello Sport |
     Corriere dello Sport | Bild | L'Equipe | Le Parisien | Le Monde | Der Spiegel | Spiegel | Politico | Axios | Variety |
     Billboard | Rolling Stone | Vogue | TMZ | Deadline | The Hollywood Reporter | Hollywood Reporter`,
  ),
  ...list(
    'party',
    `PDIP | PDI-P | PDI Perjuangan | PDI | Golkar | Partai Golkar | Gerindra | Demokrat | Partai Demokrat | PKB | PKS | PAN |
     PPP | Nasdem | NasDem | Partai NasDem | Hanura | Perindo | PSI | Partai Solidaritas Indonesia | Berkarya |
     Partai Berkarya | Partai Bulan Bintang | PKPI | Partai Garuda | Gelora | Partai Gelora | Partai Ummat | Partai Buruh |
     Koalisi Merah Putih | KMP | Koalisi Indonesia Hebat | KIH | Partai Republik | Partai Demokrat AS | Partai Konservatif |
     Partai Buruh Inggris | UMNO | Barisan Nasional | Pakatan Harapan | Wagner Group | Grup Wagner | Hamas | Hizbullah | Hezbollah | Fatah | Taliban |
     ISIS | NIIS | Al Qaeda | Al-Qaeda | Boko Haram | Abu Sayyaf | Jamaah Islamiyah | JAD | Jamaah Ansharut Daulah | MIT |
     FPI | HTI | Hizbut Tahrir | Muhammadiyah | NU | Nahdlatul Ulama | GP Ansor | Ansor | Banser | MUI | KWI | PGI | Walubi |
     Greenpeace | Walhi | WWF | ICW | Kontras | KontraS | YLBHI | LBH | Amnesty International | Human Rights Watch`,
  ),
  ...list(
    'agency',
    `KPK | Komisi Pemberantasan Korupsi | Polri | TNI | BIN | BNN | BNPT | BNPB | BPBD | Basarnas | BMKG | BPS | Badan Pusat Statistik | BPK | BPKP | BKPM | Bappenas | Bapeten |
     BPOM | Badan POM | BI | Bank Indonesia | OJK | Otoritas Jasa Keuangan | LPS | Lembaga Penjamin Simpanan | BEI | Bursa Efek Indonesia | Bursa Efek Jakarta | IDX | KSEI | KPPU | KPU | Bawaslu | DKPP | MK | KY | Komisi Yudisial | DPR |
     DPR RI | MPR | DPD | DPRD | Kemenkeu | Kemendag | Kemenperin | Kementan | Kemenkes | Kemendikbud | Kemenristekdikti |
     Kemenag | Kemenkumham | Kemendagri | Kemenlu | Kemenhan | Kemenhub | Kemen PUPR | Kementerian PUPR | KemenPUPR |
     Kemnaker | Kemenaker | Kemensos | KKP | Kemenpar | Kemenkominfo | Kominfo | Kemenko Perekonomian | Kemenko Polhukam |
     Kemenko Maritim | Kemen BUMN | Kementerian BUMN | Kementerian ESDM | Kemenpan-RB | KLHK | Kemendes | Kemenpora |
     Bekraf | Bakamla | Bareskrim | Densus 88 | Brimob | Kopassus | Kostrad | Paspampres | Kejagung | Kejaksaan Agung |
     Kejati | Ditjen Pajak | DJP | Bea Cukai | Ditjen Bea dan Cukai | Ombudsman | Komnas HAM | KPAI | Komnas Perempuan |
     LIPI | BPPT | LAPAN | Batan | Pemprov DKI | Satpol PP | Dishub | PBB | WHO | UNICEF | UNESCO | UNHCR | FAO | ILO | WTO |
     IMF | World Bank | Bank Dunia | ADB | Asian Development Bank | OECD | OPEC | ASEAN | APEC | G20 | NATO | Uni Eropa |
     Komisi Eropa | Parlemen Eropa | Interpol | FBI | CIA | NSA | NASA | ESA | The Fed | Federal Reserve |
     Bank Sentral Eropa | ECB | Bank of Japan | BoJ | Bank of England | PBOC | Mossad | KGB | FSB | IAEA | ICC | ICJ |
     Mahkamah Internasional | Palang Merah | ICRC | Bulan Sabit Merah | MSF`,
  ),
];
