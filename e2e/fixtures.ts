import { test as base, expect, type Locator, type Page } from '@playwright/test';
import { scanLikeAScanner } from './support/scanner';

/** The till as a script sees it: only the public scripting contract (roles and names), nothing else. */
export class Till {
  constructor(readonly page: Page) {}

  /** The Barcode field. */
  get barcode(): Locator {
    return this.page.getByLabel('Barcode');
  }

  /** The live receipt: its items are lines and discount lines. */
  get receipt(): Locator {
    return this.page.getByRole('list', { name: 'Receipt' });
  }

  /** The amount due. */
  get total(): Locator {
    return this.page.getByRole('status', { name: 'Total' });
  }

  /** Refusals and errors. */
  get alert(): Locator {
    return this.page.getByRole('alert');
  }

  /** Discount lines of the receipt (each starts with a visually hidden "Discount:"). */
  get discounts(): Locator {
    return this.receipt.getByRole('listitem').filter({ hasText: /^Discount:/ });
  }

  /** Receipt lines that are not discounts. */
  get lines(): Locator {
    return this.receipt.getByRole('listitem').filter({ hasNotText: /^Discount:/ });
  }

  /** A product button, by its exact name. */
  product(name: string): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }

  /** Opens the till on a price book and waits until it is ready to scan (or shows the last sale's receipt). */
  async open(book: string): Promise<void> {
    await this.page.goto(`/?book=${encodeURIComponent(book)}`);
    await expect(this.barcode.or(this.page.getByRole('region', { name: 'Sale complete' }))).toBeVisible();
  }

  /**
   * Scans as a keyboard-wedge scanner does: characters 3 ms apart by the scanner's clock, then
   * Enter, into whatever has focus (see `support/scanner.ts`).
   */
  async scan(code: string): Promise<void> {
    await scanLikeAScanner(this.page, code);
  }

  /**
   * Pays for the sale on screen with one tender button of the Payment dialog (F12 opens it), e.g.
   * "Exact cash £1.60" or "Card £0.20", then completes it (double-tapped, as a hurried cashier
   * does, when asked) and waits until the sale shows as complete, which is once it is recorded.
   */
  async pay(tender: string, { doubleTap = false }: { doubleTap?: boolean } = {}): Promise<void> {
    await this.page.keyboard.press('F12');
    const dialog = this.page.getByRole('dialog', { name: 'Payment' });
    await dialog.getByRole('button', { name: tender }).click();
    const complete = dialog.getByRole('button', { name: 'Complete sale' });
    if (doubleTap) await complete.dblclick();
    else await complete.click();
    await expect(this.page.getByRole('region', { name: 'Sale complete' })).toBeVisible();
  }

  /** The question the till asks at a sale's first age-restricted item. */
  get ageCheck(): Locator {
    return this.page.getByRole('dialog', { name: "Check the customer's age" });
  }

  /** Answers the age question: `true` when the customer is old enough (ID seen, or clearly over 25). */
  async answerAgeCheck(oldEnough: boolean): Promise<void> {
    await this.ageCheck.getByRole('button', { name: oldEnough ? /^Yes, \d+ or over$/ : "No: don't sell" }).click();
    await expect(this.ageCheck).toBeHidden();
  }

  /** Leaves a completed sale's receipt for the next sale ("New sale" ignores taps for its first half second). */
  async newSale(): Promise<void> {
    const button = this.page.getByRole('button', { name: 'New sale' });
    await expect(button).toBeEnabled();
    await button.click();
  }
}

/** An operator as a script signs in: their id and PIN (the demo staff: README). */
export interface Credentials {
  readonly id: string;
  readonly pin: string;
}

/** The demo store's staff (`src/staff/demo-staff.ts`), seeded on the shipped and test books. */
export const DEMO = {
  manager: { id: '1', pin: '1111' },
  supervisor: { id: '2', pin: '2222' },
  cashier: { id: '3', pin: '3333' },
} as const satisfies Record<string, Credentials>;

/** Signs in on the sign-in (or lock) screen through its named controls: "Operator", "PIN", "Sign in"/"Unlock". */
export async function signIn(page: Page, who: Credentials): Promise<void> {
  const screen = page.getByRole('region', { name: /^(Sign in|Till locked)$/ });
  await screen.getByRole('combobox', { name: 'Operator' }).selectOption(who.id);
  await screen.getByLabel('PIN', { exact: true }).fill(who.pin);
  await screen.getByRole('button', { name: /^(Sign in|Unlock)$/ }).click();
}

/** Enters `who`'s PIN in the "Supervisor approval" dialog ("Approver", "PIN", "Approve"). */
export async function enterApproval(page: Page, who: Credentials): Promise<void> {
  const approval = page.getByRole('dialog', { name: 'Supervisor approval' });
  await approval.getByRole('combobox', { name: 'Approver' }).selectOption(who.id);
  await approval.getByLabel('PIN', { exact: true }).fill(who.pin);
  await approval.getByRole('button', { name: 'Approve' }).click();
}

/**
 * A manager opens the till on `book` and signs out, leaving the sign-in screen: choosing another
 * price book than the store's default (`?book=`) is a manager's, and the till remembers the choice
 * for whoever signs in next.
 */
export async function managerChoosesBook(page: Page, book: string): Promise<void> {
  await page.goto(`/?book=${encodeURIComponent(book)}`);
  await signIn(page, DEMO.manager);
  await expect(page.getByLabel('Barcode')).toBeVisible();
  await page.getByRole('button', { name: 'Sign out' }).click();
}

/**
 * Signs `who` in whenever the sign-in screen shows (first open, and after every reload: a reload
 * asks for a PIN again), so journeys written before sign-in keep working unchanged.
 */
export async function signInWhenAsked(page: Page, who: Credentials): Promise<void> {
  await page.addLocatorHandler(page.getByRole('region', { name: 'Sign in' }), () => signIn(page, who));
}

export const test = base.extend<{ till: Till; operator: Credentials | null }>({
  /** Who the fixture signs in, whenever asked (`null`: the journey signs in itself). */
  operator: [DEMO.manager, { option: true }],
  page: async ({ page, context, operator }, use) => {
    if (operator !== null) {
      await signInWhenAsked(page, operator);
      context.on('page', (other) => void signInWhenAsked(other, operator));
    }
    await use(page);
  },
  till: async ({ page }, use) => {
    // A till that throws is a till that stops: every journey also checks no error escaped.
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await use(new Till(page));
    expect(errors).toEqual([]);
  },
});

/** The back office as a script sees it: only its scripting contract (roles and names). */
export class BackOffice {
  constructor(readonly page: Page) {}

  /** The dialog an import opens: what the file changes, "Apply import" and "Cancel". */
  get importPreview(): Locator {
    return this.page.getByRole('dialog', { name: 'Import price book?' });
  }

  /** Opens the back office on a price book and waits until it shows the offers. */
  async open(book: string): Promise<void> {
    await this.page.goto(`/back-office?book=${encodeURIComponent(book)}`);
    await expect(this.page.getByRole('heading', { name: 'Offers' })).toBeVisible();
  }

  /** Imports a price book written by the test (as JSON, under a file name), from the Import and export tab. */
  async importBook(name: string, book: unknown): Promise<void> {
    await this.page.getByRole('tab', { name: 'Import and export' }).click();
    await this.page.getByLabel('Import a price book').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(book, null, 2)) });
  }
}

export { expect };
