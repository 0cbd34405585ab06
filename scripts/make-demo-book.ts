/**
 * Writes the shipped demo price book, `public/books/demo.json`: Hollybush Market, a small British
 * supermarket with about two hundred products and offers of every kind, overlapping the way real
 * ones do (a meal deal whose drinks are also on a multi-buy, a cheese 3 for 2 beside a percent-off
 * on premium cheese, spend thresholds on the whole basket and on one category).
 *
 *     npx tsx scripts/make-demo-book.ts
 *
 * The products and offers are literals below; only the barcodes are computed, so the output is
 * the same on every run. `test-support/demo-book.test.ts` checks the shipped file against this
 * script and prices hand-worked baskets with it.
 *
 * Barcodes (rules in `src/barcodes/README.md`):
 * - Every product sold by the unit has an EAN-13 `50 5719 CC 0 NNN C`: GS1 UK prefix 50, a made-up
 *   supplier number 5719, the category's two-digit code, its position in the category.
 *   Add new products at the end of their category, so existing codes never change.
 * - Every weighed product lists a weight-label base code `21 IIIII 00000 C`, where IIIII is its
 *   scale item reference (PLU): the scale prints `21 IIIII WWWWW C` with the weight in grams.
 * - Products that get store labels (bakery, butchery, fish, ready meals) also list a base code
 *   `20 IIIII 00000 C`, so a reduced-to-clear label `29 IIIII PPPPP C` finds them.
 * Item references are unique across the book.
 *
 * Wine, beer, cider and spirits carry `ageRestricted: 18` (not the alcohol-free lager), so the
 * till's age check can be tried on the demo.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { computeCheckDigit } from '../src/barcodes';

/** A product as the price book format writes it. Money is in pence. */
export interface DemoProduct {
  readonly sku: string;
  readonly name: string;
  /** Pence each, or pence per kilogram when `unit` is `kg`. */
  readonly price: number;
  readonly unit?: 'kg';
  readonly barcodes: readonly string[];
  readonly category: string;
  /** The category's picture, shipped in `public/images/` (the format's optional `image`). */
  readonly image: string;
  /** Minimum age in years to buy it (alcohol: 18). */
  readonly ageRestricted?: number;
  /** VAT code: `S` or `R`; zero-rated products leave it out and take the book's `defaultTax`, `Z`. */
  readonly tax?: 'S' | 'R';
}

interface Targets {
  readonly products?: readonly string[];
  readonly categories?: readonly string[];
}

interface OfferCommon extends Targets {
  readonly id: string;
  readonly label: string;
  readonly priority?: number;
  readonly validFrom?: string;
  readonly validUntil?: string;
  readonly limit?: number;
}

/** An offer as the price book format writes it. Money is in pence. */
export type DemoOffer = OfferCommon &
  (
    | { readonly kind: 'multi-buy'; readonly quantity: number; readonly price: number }
    | { readonly kind: 'bundle'; readonly slots: readonly (Targets & { readonly quantity?: number })[]; readonly price: number }
    | { readonly kind: 'cheapest-free'; readonly buy: number; readonly free: number }
    | { readonly kind: 'percent-off'; readonly percent: number }
    | { readonly kind: 'amount-off'; readonly amount: number }
    | {
        readonly kind: 'spend-threshold';
        readonly threshold: number;
        readonly amount?: number;
        readonly percent?: number;
        readonly basis: 'before-offers' | 'after-offers' | 'full-price-only';
      }
  );

/** A VAT rate as the price book format writes it. */
export interface DemoTaxRate {
  readonly code: string;
  readonly percent: number;
  readonly label: string;
}

/** The whole demo book. */
export interface DemoBook {
  readonly id: string;
  readonly name: string;
  readonly version: number;
  readonly currency: string;
  readonly legal: { readonly name: string; readonly address: readonly string[]; readonly vatNumber: string };
  readonly taxRates: readonly DemoTaxRate[];
  readonly defaultTax: string;
  readonly products: readonly DemoProduct[];
  readonly offers: readonly DemoOffer[];
}

// ---------------------------------------------------------------------------------------------
// Products
// ---------------------------------------------------------------------------------------------

/** One product line of the catalogue below, before its barcodes are worked out. */
interface Row {
  readonly sku: string;
  readonly name: string;
  readonly price: number;
  /** Weighed: the scale's five-digit item reference; `price` is per kilogram. */
  readonly scale?: string;
  /** Sold by the unit and store-labelled: the five-digit item reference of its `20` base code. */
  readonly label?: string;
  /** A small pack that carries an EAN-8 instead (seven-digit body; the check digit is computed). */
  readonly ean8?: string;
}

/** Alcohol: sold only to customers of 18 or over. */
const ADULTS_ONLY = 18;

/** A product sold by the unit; `label` gives it a store-label base code. */
const each = (sku: string, name: string, price: number, label?: string): Row =>
  label === undefined ? { sku, name, price } : { sku, name, price, label };

/** A product sold by weight at `perKg` pence per kilogram, with its scale item reference. */
const weighed = (sku: string, name: string, perKg: number, scale: string): Row => ({ sku, name, price: perKg, scale });

interface Category {
  readonly id: string;
  /** Two digits, part of each product's EAN-13. */
  readonly code: string;
  /** The VAT code of the whole category, when it is not zero rated. */
  readonly tax?: 'S';
  readonly rows: readonly Row[];
  /** Minimum age in years for every product of the category, except those listed in `ageExempt`. */
  readonly ageRestricted?: number;
  readonly ageExempt?: readonly string[];
}

const CATEGORIES: readonly Category[] = [
  {
    id: 'fruit-veg',
    code: '01',
    rows: [
      weighed('bananas-loose', 'Loose bananas', 94, '00101'),
      weighed('apples-gala-loose', 'Loose Gala apples', 220, '00102'),
      weighed('apples-braeburn-loose', 'Loose Braeburn apples', 240, '00103'),
      weighed('pears-conference-loose', 'Loose Conference pears', 210, '00104'),
      weighed('carrots-loose', 'Loose carrots', 65, '00105'),
      weighed('potatoes-white-loose', 'Loose white potatoes', 90, '00106'),
      weighed('sweet-potatoes-loose', 'Loose sweet potatoes', 150, '00107'),
      weighed('onions-brown-loose', 'Loose brown onions', 95, '00108'),
      weighed('onions-red-loose', 'Loose red onions', 140, '00109'),
      weighed('tomatoes-vine-loose', 'Loose vine tomatoes', 350, '00110'),
      weighed('grapes-red-loose', 'Loose red seedless grapes', 450, '00111'),
      weighed('mushrooms-chestnut-loose', 'Loose chestnut mushrooms', 380, '00112'),
      weighed('parsnips-loose', 'Loose parsnips', 120, '00113'),
      weighed('leeks-loose', 'Loose leeks', 190, '00114'),
      each('cucumber', 'Cucumber', 75),
      each('iceberg-lettuce', 'Iceberg lettuce', 65),
      each('broccoli', 'Broccoli', 69),
      each('avocado', 'Ripe & ready avocado', 89),
      each('peppers-3', 'Mixed peppers 3 pack', 155),
      each('strawberries-400', 'Strawberries 400g', 275),
      each('blueberries-150', 'Blueberries 150g', 199),
      each('lemons-4', 'Unwaxed lemons 4 pack', 110),
      each('salad-leaves', 'Mixed salad leaves 120g', 85),
      each('spring-onions', 'Spring onions bunch', 55),
      each('garlic-4', 'Garlic 4 pack', 79),
      each('easy-peelers-600', 'Easy peelers 600g', 189),
    ],
  },
  {
    id: 'bakery',
    code: '02',
    rows: [
      each('white-sliced', 'Medium sliced white bread 800g', 145),
      each('wholemeal-sliced', 'Wholemeal sliced bread 800g', 155),
      each('sourdough', 'White sourdough loaf 400g', 260, '01001'),
      each('seeded-bloomer', 'Seeded bloomer', 200, '01002'),
      each('baguette', 'French baguette', 85, '01003'),
      each('croissants-4', 'All-butter croissants 4 pack', 200, '01004'),
      each('pain-au-chocolat-4', 'Pain au chocolat 4 pack', 230, '01005'),
      each('crumpets-6', 'Crumpets 6 pack', 75),
      each('burger-buns-4', 'Brioche burger buns 4 pack', 150),
      each('bagels-5', 'Plain bagels 5 pack', 130),
      each('hot-cross-buns-4', 'Hot cross buns 4 pack', 120),
      each('jam-doughnuts-5', 'Jam doughnuts 5 pack', 120, '01006'),
      each('cookies-4', 'Triple chocolate cookies 4 pack', 175, '01007'),
      each('tortilla-wraps-8', 'Plain tortilla wraps 8 pack', 110),
      each('mince-pies-6', 'All-butter mince pies 6 pack', 200, '01008'),
      each('teacakes-4', 'Teacakes 4 pack', 110),
    ],
  },
  {
    id: 'dairy',
    code: '03',
    rows: [
      each('milk-semi-4pt', 'British semi-skimmed milk 4 pints', 155),
      each('milk-whole-4pt', 'British whole milk 4 pints', 155),
      each('milk-skimmed-2pt', 'British skimmed milk 2 pints', 105),
      each('oat-drink', 'Barista oat drink 1L', 210),
      each('butter-salted', 'British salted butter 250g', 215),
      each('spreadable', 'Lighter spreadable 500g', 275),
      each('eggs-6', 'Free-range large eggs 6 pack', 205),
      each('eggs-12', 'Free-range medium eggs 12 pack', 345),
      each('double-cream', 'Double cream 300ml', 135),
      each('creme-fraiche', 'Half-fat crème fraîche 300ml', 110),
      each('greek-yoghurt-500', 'Greek-style natural yoghurt 500g', 135),
      each('yog-strawberry', 'Strawberry bio yoghurt 150g', 60),
      each('yog-raspberry', 'Raspberry bio yoghurt 150g', 60),
      each('yog-vanilla', 'Vanilla Greek-style yoghurt 140g', 70),
      each('yog-honey', 'Honey Greek-style yoghurt 140g', 70),
      each('yog-rhubarb', 'West Country rhubarb yoghurt 150g', 75),
      each('yog-lemon-curd', 'Lemon curd yoghurt 150g', 75),
    ],
  },
  {
    id: 'cheese',
    code: '04',
    rows: [
      each('cheddar-mature', 'Mature Cheddar 350g', 299),
      each('cheddar-mild', 'Mild Cheddar 350g', 279),
      each('cheddar-extra-mature', 'Extra mature Cheddar 350g', 325),
      each('red-leicester', 'Red Leicester 350g', 289),
      each('mozzarella', 'Mozzarella 125g', 75),
      each('halloumi', 'Halloumi 225g', 250),
      each('brie', 'Somerset Brie 200g', 199),
      each('feta', 'Greek feta 200g', 210),
      each('cottage-cheese', 'Cottage cheese 300g', 130),
      each('parmigiano', 'Parmigiano Reggiano 200g', 399),
      each('stilton', 'Blue Stilton 220g', 325),
      each('comte', 'Comté 18 months 200g', 425),
      each('cornish-yarg', 'Cornish Yarg 200g', 375),
      each('manchego', 'Manchego 150g', 325),
      weighed('deli-cheddar', 'Deli farmhouse Cheddar', 1290, '00201'),
      weighed('deli-stilton', 'Deli Blue Stilton', 1850, '00202'),
      weighed('deli-brie', 'Deli Brie de Meaux', 1990, '00203'),
    ],
  },
  {
    id: 'meat',
    code: '05',
    rows: [
      each('chicken-breasts', 'British chicken breast fillets 640g', 525, '02001'),
      each('chicken-whole', 'Whole British chicken 1.5kg', 450, '02002'),
      each('chicken-thighs', 'British chicken thighs 1kg', 320, '02003'),
      each('beef-mince-5', 'British beef mince 5% fat 500g', 450, '02004'),
      each('beef-mince-20', 'British beef mince 20% fat 500g', 299, '02005'),
      each('beef-burgers-4', 'Aberdeen Angus beef burgers 4 pack', 350, '02006'),
      each('pork-sausages-8', 'Pork sausages 8 pack', 250, '02007'),
      each('back-bacon', 'Smoked back bacon 300g', 275, '02008'),
      each('pork-chops-4', 'Pork loin chops 4 pack', 400, '02009'),
      each('lamb-leg-steaks', 'Lamb leg steaks 300g', 500, '02010'),
      each('sirloin-steak', 'Sirloin steak 225g', 575, '02011'),
      each('gammon-joint', 'Gammon joint 750g', 450, '02012'),
      each('honey-roast-ham', 'Wafer-thin honey roast ham 125g', 150),
      each('chorizo-slices', 'Chorizo slices 80g', 160),
      weighed('counter-sausages', "Butcher's counter pork sausages", 850, '00301'),
    ],
  },
  {
    id: 'fish',
    code: '06',
    rows: [
      each('salmon-fillets-2', 'Scottish salmon fillets 2 pack 240g', 450, '03001'),
      each('cod-fillets-2', 'Cod fillets 2 pack 260g', 500, '03002'),
      each('king-prawns', 'Cooked king prawns 150g', 300),
      each('smoked-salmon', 'Scottish smoked salmon 100g', 325),
      each('smoked-mackerel', 'Smoked mackerel fillets 200g', 250),
      each('tuna-steaks-2', 'Yellowfin tuna steaks 2 pack', 450, '03003'),
      each('fish-pie-mix', 'Fish pie mix 320g', 400, '03004'),
      each('smoked-haddock', 'Smoked haddock fillets 230g', 400),
      weighed('counter-salmon', 'Fish counter salmon fillet', 1800, '00401'),
      weighed('counter-cod', 'Fish counter cod loin', 2200, '00402'),
    ],
  },
  {
    id: 'ready-meals',
    code: '07',
    rows: [
      each('rm-lasagne', 'Beef lasagne 400g', 325, '04001'),
      each('rm-cottage-pie', 'Cottage pie 400g', 300, '04002'),
      each('rm-tikka-masala', 'Chicken tikka masala & pilau rice 450g', 350, '04003'),
      each('rm-macaroni-cheese', 'Macaroni cheese 400g', 275, '04004'),
      each('rm-fishcakes', 'Salmon fishcakes 2 pack', 300, '04005'),
      each('rm-pepperoni-pizza', 'Fresh pepperoni pizza 10 inch', 350, '04006'),
      each('rm-tomato-soup', 'Fresh tomato & basil soup 600g', 200, '04007'),
      each('rm-mushroom-risotto', 'Mushroom risotto 400g', 325, '04008'),
      each('rm-sweet-sour', 'Sweet & sour chicken with rice 450g', 350, '04009'),
      each('rm-steak-ale-pie', 'Steak & ale pie', 300, '04010'),
      each('rm-chilli', 'Chilli con carne with rice 400g', 325, '04011'),
      each('rm-quiche', 'Quiche Lorraine 400g', 300, '04012'),
    ],
  },
  {
    id: 'frozen',
    code: '08',
    rows: [
      each('frozen-peas', 'Garden peas 1kg', 129),
      each('oven-chips', 'Straight cut oven chips 1.5kg', 210),
      each('fish-fingers-10', 'Cod fish fingers 10 pack', 275),
      each('vanilla-ice-cream', 'Cornish vanilla ice cream 2L', 300),
      each('salted-caramel-ice-cream', 'Salted caramel ice cream 480ml', 475),
      each('frozen-pizza', 'Frozen pepperoni pizza', 185),
      each('frozen-berries', 'Frozen mixed berries 500g', 250),
      each('yorkshire-puddings', 'Yorkshire puddings 12 pack', 110),
      each('roast-potatoes', 'Roast potatoes 1kg', 200),
      each('frozen-sweetcorn', 'Sweetcorn 1kg', 150),
      each('frozen-king-prawns', 'Raw king prawns 250g', 375),
      each('veggie-burgers-4', 'Vegetable burgers 4 pack', 225),
    ],
  },
  {
    // The meal deal's mains.
    id: 'lunch',
    code: '09',
    rows: [
      each('sw-egg-cress', 'Free-range egg & cress sandwich', 200),
      each('sw-cheese-pickle', 'Cheddar & pickle sandwich', 240),
      each('sw-chicken-bacon', 'Chicken & bacon sandwich', 325),
      each('sw-blt', 'BLT sandwich', 300),
      each('sw-prawn-mayo', 'Prawn mayonnaise sandwich', 300),
      each('sw-tuna-sweetcorn', 'Tuna & sweetcorn sandwich', 260),
      each('sw-ham-cheese', 'Ham & cheese sandwich', 260),
      each('wrap-chicken-caesar', 'Chicken Caesar wrap', 325),
      each('wrap-falafel', 'Falafel & houmous wrap', 290),
      each('wrap-sweet-chilli', 'Sweet chilli chicken wrap', 325),
      each('salad-pasta', 'Tomato & basil chicken pasta salad', 300),
      each('salad-caesar', 'Chicken Caesar salad bowl', 350),
      each('salad-grains', 'Superfood grain salad', 325),
      each('sushi-8', 'Sushi selection 8 pieces', 350),
    ],
  },
  {
    // The meal deal's snacks.
    id: 'snacks',
    code: '10',
    rows: [
      each('crisps-sea-salt', 'Sea salt hand-cooked crisps 40g', 110),
      each('crisps-cheese-onion', 'Cheese & onion crisps 45g', 95),
      each('crisps-salt-vinegar', 'Salt & vinegar crisps 45g', 95),
      each('popcorn', 'Sweet & salty popcorn 30g', 100),
      each('choc-bar', 'Milk chocolate bar 45g', 85),
      each('choc-caramel', 'Chocolate caramel bar 51g', 90),
      each('dark-choc-sea-salt', 'Dark chocolate & sea salt bar 35g', 100),
      each('flapjack', 'Oat flapjack', 110),
      each('fruit-pot', 'Mango & pineapple fruit pot 160g', 150),
      each('grapes-pot', 'Red grapes snack pot 80g', 100),
      each('cashews', 'Honey roasted cashews 50g', 125),
      each('protein-bar', 'Chocolate protein bar 60g', 175),
      each('pretzels', 'Salted pretzels 45g', 95),
      { sku: 'spearmint-gum', name: 'Spearmint chewing gum', price: 60, ean8: '5057190' },
    ],
  },
  {
    // The meal deal's drinks; the soft drinks among them are also 2 for £2.00.
    id: 'drinks',
    code: '11',
    rows: [
      each('cola-500', 'Cola 500ml', 155),
      each('cola-zero-500', 'Cola zero sugar 500ml', 155),
      each('lemonade-500', 'Cloudy lemonade 500ml', 130),
      each('sparkling-orange-500', 'Sparkling orange 500ml', 135),
      each('peach-iced-tea-500', 'Peach iced tea 500ml', 140),
      each('elderflower-275', 'Elderflower pressé 275ml', 150),
      each('energy-drink-250', 'Energy drink 250ml', 125),
      each('still-water-500', 'Still spring water 500ml', 85),
      each('sparkling-water-500', 'Sparkling spring water 500ml', 85),
      each('orange-juice-330', 'Smooth orange juice 330ml', 140),
      each('smoothie-250', 'Strawberry & banana smoothie 250ml', 175),
      each('chocolate-milkshake-330', 'Chocolate milkshake 330ml', 150),
      each('iced-latte-250', 'Iced latte 250ml', 180),
    ],
  },
  {
    id: 'cupboard',
    code: '12',
    rows: [
      each('penne', 'Penne pasta 500g', 75),
      each('spaghetti', 'Spaghetti 500g', 70),
      each('basmati-rice', 'Basmati rice 1kg', 199),
      each('chopped-tomatoes', 'Chopped tomatoes 400g', 55),
      each('baked-beans', 'Baked beans in tomato sauce 410g', 65),
      each('tea-80', 'Breakfast tea 80 bags', 250),
      each('instant-coffee', 'Instant coffee 200g', 550),
      each('ground-coffee', 'Colombian ground coffee 227g', 375),
      each('cornflakes', 'Cornflakes 500g', 150),
      each('porridge-oats', 'Porridge oats 1kg', 125),
      each('granola', 'Honey & nut granola 500g', 275),
      each('digestives', 'Digestive biscuits 400g', 95),
      each('chocolate-digestives', 'Milk chocolate digestives 300g', 165),
      each('strawberry-jam', 'Strawberry jam 454g', 130),
      each('peanut-butter', 'Crunchy peanut butter 340g', 180),
      each('olive-oil', 'Extra virgin olive oil 500ml', 575),
    ],
  },
  {
    id: 'household',
    tax: 'S',
    code: '13',
    rows: [
      each('laundry-bio', 'Bio laundry liquid 38 washes', 650),
      each('laundry-non-bio', 'Non-bio laundry liquid 38 washes', 650),
      each('washing-up-liquid', 'Lemon washing-up liquid 450ml', 125),
      each('dishwasher-tablets', 'All-in-one dishwasher tablets 30 pack', 450),
      each('fabric-conditioner', 'Fabric conditioner 40 washes', 250),
      each('toilet-roll-9', 'Quilted toilet tissue 9 rolls', 450),
      each('kitchen-roll-2', 'Kitchen roll 2 pack', 200),
      each('bin-liners', 'Pedal bin liners 40 pack', 150),
      each('surface-spray', 'Antibacterial surface spray 500ml', 150),
      each('thick-bleach', 'Thick bleach 750ml', 75),
      each('scourer-sponges', 'Scourer sponges 10 pack', 95),
      each('kitchen-foil', 'Kitchen foil 10m', 150),
      each('hand-wash', 'Handwash 250ml', 100),
      each('aa-batteries', 'AA batteries 4 pack', 300),
      each('smokeless-fuel-10kg', 'Smokeless fuel 10kg', 950),
    ],
  },
  {
    id: 'wine',
    tax: 'S',
    code: '14',
    ageRestricted: ADULTS_ONLY,
    rows: [
      each('wine-house-red', 'House red 75cl', 500),
      each('wine-merlot', 'Chilean Merlot 75cl', 600),
      each('wine-pinot-grigio', 'Pinot Grigio 75cl', 650),
      each('wine-shiraz', 'Australian Shiraz 75cl', 675),
      each('wine-chardonnay', 'Australian Chardonnay 75cl', 700),
      each('wine-prosecco', 'Prosecco 75cl', 750),
      each('wine-picpoul', 'Picpoul de Pinet 75cl', 800),
      each('wine-sauvignon', 'Marlborough Sauvignon Blanc 75cl', 850),
      each('wine-malbec', 'Argentinian Malbec 75cl', 850),
      each('wine-rose', 'Provence rosé 75cl', 950),
      each('wine-rioja-reserva', 'Rioja Reserva 75cl', 1000),
      each('wine-chianti', 'Chianti Classico 75cl', 1100),
    ],
  },
  {
    id: 'beer-cider',
    tax: 'S',
    code: '15',
    ageRestricted: ADULTS_ONLY,
    ageExempt: ['alcohol-free-lager-4'],
    rows: [
      each('lager-4', 'Premium lager 4 x 440ml', 500),
      each('ipa-4', 'IPA 4 x 330ml', 550),
      each('stout-4', 'Irish stout 4 x 440ml', 525),
      each('cider-4', 'Apple cider 4 x 440ml', 475),
      each('alcohol-free-lager-4', 'Alcohol-free lager 4 x 330ml', 375),
      each('golden-ale-500', 'Golden ale 500ml', 225),
      each('somerset-cider-500', 'Somerset cider 500ml', 200),
      each('london-dry-gin', 'London dry gin 70cl', 1600),
    ],
  },
];

// ---------------------------------------------------------------------------------------------
// Offers
// ---------------------------------------------------------------------------------------------

const SOFT_DRINKS = [
  'cola-500',
  'cola-zero-500',
  'lemonade-500',
  'sparkling-orange-500',
  'peach-iced-tea-500',
  'elderflower-275',
  'energy-drink-250',
];

const SINGLE_YOGHURTS = ['yog-strawberry', 'yog-raspberry', 'yog-vanilla', 'yog-honey', 'yog-rhubarb', 'yog-lemon-curd'];

/** The weighed deli Stilton is one of them: a weighed line takes a percent-off as one unit. */
const PREMIUM_CHEESES = ['parmigiano', 'stilton', 'comte', 'cornish-yarg', 'manchego', 'deli-stilton'];

const FOUR_PACKS = ['lager-4', 'ipa-4', 'stout-4', 'cider-4', 'alcohol-free-lager-4'];

/**
 * Priorities order the first-come strategy only (the default strategy finds the customer's lowest
 * total whatever they say): the meal deal before the drinks multi-buy, premium cheese's percent-off
 * before the cheese 3 for 2, so the two strategies visibly differ on the demo's cheese basket.
 */
const OFFERS: readonly DemoOffer[] = [
  {
    id: 'meal-deal',
    kind: 'bundle',
    label: 'Meal deal: main, snack & drink £3.50',
    slots: [{ categories: ['lunch'] }, { categories: ['snacks'] }, { categories: ['drinks'] }],
    price: 350,
    priority: 10,
  },
  {
    id: 'soft-drinks-2-for-200',
    kind: 'multi-buy',
    label: 'Soft drinks 2 for £2.00',
    products: SOFT_DRINKS,
    quantity: 2,
    price: 200,
    priority: 20,
  },
  {
    id: 'premium-cheese-25',
    kind: 'percent-off',
    label: '25% off premium cheese',
    products: PREMIUM_CHEESES,
    percent: 25,
    priority: 30,
  },
  {
    id: 'cheese-3-for-2',
    kind: 'cheapest-free',
    label: 'Cheese 3 for 2: cheapest free',
    categories: ['cheese'],
    buy: 3,
    free: 1,
    priority: 40,
  },
  {
    id: 'yoghurts-3-for-150',
    kind: 'multi-buy',
    label: 'Any 3 yoghurt pots for £1.50',
    products: SINGLE_YOGHURTS,
    quantity: 3,
    price: 150,
    validFrom: '2026-01-01',
    validUntil: '2027-12-31',
  },
  {
    id: 'burgers-and-buns',
    kind: 'bundle',
    label: 'Burgers + brioche buns £4.00',
    slots: [{ products: ['beef-burgers-4'] }, { products: ['burger-buns-4'] }],
    price: 400,
  },
  {
    id: 'ready-meals-2-for-500',
    kind: 'multi-buy',
    label: 'Any 2 ready meals for £5.00',
    categories: ['ready-meals'],
    quantity: 2,
    price: 500,
  },
  {
    id: 'laundry-100-off',
    kind: 'amount-off',
    label: '£1.00 off laundry liquid',
    products: ['laundry-bio', 'laundry-non-bio'],
    amount: 100,
  },
  {
    id: 'strawberries-half-price',
    kind: 'percent-off',
    label: 'Half price strawberries (limit 2)',
    products: ['strawberries-400'],
    percent: 50,
    limit: 2,
  },
  {
    id: 'selected-wines-25',
    kind: 'percent-off',
    label: '25% off selected wines',
    products: ['wine-sauvignon', 'wine-malbec', 'wine-rioja-reserva'],
    percent: 25,
  },
  {
    id: 'any-6-wines-4000',
    kind: 'multi-buy',
    label: 'Any 6 wines for £40.00',
    categories: ['wine'],
    quantity: 6,
    price: 4000,
  },
  {
    id: 'four-packs-2-for-900',
    kind: 'multi-buy',
    label: 'Any 2 beer or cider 4 packs for £9.00',
    products: FOUR_PACKS,
    quantity: 2,
    price: 900,
  },
  {
    // Expired: shows that dates work. Priced on any date after Easter 2025 it does nothing.
    id: 'easter-2025-hot-cross-buns',
    kind: 'multi-buy',
    label: 'Easter: hot cross buns 2 for £2.00',
    products: ['hot-cross-buns-4'],
    quantity: 2,
    price: 200,
    validFrom: '2025-03-31',
    validUntil: '2025-04-21',
  },
  {
    id: 'household-spend-15',
    kind: 'spend-threshold',
    label: '10% off household when you spend £15.00 on household',
    categories: ['household'],
    threshold: 1500,
    percent: 10,
    basis: 'full-price-only',
  },
  {
    id: 'spend-40-save-5',
    kind: 'spend-threshold',
    label: '£5.00 off when you spend £40.00',
    threshold: 4000,
    amount: 500,
    basis: 'after-offers',
  },
];

// ---------------------------------------------------------------------------------------------
// VAT (UK rules, simplified): most food is zero rated (the book's default, `Z`); confectionery,
// crisps and salted nuts, soft drinks, juices and bottled water, alcohol and household goods are
// standard rated (`S`, 20%); domestic fuel is reduced rate (`R`, 5%). Prices include VAT.
// ---------------------------------------------------------------------------------------------

const TAX_RATES: readonly DemoTaxRate[] = [
  { code: 'S', percent: 20, label: 'VAT 20%' },
  { code: 'R', percent: 5, label: 'VAT 5%' },
  { code: 'Z', percent: 0, label: 'Zero rated' },
];

/** Products of zero-rated categories that are not zero rated themselves. */
const TAX_OF_SKU: Readonly<Record<string, 'S' | 'R'>> = {
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

// ---------------------------------------------------------------------------------------------
// Building and writing the book
// ---------------------------------------------------------------------------------------------

const withCheckDigit = (body: string): string => `${body}${computeCheckDigit(body)}`;

/** The EAN-13 of the `position`-th (from 1) product of a category: `50 5719 CC 0 NNN C`. */
const productGtin = (categoryCode: string, position: number): string =>
  withCheckDigit(`505719${categoryCode}0${String(position).padStart(3, '0')}`);

/** A base code: a restricted-range code with value 00000, found by labels with the same item reference. */
const baseCode = (prefix: '20' | '21', itemReference: string): string => withCheckDigit(`${prefix}${itemReference}00000`);

/** Every product shows its category's picture: one small SVG per category in `public/images/`. */
const categoryImage = (category: Category): string => `/images/${category.id}.svg`;

function toProduct(category: Category, row: Row, position: number): DemoProduct {
  const { sku, name, price } = row;
  const code = TAX_OF_SKU[sku] ?? category.tax;
  const tax = code === undefined ? {} : { tax: code };
  if (row.scale !== undefined) {
    return { sku, name, price, unit: 'kg', barcodes: [baseCode('21', row.scale)], category: category.id, image: categoryImage(category), ...tax };
  }
  const gtin = row.ean8 !== undefined ? withCheckDigit(row.ean8) : productGtin(category.code, position);
  const barcodes = row.label !== undefined ? [gtin, baseCode('20', row.label)] : [gtin];
  const age = category.ageExempt?.includes(sku) === true ? undefined : category.ageRestricted;
  return { sku, name, price, barcodes, category: category.id, image: categoryImage(category), ...(age === undefined ? {} : { ageRestricted: age }), ...tax };
}

/** The demo book, built from the literals above. */
export function makeDemoBook(): DemoBook {
  return {
    id: 'demo',
    name: 'Hollybush Market',
    version: 1,
    currency: 'GBP',
    legal: { name: 'Hollybush Market Ltd', address: ['14 Hollybush Lane', 'Leeds LS6 3AB'], vatNumber: 'GB 000 0000 00' },
    taxRates: TAX_RATES,
    defaultTax: 'Z',
    products: CATEGORIES.flatMap((category) => category.rows.map((row, i) => toProduct(category, row, i + 1))),
    offers: OFFERS,
  };
}

/** JSON on one line with a space inside braces and after commas, like the hand-written books. */
function inline(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(inline).join(', ')}]`;
  if (typeof value === 'object' && value !== null) {
    const fields = Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}: ${inline(v)}`);
    return `{ ${fields.join(', ')} }`;
  }
  return JSON.stringify(value);
}

/** The book's file text: top-level fields on their own lines, one product or offer per line. */
export function renderDemoBook(book: DemoBook = makeDemoBook()): string {
  const list = (items: readonly unknown[]) => `[\n${items.map((item) => `    ${inline(item)}`).join(',\n')}\n  ]`;
  const fields = [
    `  "id": ${inline(book.id)}`,
    `  "name": ${inline(book.name)}`,
    `  "version": ${inline(book.version)}`,
    `  "currency": ${inline(book.currency)}`,
    `  "legal": ${inline(book.legal)}`,
    `  "taxRates": ${list(book.taxRates)}`,
    `  "defaultTax": ${inline(book.defaultTax)}`,
    `  "products": ${list(book.products)}`,
    `  "offers": ${list(book.offers)}`,
  ];
  return `{\n${fields.join(',\n')}\n}\n`;
}

/** Where the book is written, relative to this script (never an absolute path in the repository). */
export const DEMO_BOOK_URL = new URL('../public/books/demo.json', import.meta.url);

const runDirectly = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (runDirectly) {
  const book = makeDemoBook();
  writeFileSync(DEMO_BOOK_URL, renderDemoBook(book));
  console.log(`Wrote ${book.products.length} products and ${book.offers.length} offers to public/books/demo.json`);
}
