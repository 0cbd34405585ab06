import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { Receipt } from '../src/pricing';
import { barcodeBook, codes, vatBook } from './test-books';

// End to end: the real entry in a child process, as `npm run price` runs it, from the repo root.
const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const KATA = 'public/books/kata.json';
const temp = mkdtempSync(join(tmpdir(), 'pricer-cli-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function tempFile(name: string, content: string): string {
  const path = join(temp, name);
  writeFileSync(path, content);
  return path;
}

function price(...args: string[]) {
  // Without npm's lifecycle variables, so paths resolve against cwd even when the tests run under `npm test`.
  const env = { ...process.env, npm_lifecycle_event: undefined, INIT_CWD: undefined };
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'cli/price.ts', ...args], { cwd: repoRoot, encoding: 'utf8', env });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const receiptOf = (stdout: string) => JSON.parse(stdout) as Receipt;

describe('npm run price', () => {
  it('prices A B C D at 50 + 30 + 20 + 15 = 115, no offer applying, proven lowest', () => {
    const run = price('--book', KATA, 'A', 'B', 'C', 'D');
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    const receipt = receiptOf(run.stdout);
    expect(receipt).toMatchObject({ subtotal: 115, savings: 0, total: 115, optimal: true, discounts: [] });
  });

  it('prices A A A B B D E at 130 + 45 + 20 = 195 (three A, two B, D with E)', () => {
    const receipt = receiptOf(price('--book', KATA, 'A', 'A', 'A', 'B', 'B', 'D', 'E').stdout);
    expect(receipt.total).toBe(195);
    expect(receipt.discounts.map((d) => [d.offerId, d.saving])).toEqual([['A3', 20], ['B2', 15], ['DE', 5]]);
  });

  it('prints a till receipt with --format text: the total is £1.15', () => {
    const run = price('--book', KATA, '--format', 'text', 'A', 'B', 'C', 'D');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('TOTAL                              £1.15');
    expect(run.stdout).toContain('Proven lowest total');
  });

  it('exits 1 on an unknown code, saying so on stderr and printing no receipt', () => {
    const run = price('--book', KATA, 'A', 'Z');
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('No product has SKU "Z"\n');
  });

  it('exits 1 on an invalid book, listing each of its problems', () => {
    const book = tempFile('invalid.json', JSON.stringify({
      currency: 'GBP',
      products: [{ sku: 'A', name: 'A', price: 50 }, { sku: 'B', name: 'B', price: -30 }],
      offers: [{ id: 'A3', kind: 'multi-buy', products: ['A', 'Q'], quantity: 3, price: 130 }],
    }));
    const run = price('--book', book, 'A');
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('is not a valid price book (2 problems):');
    expect(run.stderr).toContain('$.offers[0].products[1]: unknown SKU "Q": no product has it');
    expect(run.stderr).toContain('$.products[1].price: price must not be negative');
  });

  it('exits 1 when the book cannot be read', () => {
    const run = price('--book', join(temp, 'missing.json'), 'A');
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^Cannot read the price book .*missing\.json: no such file\n$/);
  });

  it('exits 2 on bad usage, pointing to --help', () => {
    const run = price('--book', KATA, '--strategy', 'greedy', 'A');
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('--strategy must be optimal or first-come, got "greedy"\nRun with --help for usage.\n');
  });

  it('prints usage with --help', () => {
    const run = price('--help');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('--baskets FILE');
  });

  it('prices a baskets file line by line, reporting a bad line by number and still printing the good ones', () => {
    const baskets = tempFile('day.jsonl', '["A","B","C","D"]\n["A","NOPE"]\n[{"sku":"A","quantity":3},"B","B"]\n');
    const run = price('--book', KATA, '--baskets', baskets);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('line 2: No product has SKU "NOPE"\n');
    const lines = run.stdout.trimEnd().split('\n');
    // Line 3: 3 A for 130, plus 2 B for 45 = 175.
    expect(lines.map((l) => receiptOf(l).total)).toEqual([115, 175]);
  });

  it('separates text receipts in a batch with a blank line', () => {
    // Single A and single B each bring a near-miss hint, which must not add a blank line of its own.
    const baskets = tempFile('two.jsonl', '["A"]\n["B"]\n');
    const run = price('--book', KATA, '--baskets', baskets, '--format', 'text');
    expect(run.status).toBe(0);
    const receipts = run.stdout.split('\n\n');
    expect(receipts.map((r) => /TOTAL +(\S+)/.exec(r)?.[1])).toEqual(['£0.50', '£0.30']);
  });

  it('resolves barcodes: an EAN-13 and a weight label, 125p + 412 g at £1.99/kg (82p) = £2.07', () => {
    const book = tempFile('barcodes.json', JSON.stringify(barcodeBook));
    const json = price('--book', book, codes.milk, codes.apples412g);
    expect(json.status).toBe(0);
    expect(receiptOf(json.stdout).lines.map((l) => [l.sku, l.grams, l.price])).toEqual([['MILK', undefined, 125], ['APPLES', 412, 82]]);
    const text = price('--book', book, '--format', 'text', codes.milk, codes.apples412g).stdout;
    expect(text).toContain('0.412 kg @ £1.99/kg');
    expect(text).toContain('TOTAL                              £2.07');
  });

  it('reports a barcode no product lists, and a bad check digit', () => {
    const book = tempFile('barcodes-miss.json', JSON.stringify(barcodeBook));
    const run = price('--book', book, codes.unlisted, codes.milkBadCheck);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('No product has barcode 5012345678900\nBarcode 5012345678910 has a bad check digit (expected 7)\n');
  });

  describe('VAT', () => {
    const vatOnly = (receipt: Receipt) => receipt.taxes?.map(({ code, percent, gross, tax, net }) => ({ code, percent, gross, tax, net }));

    it('splits Wine 9.00 (S 20%) and Bread 1.20 (Z) into S gross 900, VAT 150, net 750 and Z gross 120, VAT 0', () => {
      const book = tempFile('vat.json', JSON.stringify(vatBook));
      const run = price('--book', book, 'WINE', 'BREAD');
      expect(run.status).toBe(0);
      expect(vatOnly(receiptOf(run.stdout))).toEqual([
        { code: 'S', percent: 20, gross: 900, tax: 150, net: 750 },
        { code: 'Z', percent: 0, gross: 120, tax: 0, net: 120 },
      ]);
    });

    it('prices VAT on what each rate paid after a meal deal and a spend threshold', () => {
      // Meal deal: 100 off 250 + 80 + 120, shared 55, 18, 27 (largest remainders): sandwich 195,
      // crisps 62, cola 93. Then 900 + 195 + 62 + 93 + 1000 = 2250 ≥ 2000: 200 off, shared by what
      // each still pays: 80, 17.3, 5.5, 8.3, 88.9 → floors 80, 17, 5, 8, 88 and the 2 pennies to
      // coal and crisps: paid wine 820, sandwich 178, crisps 56, cola 85, coal 911 = 2050.
      // S: 820 + 56 + 85 = 961, VAT 961 / 6 = 160.2 → 160. R: 911 × 5 / 105 = 43.4 → 43. Z: 178.
      const book = tempFile('vat-mixed.json', JSON.stringify(vatBook));
      const receipt = receiptOf(price('--book', book, 'WINE', 'SAND', 'CRISPS', 'COKE', 'COAL').stdout);
      expect(receipt.total).toBe(2050);
      expect(vatOnly(receipt)).toEqual([
        { code: 'S', percent: 20, gross: 961, tax: 160, net: 801 },
        { code: 'R', percent: 5, gross: 911, tax: 43, net: 868 },
        { code: 'Z', percent: 0, gross: 178, tax: 0, net: 178 },
      ]);
    });

    it('prints the VAT analysis under the total in text', () => {
      const book = tempFile('vat-text.json', JSON.stringify(vatBook));
      const run = price('--book', book, '--format', 'text', 'WINE', 'BREAD');
      expect(run.stdout).toContain(['VAT rate         Net       VAT     Gross', 'S 20%          £7.50     £1.50     £9.00', 'Z 0%           £1.20     £0.00     £1.20'].join('\n'));
    });

    it('prints no VAT for a book without taxRates', () => {
      expect(price('--book', KATA, '--format', 'text', 'A').stdout).not.toContain('VAT');
      expect(receiptOf(price('--book', KATA, 'A').stdout)).not.toHaveProperty('taxes');
    });

    it('refuses a book where a product has no VAT rate, naming the product', () => {
      const book = tempFile('vat-missing.json', JSON.stringify({ ...vatBook, products: [...vatBook.products, { sku: 'X', name: 'X', price: 1 }] }));
      const run = price('--book', book, 'WINE');
      expect(run.status).toBe(1);
      expect(run.stderr).toContain('$.products[6]: no VAT rate');
    });
  });
});
