/**
 * Writes public/price-book.schema.json from the engine's zod schema (`npm run schema`). A unit test
 * fails when the committed file differs, so the schema is never edited by hand.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { priceBookJsonSchemaText } from '../src/backoffice/price-book-json-schema';

const target = fileURLToPath(new URL('../public/price-book.schema.json', import.meta.url));
writeFileSync(target, priceBookJsonSchemaText());
console.log(`wrote ${target}`);
