/**
 * Author bios of opinion pieces: "Oleh Dr. Bambang Sutrisno, M.Pd., Dosen pada Fakultas ...",
 * "*) Penulis adalah peneliti di ...", and, after the last paragraph, a name followed by
 * degrees and a post: "Ratna Dewi Lestari. Ekonom di Indef, pengajar tamu ...". The last kind
 * reads like "Budi, Ketua RT setempat, mengatakan ..." inside an article, so it counts only
 * after the article's last paragraph and without a verb of saying.
 */
import { SPEECH_VERBS } from '../../lang/id/name-words.js';
import { foldWord } from '../../text/fold.js';
import { tokenize } from '../../text/tokenize.js';
import { isComment } from './comments.js';
import { RULE } from './rule-ids.js';
import { isParagraph, remove, type Work } from './work.js';

// A personal name with optional academic titles and degrees: "Dr. Bambang Sutrisno, S.Pd., M.Pd."
const NAME = String.raw`(?:(?:Prof|Dr|Ir|Drs|Dra|H|Hj|KH)\.?\s+)*\p{Lu}[\p{L}'’-]+(?:\s+(?:\p{Lu}[\p{L}'’-]*\.?|bin|binti|van|de)){1,4}`;
const DEGREES = String.raw`(?:,?\s*(?:[A-Z][A-Za-z]{0,4}\.(?:\s?[A-Za-z]{1,5}\.?){0,3}|Ph\.?D|MBA|MA|MSc|SH|SE|MH|MM|MSi|MPd|SPd|LLM))*`;
// Posts that open the description of an author.
const ROLES =
  'dosen|peneliti|ekonom|mahasiswa|mahasiswi|pengajar|guru|wartawan|jurnalis|penulis|pengamat|analis|pendiri|alumnus|alumni|kandidat|advokat|praktisi|pegiat|aktivis|pemerhati|founder|co-founder|staf|staff|dokter|konsultan|anggota|ketua|direktur|kepala|mantan|pensiunan|pemimpin|redaktur|kolumnis|budayawan|sastrawan|pengusaha|pendidik|psikolog|sejarawan|sosiolog|ahli|pakar|koordinator|peminat|penggemar|pecinta|lulusan|warga|ibu|pekerja|karyawan|santri|manajer|associate|senior|research|lecturer|guru besar';

const ROLE = `(?:${ROLES.split('|')
  .map((r) => `[${r[0]}${r[0].toUpperCase()}]${r.slice(1)}`)
  .join('|')})`;
const BY_NAME = new RegExp(String.raw`^[Oo]leh\s*:?\s+${NAME}${DEGREES}\s*(?:$|[,\-–—|]\s*(?:${ROLE}|\p{Lu}))`, 'u');
const ABOUT_AUTHOR = /^(?:\*+\)?\s*)?(?:penulis|tentang penulis|the author|author)\s*(?::|adalah|merupakan|ialah|is)\s/i;
const NAME_THEN_ROLE = new RegExp(String.raw`^${NAME}${DEGREES}\s*[.,]\s*${ROLE}\b`, 'u');

/** A line that can only be an author bio, wherever it stands. */
export function isBylineBio(text: string): boolean {
  return (BY_NAME.test(text) && tokenize(text).length <= 40) || (ABOUT_AUTHOR.test(text) && tokenize(text).length <= 60);
}

/** "Name. Post at ...": a bio when it closes the piece. */
export function isClosingBio(text: string): boolean {
  if (!NAME_THEN_ROLE.test(text)) return false;
  const tokens = tokenize(text);
  return tokens.length <= 60 && !tokens.some((t) => SPEECH_VERBS.has(foldWord(t.surface)));
}

/** Remove explicit bylines with a post ("Oleh: NAME, Dosen ..."): before the title is chosen, so that none is taken for it. */
export function markBylineBios(work: Work[]): void {
  for (const w of work) if (w.kind === 'content' && isBylineBio(w.text)) remove(w, RULE.authorBio);
}

/**
 * Remove name-and-post bios after the last other paragraph (explicit ones went before the
 * title was chosen, in markBylineBios). Lines above the last paragraph are never closing bios.
 */
export function markAuthorBios(work: Work[]): void {
  for (let i = work.length - 1; i >= 0; i--) {
    const w = work[i];
    if (w.kind !== 'content') continue;
    if (isClosingBio(w.text)) {
      remove(w, RULE.authorBio);
      continue;
    }
    // A reader comment below the bio is not the article going on.
    if (isParagraph(w) && !isComment(w.text, true)) return;
  }
}
