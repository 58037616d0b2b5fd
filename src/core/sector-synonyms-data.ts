// Everyday names of trades, in Italian and English, and the ATECO words they lead to.
//
// People describe their firm as "an albergo", "a software house", "creams for the face"; ATECO
// titles say "Alberghi e strutture simili", "Produzione di software non connesso all'edizione",
// "Fabbricazione di profumi e cosmetici". The sector search reads this table (see
// sector-synonyms.ts) so that the everyday words find the official entries.
//
// Each entry:
// - `say`: what people type, one phrase each, lower case without accents. A phrase matches when
//   each of its words is among the words typed (in any order, others may be around it), a word
//   of 5 letters or more also with one typo. Write "e" and "and" only where people type them;
//   no phrase of single letters ("b&b" would be named by a lone "b"). Singular and plural are both listed where they differ
//   by more than one letter.
// - `find`: what to look for in the ATECO titles and descriptions instead, each a search of its
//   own (its words are ANDed prefixes, as in the picker), best first. Words are taken from the
//   titles of ATECO 2007 (2022 update) and ATECO 2025, so that either version is found where the
//   two word the title differently (software: "produzione software" in 2007, "programmazione
//   informatica" in 2025). A test checks that every `find` finds at least one entry.
//
// Built from the ATECO titles and common usage (trade names, shop signs, how consultants and
// firms describe themselves); add entries freely, keeping one trade per entry.

export interface SectorSynonym {
  say: readonly string[];
  find: readonly string[];
}

export const SECTOR_SYNONYMS: readonly SectorSynonym[] = [
  // 20.42, and the shops selling cosmetics (47.75).
  {
    say: [
      'creme',
      'crema',
      'crema viso',
      'cosmesi',
      'cosmetica',
      'cosmetico',
      'cosmetic',
      'cosmetics',
      'skin care',
      'skincare',
      'make up',
      'makeup',
      'trucchi',
      'trucco',
      'beauty',
      'profumeria',
      'perfume',
    ],
    find: ['profumi cosmetici', 'toilet preparations', 'dettaglio cosmetici'],
  },
  // 62.01 (2007) and 62.10 (2025); software publishing (58.29).
  {
    say: [
      'software',
      'software gestionale',
      'gestionale',
      'gestionali',
      'software house',
      'sviluppo software',
      'software development',
      'programmatore',
      'programmazione',
      'developer',
      'app',
      'applicazioni',
      'web agency',
      'siti web',
      'sito web',
      'website',
    ],
    find: ['produzione software', 'programmazione informatica', 'edizione software'],
  },
  {
    say: [
      'consulenza informatica',
      'it consulting',
      'sistemista',
      'assistenza informatica',
      'informatica',
      'cloud',
      'hosting',
    ],
    find: ['consulenza informatica', 'hosting'],
  },
  // 55.10 in both versions.
  {
    say: ['albergo', 'alberghi', 'hotel', 'alberghiero', 'resort', 'motel'],
    find: ['alberghi'],
  },
  {
    say: [
      'bed and breakfast',
      'bnb',
      'affittacamere',
      'casa vacanze',
      'case vacanze',
      'ostello',
      'hostel',
      'holiday home',
    ],
    find: ['affittacamere', 'alloggi vacanze', 'ostelli'],
  },
  { say: ['agriturismo', 'agriturismi', 'farm stay'], find: ['alloggio aziende agricole'] },
  { say: ['campeggio', 'camping', 'campsite'], find: ['campeggi'] },
  {
    say: ['ristorante', 'ristoranti', 'trattoria', 'osteria', 'pizzeria', 'restaurant', 'sushi'],
    find: ['ristorazione', 'ristoranti'],
  },
  {
    say: ['catering', 'mensa', 'mense', 'banqueting'],
    find: ['catering', 'mense'],
  },
  {
    say: ['bar', 'caffetteria', 'caffe', 'cafe', 'pub', 'enoteca', 'wine bar'],
    find: ['bar esercizi'],
  },
  // 25.62 (2007) / 25.53 (2025) machining, 33.12 repair of machinery, 45.20 (2007) / 95.31
  // (2025) repair of motor vehicles: an "officina meccanica" is any of them.
  {
    say: [
      'officina meccanica',
      'officina',
      'officine meccaniche',
      'meccanica',
      'meccanico',
      'tornitura',
      'fresatura',
      'torneria',
      'machine shop',
      'machining',
      'mechanical workshop',
      'lavorazioni meccaniche',
    ],
    find: ['meccanica generale', 'riparazione macchinari', 'riparazione autoveicoli'],
  },
  {
    say: [
      'autofficina',
      'car repair',
      'garage',
      'elettrauto',
      'gommista',
      'pneumatici',
      'tyres',
      'carrozzeria',
      'carrozziere',
      'body shop',
    ],
    find: ['riparazione autoveicoli', 'carrozzerie', 'pneumatici'],
  },
  {
    say: ['concessionaria', 'autosalone', 'car dealer', 'auto usate'],
    find: ['commercio autoveicoli'],
  },
  {
    say: ['panificio', 'panetteria', 'fornaio', 'forno', 'bakery', 'pane'],
    find: ['produzione pane'],
  },
  {
    say: ['pasticceria', 'pasticcere', 'pastry', 'dolci', 'cake shop'],
    find: ['pasticceria'],
  },
  { say: ['gelateria', 'gelato', 'gelati', 'ice cream'], find: ['gelati'] },
  {
    say: ['pastificio', 'pasta fresca', 'pasta'],
    find: ['paste alimentari'],
  },
  {
    say: ['cantina', 'vino', 'vini', 'winery', 'wine', 'vitivinicola'],
    find: ['vini', 'uve'],
  },
  { say: ['birrificio', 'birra', 'brewery', 'beer', 'craft beer'], find: ['birra'] },
  {
    say: ['caseificio', 'formaggi', 'formaggio', 'latteria', 'dairy', 'cheese'],
    find: ['lattiero', 'formaggi'],
  },
  {
    say: ['macelleria', 'macellaio', 'butcher', 'salumificio', 'salumi'],
    find: ['carni', 'salumi'],
  },
  {
    say: [
      'impresa edile',
      'edilizia',
      'edile',
      'costruzioni',
      'muratore',
      'builder',
      'construction',
    ],
    find: ['costruzione edifici', 'lavori edili'],
  },
  {
    say: ['elettricista', 'impianti elettrici', 'electrician', 'electrical installer'],
    find: ['impianti elettrici'],
  },
  {
    say: ['idraulico', 'idraulica', 'termoidraulica', 'plumber', 'plumbing', 'caldaie'],
    find: ['impianti idraulici'],
  },
  {
    say: ['imbianchino', 'tinteggiatura', 'pittore edile', 'painter', 'decoratore'],
    find: ['tinteggiatura'],
  },
  {
    say: ['falegname', 'falegnameria', 'carpenter', 'joinery', 'serramenti legno'],
    find: ['carpenteria legno', 'falegnameria'],
  },
  {
    say: ['mobilificio', 'mobili', 'arredamento', 'furniture', 'cucine'],
    find: ['fabbricazione mobili'],
  },
  {
    say: ['fabbro', 'carpenteria metallica', 'blacksmith', 'strutture metalliche', 'serramenti'],
    find: ['strutture metalliche', 'porte finestre metallo'],
  },
  {
    say: ['sartoria', 'sarto', 'abbigliamento', 'moda', 'fashion', 'tailor', 'clothing', 'vestiti'],
    find: ['confezione abbigliamento'],
  },
  {
    say: ['negozio abbigliamento', 'boutique', 'clothes shop', 'clothing store'],
    find: ['dettaglio abbigliamento'],
  },
  {
    say: ['calzaturificio', 'scarpe', 'calzature', 'shoes', 'footwear'],
    find: ['calzature'],
  },
  {
    say: ['tessile', 'tessitura', 'filatura', 'textile', 'textiles'],
    find: ['tessitura', 'filatura'],
  },
  {
    say: ['tipografia', 'stamperia', 'printing', 'printer', 'stampa digitale'],
    find: ['stampa'],
  },
  {
    say: ['alimentari', 'supermercato', 'minimarket', 'grocery', 'supermarket', 'drogheria'],
    find: ['supermercati', 'dettaglio prodotti alimentari'],
  },
  { say: ['farmacia', 'pharmacy', 'parafarmacia'], find: ['dettaglio farmaceutici'] },
  {
    say: [
      'ecommerce',
      'e commerce',
      'negozio online',
      'vendita online',
      'online shop',
      'shop online',
    ],
    find: ['internet'],
  },
  {
    say: ['autotrasporto', 'autotrasportatore', 'trasporti', 'camion', 'trucking', 'haulage'],
    find: ['trasporto merci strada'],
  },
  {
    say: [
      'logistica',
      'logistics',
      'magazzino',
      'warehouse',
      'spedizioniere',
      'corriere',
      'courier',
    ],
    find: ['magazzinaggio', 'spedizione', 'corriere'],
  },
  { say: ['taxi', 'noleggio con conducente', 'ncc'], find: ['taxi'] },
  {
    say: [
      'commercialista',
      'ragioniere',
      'contabilita',
      'accountant',
      'bookkeeping',
      'consulente fiscale',
      'tax advisor',
      'paghe',
    ],
    find: ['contabilita', 'consulenza fiscale'],
  },
  {
    say: ['avvocato', 'studio legale', 'lawyer', 'notaio', 'law firm'],
    find: ['attivita legali', 'studi legali'],
  },
  {
    say: ['architetto', 'studio architettura', 'architect'],
    find: ['architettura'],
  },
  {
    say: ['ingegnere', 'studio tecnico', 'geometra', 'engineer', 'engineering'],
    find: ['ingegneria'],
  },
  {
    say: ['pubblicita', 'agenzia pubblicitaria', 'marketing', 'advertising', 'comunicazione'],
    find: ['pubblicita', 'agenzie pubblicitarie', 'ricerche mercato'],
  },
  {
    say: ['grafico', 'grafica', 'graphic design', 'designer', 'design'],
    find: ['design', 'progettazione grafica'],
  },
  {
    say: ['fotografo', 'fotografia', 'studio fotografico', 'photographer', 'photography'],
    find: ['fotografiche'],
  },
  {
    say: ['dentista', 'studio dentistico', 'odontoiatra', 'dentist', 'dental'],
    find: ['odontoiatriche'],
  },
  {
    say: ['medico', 'poliambulatorio', 'ambulatorio', 'clinica', 'doctor', 'clinic'],
    find: ['medicina', 'studi medici'],
  },
  {
    say: ['fisioterapista', 'fisioterapia', 'physiotherapy', 'physiotherapist'],
    find: ['fisioterapia'],
  },
  {
    say: ['parrucchiere', 'parrucchiera', 'barbiere', 'hairdresser', 'barber', 'acconciature'],
    find: ['parrucchieri'],
  },
  {
    say: ['estetista', 'centro estetico', 'beauty salon', 'nail', 'unghie', 'day spa'],
    find: ['trattamenti estetici', 'istituti bellezza'],
  },
  { say: ['palestra', 'gym', 'fitness', 'piscina'], find: ['palestre', 'fitness'] },
  {
    say: ['impresa di pulizie', 'pulizie', 'cleaning', 'sanificazione'],
    find: ['pulizia'],
  },
  {
    say: ['agenzia viaggi', 'travel agency', 'tour operator', 'viaggi'],
    find: ['agenzie viaggio', 'tour operator'],
  },
  {
    say: ['agenzia immobiliare', 'immobiliare', 'real estate', 'estate agent'],
    find: ['mediazione immobiliare', 'intermediazione immobiliari'],
  },
  { say: ['lavanderia', 'tintoria', 'laundry', 'dry cleaning'], find: ['lavanderia'] },
  { say: ['fiorista', 'fioraio', 'florist', 'fiori'], find: ['dettaglio fiori'] },
  {
    say: ['gioielleria', 'orafo', 'gioielli', 'jeweller', 'jewellery', 'jewelry'],
    find: ['gioielleria'],
  },
  {
    say: ['azienda agricola', 'agricoltura', 'fattoria', 'farm', 'farming', 'agricoltore'],
    find: ['coltivazione', 'allevamento'],
  },
  {
    say: ['stampaggio plastica', 'plastica', 'plastic', 'plastics', 'materie plastiche'],
    find: ['materie plastiche'],
  },
  {
    say: ['elettronica', 'electronics', 'schede elettroniche', 'pcb'],
    find: ['componenti elettronici', 'schede elettroniche'],
  },
  {
    say: ['costruzione macchine', 'macchinari', 'machinery', 'automazione', 'automation'],
    find: ['fabbricazione macchine'],
  },
  {
    say: ['call center', 'contact center', 'customer service'],
    find: ['call center'],
  },
  {
    say: ['formazione', 'corsi', 'training', 'scuola', 'school', 'academy'],
    find: ['istruzione', 'formazione'],
  },
  {
    say: ['asilo nido', 'nido', 'nursery', 'kindergarten', 'scuola materna'],
    find: ['asili nido', 'istruzione prescolastica'],
  },
  {
    say: ['fotovoltaico', 'pannelli solari', 'solar', 'solar panels', 'energia solare'],
    find: ['energia elettrica', 'impianti elettrici'],
  },
  {
    say: ['ricerca e sviluppo', 'ricerca sviluppo', 'research and development'],
    find: ['ricerca sviluppo'],
  },
];
