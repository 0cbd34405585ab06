/**
 * Writes a big generated price book for measuring the till at a large supermarket's size:
 * 40,000 products by default, named the way shelves are (brand × variety × product × size), in
 * twenty categories, every one with a valid barcode, six hundred or so weighed, and a few hundred offers of
 * every kind.
 *
 *     npm run make:big-book [-- --products 40000] [-- --seed 17] [-- --out bench/books/big.json]
 *
 * Seeded: the same options give the same file on every run. It is written outside `public/` (by
 * default to `bench/books/`, which git ignores), so it is never shipped in the build. To open the
 * till on it, copy it under `public/books/test/` locally and, signed in as a manager on the dev
 * server (`npm run dev`), open `/?book=books/test/big.json`.
 *
 * Barcodes (rules in `src/barcodes/README.md`):
 * - A product sold by the unit has an EAN-13 `50 SSSSS NNNNN C`: GS1 UK prefix 50, the brand's
 *   made-up five-digit supplier number, the product's number within the brand.
 * - A weighed product lists a weight-label base code `21 IIIII 00000 C`, IIIII its scale item
 *   reference, unique in the book.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { computeCheckDigit } from '../src/barcodes';
import type { BookOffer, BookProduct } from './book-types';

/** The generated book. */
export interface BigBook {
  readonly id: string;
  readonly name: string;
  readonly version: number;
  readonly currency: 'GBP';
  readonly products: readonly BookProduct[];
  readonly offers: readonly BookOffer[];
}

export interface BigBookOptions {
  /** How many products (40,000 unless given). */
  readonly products?: number | undefined;
  /** The random seed (17 unless given). */
  readonly seed?: number | undefined;
}

/** mulberry32: a small, fast, seeded generator; good enough for shuffling names. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface CategorySpec {
  readonly id: string;
  readonly products: readonly string[];
  readonly varieties: readonly string[];
  readonly sizes: readonly string[];
  /** Price range in pence, low and high. */
  readonly price: readonly [number, number];
  /** Product words sold loose by weight in this category (price per kg in the same range × 3). */
  readonly loose?: readonly string[];
}

const CATEGORIES: readonly CategorySpec[] = [
  { id: 'fruit-veg', products: ['Apples', 'Pears', 'Carrots', 'Potatoes', 'Onions', 'Tomatoes', 'Grapes', 'Mushrooms', 'Peppers', 'Salad', 'Berries', 'Plums'], varieties: ['Organic', 'Baby', 'Vine', 'Red', 'Sweet', 'Mixed', 'Finest', 'Wonky'], sizes: ['250g', '500g', '1kg', '4 pack', '6 pack'], price: [45, 450], loose: ['Bananas', 'Apples', 'Potatoes', 'Onions', 'Carrots', 'Tomatoes', 'Mushrooms', 'Courgettes'] },
  { id: 'bakery', products: ['Bread', 'Rolls', 'Bagels', 'Croissants', 'Muffins', 'Crumpets', 'Wraps', 'Baguette', 'Teacakes', 'Pancakes'], varieties: ['White', 'Wholemeal', 'Seeded', 'Sourdough', 'Brioche', 'Multigrain', 'Gluten free', 'Cinnamon'], sizes: ['400g', '800g', '4 pack', '6 pack', '8 pack'], price: [60, 350], loose: ['Pick & mix doughnuts', 'Bread rolls'] },
  { id: 'dairy', products: ['Milk', 'Butter', 'Yoghurt', 'Cream', 'Custard', 'Spread', 'Kefir', 'Rice pudding'], varieties: ['Semi-skimmed', 'Whole', 'Skimmed', 'Greek style', 'Strawberry', 'Vanilla', 'Salted', 'Oat'], sizes: ['250ml', '500ml', '1 litre', '2 pints', '4 pints', '4 x 125g', '500g'], price: [55, 450] },
  { id: 'cheese', products: ['Cheddar', 'Brie', 'Mozzarella', 'Halloumi', 'Stilton', 'Feta', 'Red Leicester', 'Parmesan', 'Goats cheese'], varieties: ['Mature', 'Mild', 'Extra mature', 'Smoked', 'Light', 'Grated', 'Sliced', 'Vintage'], sizes: ['150g', '200g', '250g', '350g', '400g'], price: [120, 600], loose: ['Deli Cheddar', 'Deli Brie'] },
  { id: 'meat', products: ['Chicken breasts', 'Beef mince', 'Pork sausages', 'Bacon', 'Lamb chops', 'Chicken thighs', 'Steak', 'Burgers', 'Gammon'], varieties: ['British', 'Free range', 'Outdoor bred', 'Smoked', 'Unsmoked', 'Lean', 'Finest', 'Organic'], sizes: ['300g', '400g', '500g', '750g', '1kg', '4 pack', '8 pack'], price: [200, 1200], loose: ['Butcher’s beef steak', 'Butcher’s pork loin', 'Butcher’s lamb leg'] },
  { id: 'fish', products: ['Salmon fillets', 'Cod fillets', 'Prawns', 'Haddock', 'Mackerel', 'Tuna steaks', 'Fish cakes', 'Fish fingers'], varieties: ['Scottish', 'Smoked', 'Breaded', 'Battered', 'Wild', 'Lemon & pepper', 'Skin on', 'Boneless'], sizes: ['200g', '240g', '300g', '400g', '10 pack'], price: [250, 900], loose: ['Fishmonger’s cod', 'Fishmonger’s salmon'] },
  { id: 'ready-meals', products: ['Lasagne', 'Cottage pie', 'Chicken tikka masala', 'Macaroni cheese', 'Fish pie', 'Chilli con carne', 'Risotto', 'Curry'], varieties: ['Classic', 'Family', 'Light', 'Finest', 'Vegetarian', 'Spicy', 'Creamy', 'Slow cooked'], sizes: ['300g', '400g', '450g', '800g'], price: [150, 650] },
  { id: 'frozen', products: ['Peas', 'Chips', 'Pizza', 'Ice cream', 'Sweetcorn', 'Waffles', 'Berries', 'Spinach'], varieties: ['Garden', 'Crinkle cut', 'Margherita', 'Vanilla', 'Chocolate', 'Pepperoni', 'Oven', 'Mixed'], sizes: ['500g', '750g', '900g', '1kg', '1 litre'], price: [90, 500] },
  { id: 'cupboard', products: ['Baked beans', 'Pasta', 'Rice', 'Chopped tomatoes', 'Soup', 'Tuna', 'Cereal', 'Porridge oats', 'Noodles', 'Chickpeas'], varieties: ['Wholewheat', 'Basmati', 'Cream of tomato', 'Reduced sugar', 'Penne', 'Fusilli', 'Long grain', 'Spicy'], sizes: ['200g', '400g', '500g', '1kg', '4 x 415g', '750g'], price: [35, 450] },
  { id: 'condiments', products: ['Ketchup', 'Mayonnaise', 'Mustard', 'Brown sauce', 'Pesto', 'Curry paste', 'Gravy granules', 'Salad cream'], varieties: ['Tomato', 'Light', 'English', 'Dijon', 'Green', 'Red', 'Squeezy', 'Organic'], sizes: ['180g', '250ml', '430ml', '500ml', '700g'], price: [60, 400] },
  { id: 'snacks', products: ['Crisps', 'Tortilla chips', 'Popcorn', 'Pretzels', 'Nuts', 'Cereal bars', 'Rice cakes', 'Breadsticks'], varieties: ['Ready salted', 'Salt & vinegar', 'Cheese & onion', 'Sweet chilli', 'Sea salt', 'Salted caramel', 'Honey roast', 'Sour cream'], sizes: ['25g', '40g', '150g', '6 pack', '12 pack'], price: [40, 350] },
  { id: 'biscuits', products: ['Digestives', 'Cookies', 'Shortbread', 'Rich tea', 'Custard creams', 'Flapjacks', 'Oat biscuits', 'Wafers'], varieties: ['Milk chocolate', 'Dark chocolate', 'Chocolate chip', 'All butter', 'Ginger', 'Lemon', 'Caramel', 'Double chocolate'], sizes: ['150g', '200g', '300g', '400g'], price: [50, 300] },
  { id: 'confectionery', products: ['Chocolate bar', 'Fruit gums', 'Mints', 'Toffees', 'Jelly sweets', 'Truffles', 'Buttons', 'Fudge'], varieties: ['Milk', 'Dark', 'White', 'Fruity', 'Sour', 'Sharing', 'Mini', 'Salted caramel'], sizes: ['45g', '100g', '150g', '180g', '300g'], price: [50, 500] },
  { id: 'drinks', products: ['Cola', 'Lemonade', 'Orange juice', 'Sparkling water', 'Still water', 'Squash', 'Energy drink', 'Iced tea'], varieties: ['Diet', 'Zero sugar', 'Smooth', 'With bits', 'Lemon & lime', 'Blackcurrant', 'Peach', 'Original'], sizes: ['330ml', '500ml', '1 litre', '1.5 litre', '2 litre', '6 x 330ml'], price: [45, 500] },
  { id: 'hot-drinks', products: ['Tea bags', 'Instant coffee', 'Ground coffee', 'Coffee pods', 'Hot chocolate', 'Herbal tea'], varieties: ['Decaf', 'Gold', 'Espresso', 'Breakfast', 'Green', 'Peppermint', 'Rich roast', 'Fairtrade'], sizes: ['40 pack', '80 pack', '100g', '200g', '227g', '10 pods'], price: [120, 800] },
  { id: 'beer-wine', products: ['Lager', 'Ale', 'Cider', 'Red wine', 'White wine', 'Rosé', 'Prosecco', 'Stout'], varieties: ['Pale', 'Golden', 'Craft', 'Shiraz', 'Sauvignon blanc', 'Pinot grigio', 'Merlot', 'Alcohol free'], sizes: ['4 x 440ml', '10 x 330ml', '500ml', '75cl', '1.5 litre'], price: [180, 1500] },
  { id: 'household', products: ['Washing up liquid', 'Laundry pods', 'Kitchen roll', 'Toilet tissue', 'Bin bags', 'Surface spray', 'Fabric conditioner', 'Dishwasher tablets'], varieties: ['Original', 'Lemon', 'Non-bio', 'Bio', 'Eco', 'Fresh linen', 'Antibacterial', 'Ultra'], sizes: ['500ml', '1 litre', '2 roll', '9 roll', '20 pack', '40 pack'], price: [80, 1200] },
  { id: 'toiletries', products: ['Shampoo', 'Conditioner', 'Shower gel', 'Toothpaste', 'Deodorant', 'Hand wash', 'Razors', 'Body lotion'], varieties: ['Sensitive', 'Fresh', 'Coconut', 'Whitening', 'For men', 'Aloe vera', 'Unscented', 'Tea tree'], sizes: ['75ml', '150ml', '250ml', '400ml', '500ml', '4 pack'], price: [90, 900] },
  { id: 'baby', products: ['Nappies', 'Baby wipes', 'Baby food', 'Baby milk', 'Rusks', 'Nappy cream'], varieties: ['Size 3', 'Size 4', 'Size 5', 'Sensitive', 'Organic', 'Apple & pear', 'Stage 1', 'Stage 2'], sizes: ['12 pack', '40 pack', '56 pack', '120g', '800g'], price: [70, 1300] },
  { id: 'pet', products: ['Dog food', 'Cat food', 'Cat litter', 'Dog treats', 'Bird seed', 'Cat treats'], varieties: ['Chicken', 'Beef', 'Salmon', 'Senior', 'Puppy', 'Kitten', 'Grain free', 'Mixed'], sizes: ['12 x 100g', '400g', '1kg', '2kg', '10 litre'], price: [80, 1500] },
];

const BRANDS = [
  'Hollybush', 'Riverside', 'Green Vale', 'Meadowfield', 'Old Mill', 'Brightwater', 'Kingsley', 'Harbour', 'Northway', 'Oakwood',
  'Fenwick', 'Ashdown', 'Blue Ridge', 'Cotswold Farm', 'Marlowe', 'Sunny Side', 'Pembury', 'Thornton', 'Wessex', 'Larkspur',
  'Pike & Co', 'Hartley’s Kitchen', 'Ferndale', 'Silverbirch', 'Redbrook', 'Castleford', 'Wildflower', 'Moorland', 'Seaview', 'Elmstead',
  'Bramble', 'Copperpot', 'Juniper', 'Kestrel', 'Lindale', 'Nettlebed', 'Orchard Lane', 'Primrose', 'Quayside', 'Rowan',
  'Saltmarsh', 'Tanglewood', 'Upland', 'Valley Fresh', 'Willowbrook', 'Yeoman', 'Ambleside', 'Beacon', 'Cloverleaf', 'Dovecote',
  'Evergreen', 'Foxglove', 'Goldcrest', 'Heathfield', 'Ivydene', 'Jasmine', 'Kelso', 'Longmeadow', 'Millbrook', 'Northfield',
] as const;

const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
const between = (random: () => number, low: number, high: number): number => low + Math.floor(random() * (high - low + 1));
/** A shelf price: rounded to 5p, ending in 9 when it is over a pound (£1.49, £2.99). */
const shelfPrice = (pence: number): number => (pence >= 100 ? Math.max(99, Math.round(pence / 10) * 10 - 1) : Math.max(5, Math.round(pence / 5) * 5));
const withCheckDigit = (body: string): string => `${body}${computeCheckDigit(body)}`;

function makeProducts(count: number, random: () => number): BookProduct[] {
  const products: BookProduct[] = [];
  const names = new Set<string>();
  const perBrand = new Map<number, number>();
  let scaleItem = 100;
  // One in ten is weighed in the categories that sell anything loose (names run out near a thousand: about 600 of 40,000).
  while (products.length < count) {
    const category = pick(random, CATEGORIES);
    const sku = `P${String(products.length + 1).padStart(6, '0')}`;
    if (category.loose !== undefined && random() < 0.1) {
      const name = `${pick(random, BRANDS)} ${pick(random, category.loose).toLowerCase().replace(/^./, (c) => c.toUpperCase())} loose`;
      if (names.has(name) || scaleItem > 99_999) continue;
      names.add(name);
      scaleItem += 1;
      const barcodes = [withCheckDigit(`21${String(scaleItem).padStart(5, '0')}00000`)];
      products.push({ sku, name, price: shelfPrice(between(random, category.price[0], category.price[1]) * 3), unit: 'kg', barcodes, category: category.id });
      continue;
    }
    const brandIndex = Math.floor(random() * BRANDS.length);
    const name = `${BRANDS[brandIndex]} ${pick(random, category.varieties)} ${pick(random, category.products).toLowerCase()} ${pick(random, category.sizes)}`;
    if (names.has(name)) continue;
    names.add(name);
    const number = (perBrand.get(brandIndex) ?? 0) + 1;
    perBrand.set(brandIndex, number);
    // Supplier numbers 10000-10059, one per brand; 99,999 products per brand at most.
    const gtin = withCheckDigit(`50${10_000 + brandIndex}${String(number).padStart(5, '0')}`);
    products.push({ sku, name, price: shelfPrice(between(random, category.price[0], category.price[1])), barcodes: [gtin], category: category.id });
  }
  return products;
}

/** A few hundred offers of every kind, on products and on whole categories. */
function makeOffers(products: readonly BookProduct[], random: () => number): BookOffer[] {
  const each = products.filter((p) => p.unit === undefined);
  const someSkus = (n: number) => Array.from({ length: n }, () => pick(random, each).sku).filter((sku, i, all) => all.indexOf(sku) === i);
  const offers: BookOffer[] = [];
  const add = (offer: BookOffer) => offers.push(offer);
  for (let i = 1; i <= 120; i += 1) {
    const quantity = between(random, 2, 4);
    add({ id: `mb-${i}`, kind: 'multi-buy', label: `Any ${quantity} for less`, products: someSkus(between(random, 2, 12)), quantity, price: quantity * between(random, 80, 300) - 50 });
  }
  for (let i = 1; i <= 40; i += 1) {
    add({ id: `bundle-${i}`, kind: 'bundle', label: `Meal deal ${i}`, slots: [{ products: someSkus(8) }, { products: someSkus(8) }, { products: someSkus(6) }], price: between(random, 300, 600) });
  }
  for (let i = 1; i <= 30; i += 1) {
    add({ id: `c3f2-${i}`, kind: 'cheapest-free', label: '3 for 2', products: someSkus(between(random, 4, 20)), buy: 3, free: 1 });
  }
  for (const [i, category] of ['cheese', 'biscuits', 'toiletries'].entries()) add({ id: `c3f2-cat-${i + 1}`, kind: 'cheapest-free', label: `3 for 2 on ${category}`, categories: [category], buy: 3, free: 1 });
  for (let i = 1; i <= 80; i += 1) {
    const percent = pick(random, [10, 20, 25, 33, 50]);
    add({ id: `pct-${i}`, kind: 'percent-off', label: `${percent}% off`, products: someSkus(between(random, 1, 6)), percent, ...(percent === 50 ? { limit: 2 } : {}) });
  }
  for (const [i, product] of products.filter((p) => p.unit === 'kg').slice(0, 10).entries()) {
    add({ id: `pct-loose-${i + 1}`, kind: 'percent-off', label: '20% off loose', products: [product.sku], percent: 20 });
  }
  for (let i = 1; i <= 60; i += 1) {
    add({ id: `amt-${i}`, kind: 'amount-off', label: `${between(random, 2, 10) * 10}p off`, products: someSkus(between(random, 1, 4)), amount: between(random, 2, 10) * 10 });
  }
  add({ id: 'spend-50', kind: 'spend-threshold', label: '£5 off when you spend £50', threshold: 5000, amount: 500, basis: 'after-offers' });
  add({ id: 'spend-household', kind: 'spend-threshold', label: '10% off household over £15', categories: ['household'], threshold: 1500, percent: 10, basis: 'before-offers' });
  add({ id: 'spend-beer-wine', kind: 'spend-threshold', label: '£3 off beer & wine over £20', categories: ['beer-wine'], threshold: 2000, amount: 300, basis: 'full-price-only' });
  return offers;
}

/** Generates the book; the same options always give the same book. */
export function makeBigBook(options: BigBookOptions = {}): BigBook {
  const random = seeded(options.seed ?? 17);
  const products = makeProducts(options.products ?? 40_000, random);
  return { id: 'big', name: 'Big generated store', version: 1, currency: 'GBP', products, offers: makeOffers(products, random) };
}

/** Where the book goes unless `--out` says otherwise: git-ignored, outside the build. */
export const BIG_BOOK_URL = new URL('../bench/books/big.json', import.meta.url);

const runDirectly = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (runDirectly) {
  const { values } = parseArgs({ options: { products: { type: 'string' }, seed: { type: 'string' }, out: { type: 'string' } } });
  const book = makeBigBook({
    products: values.products === undefined ? undefined : Number(values.products),
    seed: values.seed === undefined ? undefined : Number(values.seed),
  });
  const out = values.out === undefined ? fileURLToPath(BIG_BOOK_URL) : resolve(values.out);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(book)}\n`);
  const weighed = book.products.filter((p) => p.unit === 'kg').length;
  console.log(`Wrote ${book.products.length} products (${weighed} weighed) and ${book.offers.length} offers to ${values.out ?? 'bench/books/big.json'}`);
}
