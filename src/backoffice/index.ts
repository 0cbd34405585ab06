/**
 * The back office's public entry: what other features may use of it (the lint rule in
 * `eslint.config.js` keeps them out of the rest). The head office console edits a store's book with
 * the same editors, previews an imported file the same way and shows a what-if the same way.
 */
export { ImportPreview } from './screen/import-preview';
export { OffersPanel } from './screen/offers-panel';
export { ProductsPanel } from './screen/products-panel';
export { WhatIfResult, type WhatIfSummary } from './screen/what-if-result';
export { toggled, WhatIfChoice, WhatIfForm, WhatIfHeading } from './screen/what-if-form';
export { PeriodFields, useLastWeek, type Period } from './screen/period-fields';
export { bookWithProduct } from './forms/product-draft';
export { readBookFile } from './forms/read-book-file';
export { addDays, localDate, startOfLocalDay } from './local-dates';
