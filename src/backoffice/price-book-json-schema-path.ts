/** Where the published JSON Schema lives, relative to the site's base (`public/price-book.schema.json`). */
export const JSON_SCHEMA_PATH = 'price-book.schema.json';
