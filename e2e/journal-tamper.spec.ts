import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * Changes this till's entry with that receipt number straight in IndexedDB, as someone with the
 * browser's devtools could: the raw API, no app code, the hash left as it was. Raises its total by
 * 100, deletes it, or puts back an entry as it was. Resolves with the entry as it was before.
 * (The page-side code is a string: the e2e project is typed for Node, without the DOM.)
 */
function tamperWith(page: Page, receiptNumber: number, change: 'raise-total' | 'delete' | { restore: unknown }): Promise<unknown> {
  return page.evaluate(`new Promise((resolve, reject) => {
    const n = ${JSON.stringify(receiptNumber)};
    const what = ${JSON.stringify(change)};
    const open = indexedDB.open('till-journal');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction('entries', 'readwrite');
      let before = null;
      tx.objectStore('entries').openCursor().onsuccess = (event) => {
        const cursor = event.target.result;
        if (cursor === null) return;
        const entry = cursor.value;
        if (entry.receiptNumber === n) {
          before = structuredClone(entry);
          if (what === 'delete') cursor.delete();
          else if (what === 'raise-total') cursor.update({ ...entry, total: entry.total + 100 });
          else cursor.update(what.restore);
        }
        cursor.continue();
      };
      tx.oncomplete = () => {
        db.close();
        resolve(before);
      };
      tx.onerror = () => reject(tx.error);
    };
  })`);
}

test('an entry changed or removed in IndexedDB is named by "Verify journal"; a Z report shows the head it closed', async ({ page, till }) => {
  await till.open('/books/kata.json');
  for (const tender of ['Exact cash £0.50', 'Card £0.50', 'Exact cash £0.50', 'Card £0.50']) {
    await till.scan('A');
    await expect(till.total).toHaveText('£0.50');
    await till.pay(tender);
    await till.newSale();
  }

  await page.getByRole('link', { name: 'Reports' }).click();
  const check = page.getByRole('region', { name: 'Journal check' });
  const verify = check.getByRole('button', { name: 'Verify journal' });
  await verify.click();
  await expect(check.getByRole('status')).toHaveText('Journal verified: 4 entries, chain intact');
  await expect(check.getByRole('alert')).toBeHidden();

  // The Z report prints the head it closed: the same the check found.
  await page.getByRole('button', { name: 'Close day (Z report)' }).click();
  await page.getByRole('dialog', { name: 'Close the day?' }).getByRole('button', { name: 'Close Z report' }).click();
  const head = (await check.getByText(/chain head [0-9a-f]{64}/).textContent())!.match(/[0-9a-f]{64}/)![0];
  await expect(page.getByRole('article', { name: 'Z report just closed' })).toContainText(`Chain head ${head}`);

  // Receipt 2's amount raised, its hash left alone.
  const original = await tamperWith(page, 2, 'raise-total');
  await verify.click();
  await expect(check.getByRole('alert')).toHaveText('Receipt 000002 was altered: its contents no longer match its hash');
  await expect(check.getByRole('status')).toBeHidden();

  // Put back exactly as it was, it verifies again.
  await tamperWith(page, 2, { restore: original });
  await verify.click();
  await expect(check.getByRole('status')).toHaveText('Journal verified: 4 entries, chain intact');

  // Receipt 3 deleted.
  await tamperWith(page, 3, 'delete');
  await verify.click();
  await expect(check.getByRole('alert')).toHaveText('Receipt 000003 was removed: its number is missing from the journal');
});
