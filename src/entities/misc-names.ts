/**
 * Events, products and works are names too, but not people, organisations or places:
 * "Piala UEFA", "Prancis Terbuka", "Mobile World Congress", "aplikasi Gboard", "Snapdragon
 * 835", "Google Play Store", "serial Friends", "indeks Hang Seng". A span the tagger found is typed MISC when
 * its first or last word marks an event, the word before it marks a product or a work, it
 * ends in a product word ("Pro", "Lite") or carries a model number, or it is a known company
 * followed by more words that are neither a person nor a place, or a stock market index. Known organisations and
 * places keep their type. `warta entities --type MISC` lists them; they are not counted as
 * people or organisations.
 */
import { EVENT_HEADS, EVENT_TAILS, MARKET_INDICES, PRODUCT_CUES, PRODUCT_TAILS } from '../lang/id/work-words.js';
import { ORG_TAILS } from '../lang/id/name-words.js';
import { ORG_HEADS } from '../lang/id/titles.js';
import type { Token } from '../model.js';
import { foldWord } from '../text/fold.js';
import { capitalisationOf } from './clusters.js';
import { entityKey, ORG_KEYS, PLACE_KEYS } from './gazetteer.js';
import type { RawMention } from './mention.js';
import { tokenRange } from './name-tokens.js';
import { knownOrganisationRun, personRest } from './rule-detector.js';

/** A model number: letters and digits in one word ("GC30", "A11", "MT6739"). */
const modelNumber = (s: string) => /\p{L}/u.test(s) && /\d/.test(s) && !/^\d+(?:an|nya)$/u.test(s);

/** The span's name is an event, a product or a work (see the module comment). */
export function isWorkOrEvent(text: string, tokens: readonly Token[], m: RawMention): boolean {
  const [a, b] = tokenRange(tokens, m);
  if (a < 0) return false;
  const key = entityKey(m.surface);
  const before = a > 0 ? tokens[a - 1].surface : '';
  // An index: "indeks Hang Seng"; Nikkei and Straits Times are newspapers too, so need the cue.
  if (MARKET_INDICES.has(key) && (!ORG_KEYS.has(key) || before === 'indeks' || before === 'bursa')) return true;
  const known = knownOrganisationRun(text, tokens, a, b);
  if (known === b - a + 1 || PLACE_KEYS.has(key)) return false;
  const first = foldWord(tokens[a].surface);
  const last = foldWord(tokens[b].surface);
  if (ORG_HEADS.has(first) || ORG_TAILS.has(last)) return false;
  const several = b > a;
  if (several && (EVENT_HEADS.has(first) || EVENT_TAILS.has(last) || PRODUCT_TAILS.has(last))) return true;
  if (PRODUCT_CUES.has(before) && /\s$/.test(text.slice(tokens[a - 1].end, tokens[a].start))) return true;
  const productNumber = (s: string) => modelNumber(s) || (/^\d{3,}$/.test(s) && !/^(?:19|20)\d\d$/.test(s));
  for (let k = a + 1; k <= b; k++) if (productNumber(tokens[k].surface)) return true;
  if (modelNumber(tokens[a].surface)) return true;
  const next = b + 1 < tokens.length && /^\s+$/.test(text.slice(tokens[b].end, tokens[b + 1].start)) ? tokens[b + 1].surface : '';
  if (productNumber(next)) return true;
  // "Google Play Store", "Garmin Virb": a company's name followed by a product's.
  // The rest is not a person when it is not name-shaped or holds a word news writes in lower case too.
  if (known > 0 && known <= b - a && !PLACE_KEYS.has(entityKey(text.slice(tokens[a + known].start, m.end)))) {
    let common = false;
    for (let k = a + known; k <= b; k++) common ||= ['M', 'R', 'N'].includes(capitalisationOf(foldWord(tokens[k].surface)) ?? '');
    if (common || !personRest(tokens, a + known, b)) return true;
  }
  return false;
}

/**
 * "China Terbuka", "Prancis Open": a place the tagger found just before an event's last
 * word is the event's name, not the place; the place span grows over the tail and turns MISC.
 */
export function placeInEventName(text: string, tokens: readonly Token[], m: RawMention): RawMention {
  if (m.type !== 'LOC') return m;
  const next = tokens.find((t) => t.start >= m.end);
  if (!next || !/^\s+$/.test(text.slice(m.end, next.start)) || !/^\p{Lu}/u.test(next.surface) || !EVENT_TAILS.has(foldWord(next.surface)))
    return m;
  return { surface: text.slice(m.start, next.end), start: m.start, end: next.end, type: 'MISC' };
}
