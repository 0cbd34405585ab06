/**
 * The command-line pricer: `npm run price -- --book FILE [options] CODE...` or `--baskets FILE`.
 * This entry only reads the command line and files, writes the output and sets the exit status;
 * the rules live in the modules beside it. Run with `--help` for usage.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { localDate, parseCommandLine, USAGE } from './args';
import { loadBook } from './load-book';
import { createPricer, priceBatch, priceCodes } from './price-baskets';

const EXIT_FAILED = 1;
const EXIT_USAGE = 2;

function main(argv: readonly string[]): number {
  // The engine never reads the clock; "today" is decided here, in the shop's local time.
  const parsed = parseCommandLine(argv, localDate(new Date()));
  if (!parsed.ok) {
    printErrors([parsed.message, 'Run with --help for usage.']);
    return EXIT_USAGE;
  }
  if (parsed.command.kind === 'help') {
    process.stdout.write(USAGE);
    return 0;
  }
  const command = parsed.command;

  const bookText = readText(command.book, 'the price book');
  if (!bookText.ok) return fail([bookText.error]);
  const loaded = loadBook(bookText.text, command.book);
  if (!loaded.ok) return fail(loaded.errors);
  const pricer = createPricer(loaded.book, command);

  if (command.baskets.kind === 'codes') {
    const outcome = priceCodes(pricer, command.baskets.codes);
    if (!outcome.ok) return fail(outcome.errors);
    process.stdout.write(`${outcome.output}\n`);
    return 0;
  }

  const basketsText = readText(command.baskets.path, 'the baskets file');
  if (!basketsText.ok) return fail([basketsText.error]);
  let failed = false;
  let printed = 0;
  for (const outcome of priceBatch(pricer, basketsText.text)) {
    if (!outcome.ok) {
      failed = true;
      printErrors(outcome.errors.map((e) => `line ${outcome.line}: ${e}`));
      continue;
    }
    // JSON Lines for json; text receipts are separated by a blank line.
    const separator = printed > 0 && command.format === 'text' ? '\n' : '';
    process.stdout.write(`${separator}${outcome.output}\n`);
    printed += 1;
  }
  return failed ? EXIT_FAILED : 0;
}

/**
 * Reads a file given on the command line. `npm run` starts scripts in the package root, so a path
 * typed from a subfolder is resolved against where the user typed it (npm's INIT_CWD) when run as
 * `npm run price`; otherwise against the working directory.
 */
function readText(path: string, what: string): { ok: true; text: string } | { ok: false; error: string } {
  const base = process.env.npm_lifecycle_event === 'price' ? (process.env.INIT_CWD ?? process.cwd()) : process.cwd();
  try {
    return { ok: true, text: readFileSync(resolve(base, path), 'utf8') };
  } catch (error) {
    return { ok: false, error: `Cannot read ${what} ${path}: ${describeFileError(error)}` };
  }
}

function describeFileError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'it is a folder, not a file';
  return error instanceof Error ? error.message : String(error);
}

function printErrors(lines: readonly string[]): void {
  process.stderr.write(lines.map((l) => `${l}\n`).join(''));
}

function fail(errors: readonly string[]): number {
  printErrors(errors);
  return EXIT_FAILED;
}

process.exitCode = main(process.argv.slice(2));
