import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import demo from '../../public/books/demo.json';
import { priceBookJsonSchema, priceBookJsonSchemaText } from './price-book-json-schema';

describe('the published JSON Schema', () => {
  it('is exactly what the engine schema generates (run `npm run schema` after changing the schema)', () => {
    const committed = readFileSync(new URL('../../public/price-book.schema.json', import.meta.url), 'utf8');
    expect(committed).toBe(priceBookJsonSchemaText());
  });

  it('lets a book name it in $schema, requires currency and products, and refuses unknown fields', () => {
    const schema = priceBookJsonSchema() as { properties: Record<string, unknown>; required: string[]; additionalProperties: boolean };
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['$schema', 'currency', 'products', 'offers']));
    expect(schema.required).toEqual(['currency', 'products']);
    expect(schema.additionalProperties).toBe(false);
  });

  it('describes every offer kind the demo book uses', () => {
    const text = priceBookJsonSchemaText();
    for (const kind of new Set(demo.offers.map((o) => o.kind))) expect(text).toContain(`"const": "${kind}"`);
  });
});
