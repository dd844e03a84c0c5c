/**
 * The command line: the only importer of commander. Parses arguments, runs one
 * command through its thin module and returns the exit code:
 * 0 success, 1 no match (search), 2 usage error or a file that failed, 130 interrupted.
 */
import { wartaVersion } from '../paths.js';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { UsageError } from './usage-error.js';
import { QueryError, UnknownEntityError, WartaError } from '../errors.js';
import type { Io } from './io.js';
import {
  COLLOCATE_MEASURES,
  DEFAULT_COLLOCATES,
  DEFAULT_KEYWORDS,
  DEFAULT_KWIC,
  DEFAULT_NGRAMS,
  DEFAULT_SEARCH,
  DEFAULT_STATS,
  KWIC_SORTS,
} from '../query/defaults.js';
import { removePendingFiles } from '../pending-files.js';
import { DATE_FROM } from '../dates/article-date.js';
import { PERIODS } from '../dates/day-number.js';
import type { CommonFlags, Session } from './session.js';

/** Called by the launcher on Ctrl-C: remove temporary output files. */
export function interruptCleanup(): void {
  removePendingFiles();
}

/** The one line printed for an error the user can fix: the engine's message, with the flag or command that helps. */
function userMessage(err: UsageError | WartaError): string {
  if (err instanceof QueryError && err.column !== undefined) return `${err.message} (use --lenient to search the words as typed)`;
  if (err instanceof UnknownEntityError && err.suggestions.length === 0) return `${err.message} (see warta entities)`;
  return err.message;
}

/** Parse a size such as 50M, 1G, 512K or a number of bytes. */
function byteSize(value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([kmg]i?b?|b)?$/i.exec(value.trim());
  if (!m) throw new InvalidArgumentError(`--max-filesize takes a size such as 50M, 2G or 1048576, got "${value}"`);
  const unit = (m[2] ?? 'b').toLowerCase()[0];
  return Math.round(Number(m[1]) * (unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1));
}

function nonNegativeInt(name: string) {
  return (value: string): number => {
    if (!/^\d+$/.test(value)) throw new InvalidArgumentError(`${name} must be a whole number, got "${value}"`);
    return Number(value);
  };
}

const collect = (value: string, previous: string[]) => [...previous, value];

/** What a [path...] argument takes. */
const PATHS_HELP = 'folders, .txt files, or .csv/.tsv/.jsonl tables of articles (default: the bundled seeds)';

function cleaning(cmd: Command): Command {
  return cmd
    .option('--rules <file>', 'add your own cleaning rules (tab-separated: KIND PATTERN [ID [DESCRIPTION]]; see README)')
    .option('--keep <rule-id>', 'turn a built-in cleaning rule off (repeatable; see warta rules)', collect, []);
}

function common(cmd: Command): Command {
  return cleaning(cmd)
    .option('--no-clean', 'keep every line: skip boilerplate removal (for text that is already clean)')
    .option('--no-color', 'never colour the output (also: NO_COLOR=1)')
    .option('--encoding <name>', 'read every file in this encoding (default: sniff BOM, UTF-8, else Windows-1252)')
    .option('--follow', 'follow symbolic links inside folders')
    .option('--max-filesize <size>', 'skip files larger than this (default 50M; K, M, G suffixes)', byteSize)
    .option('--cache <dir>', 'snapshot folder made by warta index (default: .warta in the corpus folder)')
    .option('--no-cache', 'ignore any snapshot and read the files')
    .option('--verify', 'compare file contents with the snapshot (SHA-1), not only size and time')
    .option('--assume-unchanged', 'read-only archive: trust the snapshot unless a file was added, removed or renamed (no stat per file)')
    .option('--fields <map>', 'columns of a .csv/.tsv/.jsonl corpus: text=COL,title=COL,date=COL,url=COL,outlet=COL (default: usual names)')
    .addOption(
      new Option('--date-from <source>', 'where article dates come from: auto (header, dateline, path, then body), text, path, mtime, none')
        .choices(DATE_FROM)
        .default('auto'),
    );
}

/** --since and --until, on the commands that count or list articles. */
function dated(cmd: Command): Command {
  return cmd
    .option('--since <date>', 'only articles dated on or after DATE (2024, 2024-05 or 2024-05-14)')
    .option('--until <date>', 'only articles dated on or before DATE (2024, 2024-05 or 2024-05-14)')
    .option('--dedupe', 'count each story once: leave out near-duplicate copies (see warta dupes)');
}

const examples = (lines: string[]) => `\nExamples:\n${lines.map((l) => `  $ ${l}`).join('\n')}\n`;

/** Run warta with arguments (without node and script). */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  let code = 0;
  const program = new Command('warta')
    .description(
      'Search, clean, date, count and export a folder of Indonesian news articles (.txt, or .csv/.tsv/.jsonl tables).\nWith no PATH, every command works on the bundled seed corpus.',
    )
    .version(wartaVersion(), '-V, --version')
    .exitOverride()
    .showSuggestionAfterError(true)
    .configureOutput({
      writeOut: (s) => io.out(s),
      writeErr: (s) => io.err(s),
      outputError: (s, write) =>
        write(
          `warta: ${s
            .replace(/^error: /, '')
            .trim()
            .replace(/\s*\n\s*/g, ' ')}\n`,
        ),
    })
    .addHelpText(
      'after',
      examples([
        'warta search "perundingan damai"',
        'warta search putin ./berita --limit 5',
        'warta stats',
        'warta entities --type PER',
        'warta trend putin zelensky ./berita --by month',
        'warta keywords ./berita --stopwords hide',
        'warta export ./berita -o berita.json',
      ]),
    );

  // Loaded on first use so `--help` and `--version` never import the pipeline.
  const session = async (flags: CommonFlags): Promise<Session> => new (await import('./session.js')).Session(io, flags);

  common(
    dated(program.command('search'))
      .description('rank paragraphs that match a query (all words must match; "quoted words" are a phrase)')
      .argument('[query]', 'words, "phrases", AND/OR/NOT, -word, prefix*, word~1, =exact, title:, file:, entity:, type:, date:')
      .argument('[path...]', PATHS_HELP)
      .option(
        '-n, --limit <n>',
        `show at most N paragraphs (default ${DEFAULT_SEARCH.limit}) or KWIC lines (default ${DEFAULT_KWIC.limit})`,
        nonNegativeInt('--limit'),
      )
      .option('-C, --context <n>', 'show N paragraphs before and after each hit', nonNegativeInt('--context'), DEFAULT_SEARCH.context)
      .option('--any', 'rank paragraphs matching any of the words, not all')
      .option('--lenient', 'treat the query as plain words (no operators, never a syntax error)')
      .option('--scores', "print each hit's BM25 score")
      .option('--explain', 'print how each score was made (term frequency, idf)')
      .option('-k, --kwic', 'one concordance line per occurrence, keyword centred')
      .addOption(
        new Option('--sort <order>', 'KWIC order: by rank, by the words left or right of the keyword, or corpus order')
          .choices(KWIC_SORTS)
          .default(DEFAULT_KWIC.sort),
      )
      .option('--width <n>', 'KWIC context characters on each side', nonNegativeInt('--width'), DEFAULT_KWIC.width)
      .option('-c, --count', 'count occurrences per document and in total')
      .addOption(
        new Option('--by <group>', 'with --count: group by file, outlet, co-mentioned entity, or date (day, week, month, year)').choices([
          'file',
          'outlet',
          'entity',
          ...PERIODS,
        ]),
      )
      .option(
        '--articles',
        'rank articles, each with its best paragraphs (JSON: {query, total, articles:[{document, file, title, score, hits}]})',
      )
      .option(
        '--queries <file>',
        'run one query per line of FILE (- for standard input) over one loaded corpus; a line that does not parse gets an error answer and the rest go on',
      )
      .option('--json', 'print JSON: {query, total, hits:[{document, file, paragraph, score, text, matches}]}')
      .option('--jsonl', 'print one JSON hit per line, then a summary line'),
  )
    .addHelpText(
      'after',
      examples([
        'warta search perundingan',
        'warta search \'"perundingan damai"\'',
        'warta search \'putin AND (korut OR "korea utara") -zelensky\'',
        "warta search 'zel* =Putin' --scores",
        'warta search pasukan --kwic --sort left',
        'warta search \'entity:"Vladimir Putin"\' --count --by file',
        'warta search banjir ./berita --count --by month --since 2024-01',
        "warta search 'putin date:[2024-01-01 TO 2024-06-30]'",
        'warta search --queries queries.txt ./berita --json',
        'warta search harga beras naik ./berita --articles',
      ]),
    )
    .action(async (query: string | undefined, paths: string[], flags) => {
      const { runSearch } = await import('./commands/search.js');
      code = await runSearch(await session(flags), query, paths, flags);
    });

  common(
    program
      .command('index')
      .description('read a corpus folder once and save a snapshot, so later commands start in a fraction of the time')
      .argument('[path]', 'the corpus folder (default: the bundled seeds)')
      .option('--force', 'rebuild the snapshot even if it is up to date')
      .option('--no-entities', 'skip entity detection (faster; the first entities or stats run detects and saves them)')
      .option('--json', 'print JSON: {snapshot, status, files, documents, reread, textBytes, snapshotBytes, seconds}'),
  )
    .addHelpText(
      'after',
      examples([
        'warta index ./berita',
        'warta search putin ./berita',
        'warta index ./berita --cache /tmp/berita-index',
        'warta index ./berita --force',
      ]),
    )
    .action(async (p: string | undefined, flags) => {
      const { runIndex } = await import('./commands/snapshot.js');
      code = await runIndex(await session(flags), p ? [p] : [], flags);
    });

  common(
    dated(program.command('stats'))
      .description('count files, documents, paragraphs, words, removed lines, top words and entities')
      .argument('[path...]', PATHS_HELP)
      .option('--top <n>', 'rows in the top-word and top-entity lists', nonNegativeInt('--top'), DEFAULT_STATS.top)
      .option('--json', 'print JSON'),
  )
    .addHelpText('after', examples(['warta stats', 'warta stats ./berita --top 20 --json']))
    .action(async (paths: string[], flags) => {
      const { runStats } = await import('./commands/stats.js');
      code = await runStats(await session(flags), paths, flags);
    });

  common(
    dated(program.command('entities'))
      .description('count mentions per person, organisation and place, with aliases merged')
      .argument('[path...]', PATHS_HELP)
      .addOption(new Option('--type <type>', 'only this type').choices(['PER', 'ORG', 'LOC', 'MISC', 'per', 'org', 'loc', 'misc']))
      .option('--top <n>', 'only the N most mentioned', nonNegativeInt('--top'))
      .option('--occurrences', 'print every mention with its paragraph and offsets (JSON)')
      .option('--aliases <file>', 'JSON file of {"Canonical Name": ["alias", ...]} that overrides the built-in merging')
      .addOption(
        new Option('--by <group>', 'a table of mentions per entity and file, outlet, or date (day, week, month, year)').choices([
          'file',
          'outlet',
          ...PERIODS,
        ]),
      )
      .option('--with <name>', 'entities mentioned in the same paragraphs as NAME (any alias), with a PMI score')
      .option('--json', 'print JSON: {entities:[{name, type, aliases, mentions, documents}]}'),
  )
    .addHelpText(
      'after',
      examples([
        'warta entities',
        'warta entities --type PER --top 10',
        'warta entities ./berita --by outlet --top 20',
        'warta entities ./berita --by month --type PER --top 10 --since 2024-01',
        'warta entities --with Putin',
        'warta entities ./berita --aliases aliases.json --json',
        'warta entities --occurrences',
      ]),
    )
    .action(async (paths: string[], flags) => {
      const { runEntities } = await import('./commands/entities.js');
      code = await runEntities(await session(flags), paths, flags);
    });

  common(
    dated(program.command('trend'))
      .description('count each query (or entity) per day, week, month or year of publication, side by side')
      .argument(
        '<query-or-path...>',
        'one or more queries (or entity names with --entity), then folders or .txt files (default: the seeds)',
      )
      .addOption(new Option('--by <period>', 'the period to count by').choices(PERIODS).default('month'))
      .option('--entity', 'count mentions of entities (any alias) instead of query matches')
      .option('--any', 'a query matches paragraphs with any of its words, not all')
      .option('--lenient', 'treat each query as plain words (no operators, never a syntax error)')
      .option('--json', 'print JSON: {by, measure, periods, series:[{label, counts, total, undated}]}')
      .option('--csv', 'print CSV: a period column, then one column per query'),
  )
    .addHelpText(
      'after',
      examples([
        'warta trend putin zelensky ./berita',
        "warta trend banjir 'gempa OR tsunami' ./berita --by week --since 2024-01",
        'warta trend --entity "Joko Widodo" Prabowo ./berita --by year',
        'warta trend putin ./berita --csv > putin.csv',
      ]),
    )
    .action(async (args: string[], flags) => {
      const { runTrend } = await import('./commands/trend.js');
      code = await runTrend(await session(flags), args, flags);
    });

  common(
    dated(program.command('words'))
      .description("a frequency list: count, per million, range (documents) and dispersion (DP, DPnorm, Juilland's D)")
      .argument('[path...]', PATHS_HELP)
      .option('--stems', 'count stems (and names) rather than word forms')
      .addOption(new Option('--parts <parts>', 'the parts dispersion is measured over').choices(['document', 'month']).default('document'))
      .addOption(new Option('--stopwords <show|hide>', 'show or hide stopwords').choices(['show', 'hide']).default('show'))
      .option('--top <n>', 'only the N most frequent', nonNegativeInt('--top'))
      .option('--min-freq <n>', 'only words at least this frequent', nonNegativeInt('--min-freq'))
      .option('--query <query>', 'only the articles with a paragraph matching QUERY (any search query)')
      .option('--json', 'print JSON: {tokens, documents, parts, partCount, words:[{word, freq, perMillion, range, dp, dpNorm, juillandD}]}')
      .option('--csv', 'print CSV: word, freq, per_million, range, dp, dp_norm, juilland_d'),
  )
    .addHelpText(
      'after',
      examples([
        'warta words --top 20',
        'warta words ./berita --stems --stopwords hide --top 50',
        'warta words ./berita --parts month --csv > words.csv',
      ]),
    )
    .action(async (paths: string[], flags) => {
      const { runWords } = await import('./commands/words.js');
      code = await runWords(await session(flags), paths, flags);
    });

  common(
    dated(program.command('keywords'))
      .description('words used more (and less) than in a reference corpus: log-likelihood, Log Ratio, %DIFF')
      .argument('[path...]', PATHS_HELP)
      .option(
        '--reference <path>',
        'a corpus folder or a word list (WORD<TAB>COUNT lines after #tokens<TAB>N; default: IndoSum, shipped with warta)',
      )
      .option('--outlet <name>', 'compare the articles of one outlet with the other outlets of the corpus')
      .option('--stems', 'count stems (and names) rather than word forms')
      .addOption(new Option('--stopwords <show|hide>', 'show or hide stopwords').choices(['show', 'hide']).default('show'))
      .option('--top <n>', 'rows of positive and of negative keywords', nonNegativeInt('--top'), 20)
      .option(
        '--min-freq <n>',
        `only words at least this frequent where they are key (default ${DEFAULT_KEYWORDS.minFreq})`,
        nonNegativeInt('--min-freq'),
      )
      .option('--min-ll <x>', `smallest log-likelihood shown (default ${DEFAULT_KEYWORDS.minLL}: p < 0.05)`, Number)
      .option('--query <query>', 'only the articles with a paragraph matching QUERY (any search query)')
      .option('--json', 'print JSON: {reference, targetTokens, referenceTokens, positive:[...], negative:[...]}')
      .option('--csv', 'print CSV: kind, word, target, reference, ll, ll_2term, log_ratio, percent_diff, p'),
  )
    .addHelpText(
      'after',
      examples([
        'warta keywords',
        'warta keywords ./berita --reference ./arsip-2023',
        'warta keywords ./berita --outlet kompas --stopwords hide',
      ]),
    )
    .action(async (paths: string[], flags) => {
      const { runKeywords } = await import('./commands/words.js');
      code = await runKeywords(await session(flags), paths, flags);
    });

  common(
    dated(program.command('collocates'))
      .description("words near a query's matches, with logDice, MI, MI3, t-score and log-likelihood")
      .argument('[query]', 'a word, a "phrase" or any search query (the node)')
      .argument('[path...]', PATHS_HELP)
      .option('--window <LnRn>', 'words left and right of each match, within its paragraph', 'L5R5')
      .option(
        '--min-freq <n>',
        `only collocates seen at least N times in the windows (default ${DEFAULT_COLLOCATES.minFreq})`,
        nonNegativeInt('--min-freq'),
      )
      .addOption(new Option('--sort <measure>', 'order by this measure').choices(COLLOCATE_MEASURES).default('logdice'))
      .addOption(new Option('--stopwords <show|hide>', 'show or hide stopwords').choices(['show', 'hide']).default('show'))
      .option('--top <n>', 'rows to show', nonNegativeInt('--top'), 20)
      .option('--lenient', 'treat the query as plain words')
      .option(
        '--json',
        'print JSON: {query, window, nodeFrequency, tokens, collocates:[{word, observed, left, right, frequency, expected, logDice, mi, mi3, tScore, ll, query}]}',
      )
      .option('--csv', 'print CSV, one collocate per row'),
  )
    .addHelpText(
      'after',
      examples([
        'warta collocates putin',
        'warta collocates banjir ./berita --window L3R0 --sort ll',
        'warta collocates \'"korea utara"\' --stopwords hide --top 10',
      ]),
    )
    .action(async (query: string | undefined, paths: string[], flags) => {
      const { runCollocates } = await import('./commands/collocates.js');
      code = await runCollocates(await session(flags), query, paths, flags);
    });

  common(
    dated(program.command('ngrams'))
      .description('recurring word sequences (clusters) within sentences, with their range')
      .argument('[path...]', PATHS_HELP)
      .option('-n, --size <n>', 'words per n-gram: a size or a range such as 2..5', `${DEFAULT_NGRAMS.min}..${DEFAULT_NGRAMS.max}`)
      .option('--min-freq <n>', `only n-grams seen at least N times (default ${DEFAULT_NGRAMS.minFreq})`, nonNegativeInt('--min-freq'))
      .option('--min-range <n>', `only n-grams in at least N documents (default ${DEFAULT_NGRAMS.minRange})`, nonNegativeInt('--min-range'))
      .option('--with <word>', 'only n-grams holding this word')
      .addOption(
        new Option('--stopwords <show|trim>', 'trim: leave out n-grams that start or end with a stopword')
          .choices(['show', 'trim'])
          .default('show'),
      )
      .option('--top <n>', 'rows to show', nonNegativeInt('--top'), 30)
      .option('--query <query>', 'only the articles with a paragraph matching QUERY (any search query)')
      .option('--json', 'print JSON: {ngrams:[{ngram, n, freq, range}], total}')
      .option('--csv', 'print CSV, one n-gram per row'),
  )
    .addHelpText(
      'after',
      examples(['warta ngrams', 'warta ngrams ./berita -n 3..5 --stopwords trim', 'warta ngrams ./berita --with putin -n 2']),
    )
    .action(async (paths: string[], flags) => {
      const { runNgrams } = await import('./commands/collocates.js');
      code = await runNgrams(await session(flags), paths, { ...flags, n: flags.size });
    });

  common(
    dated(program.command('report'))
      .description('one self-contained HTML page about the corpus: overview, cleaning, entities, terms over time, outlets, duplicates')
      .argument('[path...]', PATHS_HELP)
      .option('-o, --output <file>', 'write the page (or with --json its data) to FILE, atomically; - for standard output')
      .option('--force', 'overwrite the output file if it exists')
      .option('--query <query>', 'draw this query over time (default: the corpus key words)')
      .option('--json', 'print the report data model (what the page draws) instead of the page'),
  )
    .addHelpText(
      'after',
      examples([
        'warta report -o seeds-report.html',
        'warta report ./berita -o berita.html --since 2024-01 --dedupe',
        "warta report ./berita -o banjir.html --query 'banjir OR longsor'",
        'warta report ./berita --json > report.json',
      ]),
    )
    .action(async (paths: string[], flags) => {
      const { runReport } = await import('./commands/report.js');
      code = await runReport(await session(flags), paths, flags);
    });

  common(
    dated(program.command('dupes'))
      .description('clusters of near-duplicate articles (wire copies, republished stories) and the one kept of each')
      .argument('[path...]', PATHS_HELP)
      .option('--threshold <x>', 'Jaccard similarity of word 5-shingles that makes two articles near-duplicates (default 0.6)', Number)
      .option('--no-containment', 'do not count an article 90 % inside a longer one as its copy')
      .addOption(
        new Option('--level <level>', 'article: near-duplicate articles; paragraph: paragraphs (8+ words) repeated across articles')
          .choices(['article', 'paragraph'])
          .default('article'),
      )
      .option('--top <n>', 'clusters to show (all in --json)', nonNegativeInt('--top'), 20)
      .option(
        '--json',
        'print JSON: {clusters:[{canonical, members:[{file, document, title, date, outlet, similarity, containment}]}], documents, duplicates} (paragraphs: each cluster and member also has paragraph, the cluster its text)',
      ),
  )
    .addHelpText(
      'after',
      examples(['warta dupes ./berita', 'warta dupes ./berita --threshold 0.8 --json', 'warta dupes ./berita --level paragraph --top 10']),
    )
    .action(async (paths: string[], flags) => {
      const { runDupes } = await import('./commands/dupes.js');
      code = await runDupes(await session(flags), paths, flags);
    });

  common(
    dated(program.command('export'))
      .description('write the cleaned corpus as JSON, JSONL (one document per line) or CSV (one paragraph per row)')
      .argument('[path...]', PATHS_HELP)
      .addOption(
        new Option('-f, --format <format>', 'output format (es-bulk/es-mapping: Elasticsearch/OpenSearch bulk NDJSON and index template)')
          .choices(['json', 'jsonl', 'csv', 'es-bulk', 'es-mapping'])
          .default('json'),
      )
      .option('--index <name>', 'index name for es-bulk and es-mapping', 'warta')
      .option('-o, --output <file>', 'write to FILE (atomically) instead of standard output')
      .option('--force', 'overwrite the output file if it exists')
      .option('--with-removed', 'include every removed line with the rule that removed it')
      .option('--csv-raw', 'do not guard CSV cells that start with = + - @ (formula injection guard)'),
  )
    .addHelpText(
      'after',
      examples([
        'warta export > seeds.json',
        'warta export ./berita -f jsonl -o berita.jsonl',
        'warta export ./berita -f csv --since 2024-05-01 --until 2024-05-31 -o mei.csv',
        'warta export ./berita -f csv -o berita.csv --force',
        'warta export --with-removed',
        'warta export ./berita -f es-bulk -o bulk.ndjson',
        'warta export -f es-mapping > mapping.json',
      ]),
    )
    .action(async (paths: string[], flags) => {
      const { runExport } = await import('./commands/export.js');
      code = await runExport(await session(flags), paths, flags);
    });

  common(
    program
      .command('inspect')
      .description('show files as the cleaner saw them: kept lines plain, removed lines dimmed with the rule that removed them')
      .argument('<file...>', '.txt files to inspect')
      .option('--json', 'print JSON: {files:[{file, encoding, safetyNet, lines:[{line, text, kind, rule}]}]}'),
  )
    .addHelpText(
      'after',
      examples([
        'warta inspect seeds/002_86f43b5cfb7fa804.txt',
        'warta inspect berita/*.txt --keep clean/byline',
        'warta inspect page.txt --rules my-rules.tsv --json',
      ]),
    )
    .action(async (files: string[], flags) => {
      const { runInspect } = await import('./commands/inspect.js');
      code = await runInspect(await session(flags), files, flags);
    });

  cleaning(
    program
      .command('rules')
      .description('list the cleaning rules: stable id and what each removes or keeps')
      .option('--json', 'print JSON: {rules:[{id, description}]}'),
  )
    .addHelpText('after', examples(['warta rules', 'warta rules --rules my-rules.tsv']))
    .action(async (flags) => {
      const { runRules } = await import('./commands/inspect.js');
      code = await runRules(await session(flags), flags);
    });

  try {
    await program.parseAsync([...argv], { from: 'user' });
    return code;
  } catch (err) {
    if (err instanceof CommanderError) {
      return err.exitCode === 0 ? 0 : 2;
    }
    if (err instanceof UsageError || err instanceof WartaError) {
      io.err(`warta: ${userMessage(err)}\n`);
      return 2;
    }
    const e = err as Error;
    io.err(`warta: internal error: ${e?.message ?? String(err)} (please report it)\n`);
    if (io.env.WARTA_DEBUG) io.err(`${e?.stack}\n`);
    return 2;
  }
}

export { nodeIo } from './io.js';
