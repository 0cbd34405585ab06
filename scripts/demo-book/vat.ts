import type { DemoTaxRate } from './demo-book-types';

// VAT (UK rules, simplified): most food is zero rated (the book's default, `Z`); confectionery,
// crisps and salted nuts, soft drinks, juices and bottled water, alcohol and household goods are
// standard rated (`S`, 20%); domestic fuel is reduced rate (`R`, 5%). Prices include VAT.

export const TAX_RATES: readonly DemoTaxRate[] = [
  { code: 'S', percent: 20, label: 'VAT 20%' },
  { code: 'R', percent: 5, label: 'VAT 5%' },
  { code: 'Z', percent: 0, label: 'Zero rated' },
];

/** Products of zero-rated categories that are not zero rated themselves. */
export const TAX_OF_SKU: Readonly<Record<string, 'S' | 'R'>> = {
  ...Object.fromEntries(
    [
      'crisps-sea-salt', 'crisps-cheese-onion', 'crisps-salt-vinegar', 'popcorn', 'choc-bar', 'choc-caramel', 'dark-choc-sea-salt',
      'cashews', 'protein-bar', 'pretzels', 'spearmint-gum',
      'cola-500', 'cola-zero-500', 'lemonade-500', 'sparkling-orange-500', 'peach-iced-tea-500', 'elderflower-275', 'energy-drink-250',
      'still-water-500', 'sparkling-water-500', 'orange-juice-330', 'smoothie-250',
      'chocolate-digestives',
    ].map((sku) => [sku, 'S' as const]),
  ),
  'smokeless-fuel-10kg': 'R',
};
