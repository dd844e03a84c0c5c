/**
 * Words that introduce a person or an organisation in Indonesian news, compiled by hand
 * from news style ("Presiden Rusia Vladimir Putin", "Juru bicara Kremlin Dmitry Peskov",
 * "Kementerian Luar Negeri (Kemlu) Cina"). All folded (lower case, no accents).
 */

/** Titles and roles written before a person's name. They are not part of the name. */
export const PERSON_TITLES: ReadonlySet<string> = new Set([
  'presiden', 'wapres', 'wakil', 'menteri', 'menlu', 'menhan', 'mendagri', 'menkeu', 'menko', 'wamenlu',
  'juru', 'bicara', 'jubir', 'sekretaris', 'jenderal', 'sekjen', 'perdana', 'pm', 'kepala', 'ketua',
  'direktur', 'dirut', 'gubernur', 'wagub', 'bupati', 'wabup', 'walikota', 'wali', 'kapolri', 'kapolda',
  'kapolres', 'kapolsek', 'kabareskrim', 'kadiv', 'akbp', 'akp', 'kombes', 'kompol', 'iptu', 'ipda', 'aiptu',
  'brigjen', 'irjen', 'komjen', 'letjen', 'mayjen', 'laksamana', 'marsekal', 'kolonel', 'letkol', 'mayor',
  'kapten', 'letnan', 'sersan', 'kopral', 'bripka', 'brigadir', 'panglima', 'pangdam', 'danrem', 'dandim',
  'raja', 'ratu', 'pangeran', 'putri', 'paus', 'duta', 'dubes', 'senator', 'anggota', 'pemimpin', 'komandan',
  'kanselir', 'pelatih', 'penyerang', 'gelandang', 'bek', 'kiper', 'striker', 'pebalap', 'petenis', 'pebulu',
  'pol', 'purn', 'pak', 'bu', 'bapak', 'ibu', 'mas', 'mbak', 'bung', 'sri', 'dr', 'drs', 'prof', 'profesor', 'haji', 'hajjah',
  'hj', 'ir', 'kh', 'syekh', 'syeikh', 'imam', 'ustaz', 'ustadz', 'habib', 'uskup', 'kardinal', 'pastor',
  'jaksa', 'hakim', 'kajati', 'kajari', 'kapuspen', 'kabid', 'kasubdit', 'kasat', 'kanit', 'camat', 'lurah',
  'kades', 'ceo', 'founder', 'pendiri', 'chairman', 'direktorat', 'komisaris', 'dirjen', 'irjen', 'sekda',
  'plt', 'pj', 'pjs', 'mantan', 'eks', 'calon', 'cagub', 'cawagub', 'capres', 'cawapres', 'tersangka',
  'terdakwa', 'terpidana', 'saksi', 'korban', 'pengacara', 'kuasa', 'hukum', 'aktor', 'aktris', 'penyanyi',
  'artis', 'musisi', 'pengamat', 'peneliti', 'ekonom', 'politikus', 'politisi', 'wartawan', 'reporter',
  'kapuspenkum', 'kabag', 'koordinator', 'staf', 'khusus', 'utusan', 'asisten', 'deputi', 'pelaksana',
  'tugas', 'ayatollah', 'emir', 'sultan', 'syah', 'mr', 'mrs', 'ms', 'sir', 'lord', 'santo', 'st',
]);

/** Head words that open an organisation name ("Kementerian Pertahanan", "Badan Intelijen ..."). */
export const ORG_HEADS: ReadonlySet<string> = new Set([
  'kementerian', 'kemenlu', 'badan', 'komisi', 'dewan', 'partai', 'universitas', 'university', 'institut',
  'institute', 'lembaga', 'majelis', 'mahkamah', 'pengadilan', 'kantor', 'departemen', 'bank', 'pt', 'cv',
  'yayasan', 'kepolisian', 'polda', 'polres', 'polresta', 'polsek', 'kejaksaan', 'kejati', 'kejari', 'pemprov',
  'pemkot', 'pemkab', 'dprd', 'fraksi', 'angkatan', 'organisasi', 'asosiasi', 'perserikatan', 'persatuan',
  'ikatan', 'serikat', 'federasi', 'liga', 'klub', 'rumah', 'rs', 'rsud', 'rsup', 'sekolah', 'sma', 'smp',
  'smk', 'sd', 'dinas', 'direktorat', 'biro', 'pusat', 'perusahaan', 'koperasi', 'gereja', 'masjid',
  'kodam', 'korem', 'kodim', 'kodiklat', 'polisi', 'satpol', 'basarnas', 'bpbd', 'kpud', 'kpu', 'bawaslu',
  'perum', 'kongres', 'parlemen', 'senat', 'tim', 'timnas', 'fc', 'united',
  'kedutaan', 'konsulat', 'kbri', 'kedubes', 'markas', 'bursa', 'grup', 'group', 'corporation', 'inc',
  'company', 'agency', 'council', 'committee', 'ministry', 'department', 'association', 'union', 'news',
  'kantor berita',
]);

/** Words that open a place name ("Kota Bandung", "Provinsi Maluku", "Gunung Botak"). */
export const PLACE_HEADS: ReadonlySet<string> = new Set([
  'kota', 'kabupaten', 'kab', 'provinsi', 'prov', 'pulau', 'kepulauan', 'gunung', 'pegunungan', 'sungai',
  'danau', 'laut', 'selat', 'teluk', 'tanjung', 'jalan', 'jl', 'desa', 'kecamatan', 'kelurahan', 'kampung',
  'dusun', 'kawasan', 'wilayah', 'distrik', 'negara', 'bagian', 'semenanjung', 'lembah', 'pantai', 'benua',
  'samudra', 'samudera', 'kota madya', 'kotamadya', 'ibu', 'bandara', 'pelabuhan', 'stadion', 'alun-alun',
]);

/**
 * Lower-case words that annotators keep at the start of a place or organisation name
 * ("kompleks Parlemen", "pemerintah Irak", "harian Kompas"), besides the heads above.
 */
export const LOWERCASE_NAME_HEADS: ReadonlySet<string> = new Set([
  'gedung', 'kompleks', 'komplek', 'kediaman', 'pangkalan', 'lingkungan', 'pendapa', 'pendopo', 'lokasi', 'stasiun',
  'kampus', 'hutan', 'restoran', 'istana', 'tempat', 'perairan', 'gletser', 'prefektur', 'pemerintah', 'pemerintahan',
  'harian', 'koalisi', 'gerakan', 'rumah', 'kantor', 'markas', 'bandar', 'terminal',
]);

/**
 * Words of an office's name that stand between a title and the holder's name ("Menteri
 * Kelautan dan Perikanan Sharif Cicip Sutardjo", "Mensesneg Sudi Silalahi"); never a
 * given name. A person mention that opens with them starts after them.
 */
export const OFFICE_WORDS: ReadonlySet<string> = new Set([
  'luar', 'negeri', 'dalam', 'pertahanan', 'keuangan', 'kesehatan', 'pendidikan', 'agama', 'sosial', 'perdagangan',
  'perindustrian', 'pertanian', 'perhubungan', 'koordinator', 'bidang', 'politik', 'hukum', 'keamanan', 'bicara',
  'jenderal', 'eksekutif', 'umum', 'negara', 'kabinet', 'dewan', 'daerah', 'pusat', 'nasional', 'republik',
  'perikanan', 'kelautan', 'kebudayaan', 'penerangan', 'niaga', 'kehutanan', 'pariwisata', 'energi', 'sumber',
  'mineral', 'ketenagakerjaan', 'tenaga', 'kerja', 'informasi', 'komunikasi', 'informatika', 'perumahan',
  'pekerjaan', 'lingkungan', 'riset', 'teknologi', 'pemuda', 'olahraga', 'koperasi', 'usaha', 'kecil', 'menengah',
  'milik', 'perencanaan', 'pembangunan', 'transportasi', 'transisi', 'peternakan', 'kebijakan', 'edukasi',
  'badan', 'kementerian', 'departemen', 'dinas', 'direktorat', 'kantor', 'sekretariat', 'dan', 'ham', 'bumn',
  'mensos', 'menkumham', 'menpora', 'mendikbud', 'menkes', 'menpan', 'menhub', 'menperin', 'mentan', 'menag',
  'menaker', 'menakertrans', 'menkominfo', 'menristek', 'menparekraf', 'menpar', 'menlhk', 'mensesneg',
  'menkopolhukam', 'menkopolkam', 'menkomaritim', 'mendes', 'mendag', 'sekertaris',
]);

/** Words (folded) that precede a place: "di Jakarta", "ke Rusia", "dari Kyiv". */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['di', 'ke', 'dari', 'menuju', 'asal', 'kawasan']);
