import type { DemoOffer } from './demo-book-types';

// The demo book's offers, of every kind, overlapping the way real ones do.

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
export const OFFERS: readonly DemoOffer[] = [
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
