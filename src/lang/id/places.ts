/**
 * A small gazetteer of places as Indonesian news writes them: countries (Indonesian and
 * common variant names), world regions, capitals and large cities, and Indonesian
 * provinces and large cities. Compiled by hand from general knowledge; spellings follow
 * Indonesian usage ("Korea Utara", "Tiongkok", "Selandia Baru"). Used to type mentions
 * as LOC and to split "Presiden Rusia Vladimir Putin" into a place and a person.
 */
const COUNTRIES = `
Afganistan|Afghanistan|Afrika Selatan|Albania|Aljazair|Amerika|Amerika Serikat|Andorra|Angola|Arab Saudi|
Argentina|Armenia|Australia|Austria|Azerbaijan|Bahrain|Bangladesh|Belanda|Belarus|Belarusia|Belgia|Bhutan|
Bolivia|Bosnia|Botswana|Brasil|Brazil|Brunei|Brunei Darussalam|Bulgaria|Burkina Faso|Burundi|Chad|Chili|
China|Cina|Tiongkok|Denmark|Ekuador|Mesir|El Salvador|Eritrea|Estonia|Etiopia|Fiji|Filipina|Finlandia|
Gabon|Gambia|Georgia|Ghana|Guatemala|Guinea|Haiti|Honduras|Hongaria|Hong Kong|India|Indonesia|Inggris|
Britania Raya|Irak|Iran|Irlandia|Islandia|Israel|Italia|Jamaika|Jepang|Jerman|Yordania|Kamboja|Kamerun|
Kanada|Kazakhstan|Kenya|Kirgistan|Kolombia|Kongo|Korea|Korea Selatan|Korea Utara|Kosovo|Kroasia|Kuba|
Kuwait|Laos|Latvia|Lebanon|Libanon|Liberia|Libya|Lituania|Luksemburg|Madagaskar|Makau|Malawi|Malaysia|
Maladewa|Mali|Malta|Maroko|Mauritania|Meksiko|Moldova|Monako|Mongolia|Montenegro|Mozambik|Myanmar|Namibia|
Nepal|Niger|Nigeria|Nikaragua|Norwegia|Oman|Pakistan|Palestina|Panama|Papua Nugini|Paraguay|Peru|Polandia|
Portugal|Prancis|Perancis|Qatar|Rumania|Rusia|Rwanda|Samoa|Selandia Baru|Senegal|Serbia|Singapura|Siprus|
Slovakia|Slovenia|Somalia|Spanyol|Sri Lanka|Sudan|Sudan Selatan|Suriah|Suriname|Swedia|Swiss|Swaziland|
Taiwan|Tajikistan|Tanzania|Thailand|Timor Leste|Togo|Tonga|Tunisia|Turki|Turkmenistan|Uganda|Ukraina|
Uni Emirat Arab|Uruguay|Uzbekistan|Vanuatu|Vatikan|Venezuela|Vietnam|Yaman|Yunani|Zambia|Zimbabwe|
Skotlandia|Wales|Irlandia Utara|Krimea|Crimea|Gaza|Tepi Barat|Jalur Gaza|Kashmir|Tibet|Xinjiang|Kurdistan`;

const REGIONS = `
Asia|Eropa|Afrika|Amerika Latin|Amerika Utara|Amerika Selatan|Timur Tengah|Asia Tenggara|Asia Timur|
Asia Selatan|Asia Tengah|Eropa Barat|Eropa Timur|Oseania|Pasifik|Atlantik|Balkan|Skandinavia|Kaukasus|
Semenanjung Korea|Laut China Selatan|Laut Cina Selatan|Laut Timur|Laut Hitam|Laut Merah|Laut Mediterania|
Teluk Persia|Arktik|Antartika|Donbas|Donbass|Kursk|Kherson|Kharkiv|Zaporizhzhia|Luhansk|Donetsk|Mariupol|Bakhmut`;

const CITIES = `
Jakarta|Surabaya|Bandung|Medan|Semarang|Makassar|Palembang|Tangerang|Depok|Bekasi|Bogor|Yogyakarta|Solo|
Surakarta|Malang|Denpasar|Batam|Pekanbaru|Padang|Banjarmasin|Pontianak|Samarinda|Balikpapan|Manado|Ambon|
Jayapura|Kupang|Mataram|Jambi|Bengkulu|Lampung|Bandar Lampung|Serang|Cirebon|Tasikmalaya|Kediri|Madiun|
Sidoarjo|Gresik|Mojokerto|Pasuruan|Probolinggo|Jember|Banyuwangi|Magelang|Klaten|Sleman|Bantul|Purwokerto|
Cilacap|Tegal|Pekalongan|Kudus|Pati|Garut|Sukabumi|Cianjur|Karawang|Purwakarta|Subang|Indramayu|Sumedang|
Palu|Kendari|Gorontalo|Ternate|Sorong|Merauke|Timika|Tarakan|Palangka Raya|Pangkalpinang|Tanjungpinang|
Banda Aceh|Lhokseumawe|Sabang|Pematangsiantar|Binjai|Dumai|Bukittinggi|Payakumbuh|Mamuju|Nusantara|
Aceh|Sumatera|Sumatra|Sumatera Utara|Sumatera Barat|Sumatera Selatan|Riau|Kepulauan Riau|Bangka Belitung|
Jawa|Jawa Barat|Jawa Tengah|Jawa Timur|Banten|DKI Jakarta|DI Yogyakarta|Bali|Nusa Tenggara Barat|NTB|
Nusa Tenggara Timur|NTT|Kalimantan|Kalimantan Barat|Kalimantan Tengah|Kalimantan Selatan|Kalimantan Timur|
Kalimantan Utara|Sulawesi|Sulawesi Utara|Sulawesi Tengah|Sulawesi Selatan|Sulawesi Tenggara|Sulawesi Barat|
Gorontalo|Maluku|Maluku Utara|Papua|Papua Barat|Papua Selatan|Papua Tengah|Papua Pegunungan|Lombok|Flores|
Madura|Bintan|Natuna|Sumba|Timor|Halmahera|Seram|Buru|Nias|Mentawai|Belitung|Bangka|Kepulauan Seribu|
Moskow|Kremlin|Kiev|Kyiv|Washington|New York|Beijing|Shanghai|Tokyo|Osaka|Seoul|Pyongyang|London|Paris|
Berlin|Roma|Madrid|Brussels|Jenewa|Wina|Amsterdam|Den Haag|Stockholm|Oslo|Helsinki|Kopenhagen|Warsawa|
Praha|Budapest|Athena|Ankara|Istanbul|Teheran|Baghdad|Damaskus|Beirut|Amman|Riyadh|Jeddah|Mekkah|Mekah|
Madinah|Doha|Dubai|Abu Dhabi|Kairo|Yerusalem|Tel Aviv|Kabul|Islamabad|New Delhi|Mumbai|Dhaka|Kathmandu|
Bangkok|Hanoi|Ho Chi Minh|Manila|Kuala Lumpur|Singapura|Phnom Penh|Vientiane|Naypyidaw|Yangon|Dili|
Canberra|Sydney|Melbourne|Perth|Darwin|Wellington|Auckland|Ottawa|Toronto|Meksiko City|Havana|Brasilia|
Buenos Aires|Santiago|Lima|Bogota|Caracas|Nairobi|Johannesburg|Cape Town|Lagos|Minsk|Kazan|Vladivostok|
Vostochny|Sochi|Sankt Peterburg|Kaluga|Hong Kong|Taipei|Macau|Los Angeles|San Francisco|Chicago|Miami|
Hawaii|Alaska|Texas|California|Florida|Gaza|Rafah|Khan Younis|Ramallah|Aleppo|Idlib|Mosul|Crimea`;

function parse(list: string): string[] {
  return list
    .split('|')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Place names as written (case kept), deduplicated. */
export const PLACE_NAMES: readonly string[] = [...new Set([...parse(COUNTRIES), ...parse(REGIONS), ...parse(CITIES)])];

/** Country names only, as written. */
export const COUNTRY_NAMES: readonly string[] = parse(COUNTRIES);
