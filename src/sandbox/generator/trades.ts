/**
 * What each kind of BokaMera company sells, with Swedish VAT as it applies: hair, beauty and massage
 * 25 %, sports and training 6 %, food 12 %, health care exempt (0 %). Prices are whole kronor incl. VAT.
 */

export interface Article {
  name: string;
  reference: string;
  price: number;
  taxRate: number;
  /** How many one order may hold; group classes and products more than one. */
  maxQuantity: number;
}

export interface Trade {
  companyNames: readonly string[];
  services: readonly Article[];
  products: readonly Article[];
  bookingFee: Article | null;
  colorScheme: 'white' | 'gray' | 'blue';
  requestPhone: boolean;
}

const article = (name: string, reference: string, price: number, taxRate: number, maxQuantity = 1): Article => ({
  name,
  reference,
  price,
  taxRate,
  maxQuantity,
});

export const TRADES: readonly Trade[] = [
  {
    companyNames: ['Salong Klippoteket', 'Frisörstudion Saxen', 'Hårateljén Lock & Sax'],
    services: [
      article('Klippning dam', 'FRI-101', 650, 0.25),
      article('Klippning herr', 'FRI-102', 450, 0.25),
      article('Färgning och klippning', 'FRI-110', 1450, 0.25),
      article('Slingor halvt huvud', 'FRI-111', 1250, 0.25),
      article('Barnklippning', 'FRI-103', 300, 0.25),
      article('Skäggtrimning', 'FRI-120', 250, 0.25),
      article('Permanent', 'FRI-130', 1650, 0.25),
      article('Brudfrisyr med provuppsättning', 'FRI-140', 1800, 0.25),
    ],
    products: [
      article('Schampo Repair 250 ml', 'PRD-2001', 219, 0.25, 2),
      article('Hårinpackning 200 ml', 'PRD-2002', 279, 0.25, 2),
      article('Värmeskyddsspray 150 ml', 'PRD-2003', 199, 0.25, 2),
    ],
    bookingFee: article('Bokningsavgift', 'AVG-1', 25, 0.25),
    colorScheme: 'white',
    requestPhone: true,
  },
  {
    companyNames: ['Yogastudion Andrum', 'Yogaloftet', 'Studio Prana Yoga'],
    services: [
      article('Drop-in hathayoga 60 min', 'YOG-10', 180, 0.06, 2),
      article('Yinyoga 75 min', 'YOG-11', 200, 0.06, 2),
      article('Klippkort 10 klasser', 'YOG-20', 1500, 0.06),
      article('Månadskort obegränsat', 'YOG-21', 895, 0.06),
      article('Nybörjarkurs 6 veckor', 'YOG-30', 1350, 0.06, 2),
      article('Privatlektion 60 min', 'YOG-40', 850, 0.06),
      article('Yogaretreat heldag', 'YOG-50', 1950, 0.06, 2),
    ],
    products: [
      article('Vegetarisk lunch', 'MAT-1', 145, 0.12, 2),
      article('Yogamatta naturgummi', 'PRD-310', 595, 0.25),
      article('Yogablock kork', 'PRD-311', 199, 0.25, 2),
    ],
    bookingFee: null,
    colorScheme: 'gray',
    requestPhone: false,
  },
  {
    companyNames: ['Massageklinik Välmående', 'Kroppsklinik Balans', 'Massagehuset Lugn'],
    services: [
      article('Klassisk massage 50 min', 'MAS-50', 695, 0.25),
      article('Klassisk massage 80 min', 'MAS-80', 995, 0.25),
      article('Idrottsmassage 50 min', 'MAS-51', 745, 0.25),
      article('Gravidmassage 50 min', 'MAS-52', 745, 0.25),
      article('Koppning 30 min', 'MAS-30', 495, 0.25),
      article('Hot stone 75 min', 'MAS-75', 1095, 0.25),
      article('Friskvårdskort 5 behandlingar', 'MAS-K5', 3250, 0.25),
    ],
    products: [article('Massageolja 100 ml', 'PRD-410', 189, 0.25, 2)],
    bookingFee: article('Bokningsavgift', 'AVG-2', 20, 0.25),
    colorScheme: 'blue',
    requestPhone: true,
  },
  {
    companyNames: ['Fysiokliniken Rörelse', 'Naprapathuset'],
    services: [
      article('Nybesök naprapat 60 min', 'VRD-1', 895, 0),
      article('Återbesök 45 min', 'VRD-2', 745, 0),
      article('Rehabträning i grupp', 'VRD-3', 200, 0),
      article('Akupunktur 30 min', 'VRD-4', 550, 0),
    ],
    products: [article('Träningsband set', 'PRD-510', 249, 0.25)],
    bookingFee: null,
    colorScheme: 'white',
    requestPhone: true,
  },
  {
    companyNames: ['Nagelstudion Glans', 'Naglar & Co'],
    services: [
      article('Gellack händer', 'NAG-1', 495, 0.25),
      article('Nagelförlängning', 'NAG-2', 795, 0.25),
      article('Manikyr', 'NAG-3', 550, 0.25),
      article('Pedikyr', 'NAG-4', 650, 0.25),
    ],
    products: [article('Nagelbandsolja', 'PRD-610', 129, 0.25, 2)],
    bookingFee: article('Bokningsavgift', 'AVG-3', 15, 0.25),
    colorScheme: 'gray',
    requestPhone: true,
  },
  {
    companyNames: ['Padelhallen Smash', 'Racketcenter Nord'],
    services: [
      article('Banhyra padel 60 min', 'PAD-60', 480, 0.06),
      article('Banhyra padel 90 min', 'PAD-90', 680, 0.06),
      article('Padelträning i grupp', 'PAD-TR', 250, 0.06, 4),
    ],
    products: [article('Padelbollar 3-pack', 'PRD-710', 99, 0.25, 2)],
    bookingFee: article('Bokningsavgift', 'AVG-4', 10, 0.06),
    colorScheme: 'blue',
    requestPhone: false,
  },
];

/** Discount codes a customer may enter, each worth a share of the order's main service. */
export const DISCOUNT_CODES = [
  { name: 'Rabattkod VÄLKOMMEN', reference: 'RAB-VALKOMMEN', share: 0.1 },
  { name: 'Rabattkod STUDENT', reference: 'RAB-STUDENT', share: 0.15 },
  { name: 'Kampanjkod HÖST', reference: 'RAB-HOST', share: 0.2 },
] as const;

/** The discountRate a campaign price sets on an item. */
export const CAMPAIGN_DISCOUNT_RATES = [0.1, 0.15, 0.2, 0.25] as const;
