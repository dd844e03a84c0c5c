// Local declaration for the one natural file warta imports (natural has no exports map
// and its package index prints dotenv lines to stdout; see docs/field-notes).
declare module 'natural/lib/natural/stemmers/indonesian/stemmer_id.js' {
  const stemmer: { stem(word: string): string };
  export default stemmer;
}
