/** Swedish cities with the three-digit postal code areas they use, and common street names. */

export interface City {
  name: string;
  postalAreas: readonly [first: number, last: number];
}

export const CITIES: readonly City[] = [
  { name: 'Stockholm', postalAreas: [111, 129] },
  { name: 'Göteborg', postalAreas: [411, 426] },
  { name: 'Malmö', postalAreas: [211, 218] },
  { name: 'Uppsala', postalAreas: [751, 757] },
  { name: 'Västerås', postalAreas: [721, 725] },
  { name: 'Örebro', postalAreas: [702, 705] },
  { name: 'Linköping', postalAreas: [582, 589] },
  { name: 'Helsingborg', postalAreas: [252, 256] },
  { name: 'Jönköping', postalAreas: [553, 556] },
  { name: 'Norrköping', postalAreas: [602, 603] },
  { name: 'Lund', postalAreas: [222, 227] },
  { name: 'Umeå', postalAreas: [903, 907] },
  { name: 'Gävle', postalAreas: [802, 806] },
  { name: 'Borås', postalAreas: [503, 507] },
  { name: 'Sundsvall', postalAreas: [852, 857] },
  { name: 'Karlstad', postalAreas: [652, 656] },
  { name: 'Växjö', postalAreas: [352, 355] },
  { name: 'Halmstad', postalAreas: [302, 305] },
  { name: 'Luleå', postalAreas: [972, 975] },
  { name: 'Visby', postalAreas: [621, 624] },
];

export const STREETS = [
  'Storgatan', 'Drottninggatan', 'Kungsgatan', 'Vasagatan', 'Sveavägen', 'Hamngatan', 'Järnvägsgatan',
  'Skolgatan', 'Kyrkogatan', 'Parkvägen', 'Björkvägen', 'Ekvägen', 'Tallvägen', 'Granvägen', 'Lärkvägen',
  'Rosenvägen', 'Solvägen', 'Ängsvägen', 'Idrottsvägen', 'Industrigatan', 'Östra Långgatan', 'Västra vägen',
  'Norra Strandgatan', 'Södra Allén', 'Bangårdsgatan', 'Linnégatan', 'Odengatan', 'Götgatan',
  'Tegnérgatan', 'Fabriksgatan', 'Trädgårdsgatan', 'Klostergatan', 'Nygatan', 'Prästgårdsvägen',
] as const;
