import * as z from 'zod/mini';
import { priceBookSchema } from '../pricing';

/**
 * The JSON Schema of the price book format, generated from the engine's zod schema so the format is
 * never written twice. It describes what a book may be written as (zod's input side: `unit` and
 * `offers` may be left out). The cross-references the engine also checks (unknown SKUs, duplicate
 * ids) are beyond JSON Schema and are named in the description instead.
 */
export function priceBookJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(priceBookSchema, { io: 'input' });
  const { $schema, ...rest } = generated;
  return {
    $schema,
    title: 'Price book',
    description:
      'A store\'s products, offers and barcodes. Money is an integer in the currency\'s minor unit. ' +
      'Generated from the engine\'s schema by `npm run schema`; the till also checks what JSON Schema cannot: ' +
      'SKUs, offer ids and barcodes are unique, and every SKU or category an offer names exists.',
    ...rest,
  };
}

/** The schema as the committed file holds it: two-space JSON and a final newline. */
export function priceBookJsonSchemaText(): string {
  return `${JSON.stringify(priceBookJsonSchema(), null, 2)}\n`;
}
