import type { ErrorCode } from '../errors.js';
import type { SourceFailure } from '../core/update-failures.js';
import { SME_CEILINGS } from '../core/size.js';
import type {
  AidForm,
  AreaKind,
  ConditionKind,
  LegalForm,
  RequiredStatus,
  RestrictedApplicant,
  Size,
  SizeBasis,
  SpecialStatus,
  Status,
} from '../core/types.js';
import type { AtecoLevel } from '../core/ateco.js';
import type { AtecoReading } from '../core/reason-codes.js';
import { ITALIAN_FORMATS } from './formats.js';
import type { Messages, ShowField } from './messages.js';

// "nella divisione 62": the article goes with the level's name.
const LEVEL_NAMES: Record<AtecoLevel, string> = {
  section: 'nella sezione',
  division: 'nella divisione',
  group: 'nel gruppo',
  class: 'nella classe',
  category: 'nella categoria',
  subcategory: 'nella sottocategoria',
};
// `!01.61` in a rule list reads as an exception to the exclusion before it.
const atecoRules = (rules: readonly string[]) =>
  rules
    .map((r) => (r.startsWith('!') ? `tranne ${r.slice(1)}` : r))
    .join(', ')
    .replace(/, tranne/g, ' tranne');
/** Why a write failed, and what to do, by the system's error code. */
const WRITE_CAUSES: Readonly<Record<string, readonly [string, string]>> = {
  ENOSPC: ['il disco è pieno', 'libera spazio, o scrivi su un altro disco'],
  EDQUOT: ['la quota del disco è esaurita', 'libera spazio, o scrivi su un altro disco'],
  EFBIG: ['il file è troppo grande per il suo file system', 'scrivi su un altro disco'],
  EISDIR: ['è una cartella', 'indica un nome di file, non una cartella'],
  EACCES: ['permesso negato', 'scegli un posto dove puoi scrivere, o cambia i permessi'],
  EPERM: ['permesso negato', 'scegli un posto dove puoi scrivere, o cambia i permessi'],
  EROFS: ['il file system è di sola lettura', 'scrivi in una cartella su un disco scrivibile'],
  ENOENT: ['la sua cartella non esiste', 'crea prima la cartella'],
  ENOTDIR: ['una parte del percorso non è una cartella', 'controlla il percorso'],
  ELOOP: ['troppi collegamenti simbolici', 'controlla dove punta il collegamento'],
  EIO: ['errore di input/output', 'controlla il disco'],
  EPIPE: ['chi leggeva ha chiuso', 'controlla il comando che riceve l’output'],
};

const KIND_WORDS: Readonly<Record<string, string>> = {
  folder: 'una cartella',
  'block-device': 'un dispositivo a blocchi',
  socket: 'un socket',
  other: 'un file speciale',
};

const SIZE_NAMES: Record<Size, string> = {
  micro: 'micro',
  small: 'piccola',
  medium: 'media',
  large: 'grande',
};
const AID_NAMES: Record<AidForm, string> = {
  grant: 'contributo',
  loan: 'prestito',
  guarantee: 'garanzia',
  equity: 'equity',
  other: 'altro',
};
const STATUS_NAMES: Record<Status, string> = {
  open: 'aperto',
  upcoming: 'in arrivo',
  closed: 'chiuso',
  unknown: 'ignoto',
  withdrawn: 'ritirato',
};
const KEY_ACTIONS: Record<string, string> = {
  navigate: 'scorri',
  select: 'scegli',
  all: 'tutte',
  invert: 'inverti',
  submit: 'conferma',
};
const list = (items: readonly string[]) => items.join(', ');
// Come è stato letto il codice dell'impresa e con che cosa è stato confrontato.
const THROUGH_LEVEL: Record<NonNullable<AtecoReading['via']>['level'], string> = {
  category: 'la sua categoria',
  class: 'la sua classe',
  group: 'il suo gruppo',
  division: 'la sua divisione',
};
function read(r: AtecoReading | undefined, text: string): string {
  if (!r) return text;
  const titled = (title: string | null) => (title ? ` (${title})` : '');
  const compared = `ATECO ${r.comparedVersion} ${codeList(r.compared)}`;
  const how = r.via
    ? `, che non ha un equivalente ATECO ${r.comparedVersion} proprio: confrontato tramite ${THROUGH_LEVEL[r.via.level]} ${r.via.code} (${compared})`
    : r.compared.length && (r.compared.join() !== r.code || r.comparedVersion !== r.version)
      ? `, confrontato come ${compared}`
      : '';
  const other = r.other
    ? `; scrivi ${r.other.version}:${r.code} per il significato ${r.other.version}${titled(r.other.title)}`
    : '';
  return `${r.code} letto come ATECO ${r.version}${titled(r.title)}${how}: ${text}${other}`;
}
const codeList = (codes: readonly string[]) =>
  codes.length > 4 ? `${codes.slice(0, 4).join(', ')}…` : codes.join(', ');
const euro = (amount: number) => `EUR ${Math.round(amount).toLocaleString('it-IT')}`;
const sizes = (allowed: readonly Size[]) => list(allowed.map((s) => SIZE_NAMES[s]));
const firm = (size: Size, basis: string | null) =>
  `impresa ${SIZE_NAMES[size]}${basis ? ` (${basis})` : ''}`;
const days = (n: number) => (n === 1 ? '1 giorno' : `${n} giorni`);
const count = (n: number) => n.toLocaleString('it-IT');
const calls = (n: number) => `${count(n)} band${n === 1 ? 'o' : 'i'}`;

/** Un download o un contenuto non riuscito, in parole. */
function failureText(f: SourceFailure): string {
  switch (f.kind) {
    case 'timeout':
      return `nessun dato per ${f.seconds} s (tempo scaduto, dopo i nuovi tentativi)`;
    case 'network':
      return `errore di rete ${f.code}${f.detail ? ` (${f.detail})` : ''}, dopo i nuovi tentativi`;
    case 'http-status':
      return `il server ha risposto HTTP ${f.status}${f.statusText ? ` ${f.statusText}` : ''}`;
    case 'truncated':
      return `il download si è interrotto dopo ${count(f.received)} byte${f.expected ? ` su ${count(f.expected)}` : ''}`;
    case 'not-json':
      return `la risposta non è il JSON della fonte (inizia con "${f.start}"), una pagina di errore?`;
    case 'wrong-shape': {
      const page = f.page ? `la pagina ${f.page} ` : '';
      const what = {
        'not-array': "non è l'array JSON di righe del registro (un oggetto di errore?)",
        'page-not-modified': `${page}ha risposto 304 a una richiesta senza validatori`,
        'page-not-json': `${page}non è JSON completo${f.detail ? ` (${f.detail})` : ''}`,
        'offset-ignored': `${page}ripete la pagina 1: il server ignora $offset, quindi i dati non sono mai completi`,
      }[f.problem];
      return `la risposta non ha la forma della fonte: ${what}`;
    }
    case 'empty':
      return 'la risposta non contiene bandi';
    case 'bad-data': {
      // The importer's message, in Italian when the catalogue has its code.
      const said = f.code ? it.errors[f.code as ErrorCode]?.(f.params)?.[0] : undefined;
      return `la risposta non si legge: ${said ?? f.message}`;
    }
  }
}
const quoted = (items: readonly string[], last: string) => {
  const q = items.map((i) => `"${i}"`);
  return q.length > 1 ? `${q.slice(0, -1).join(', ')} ${last} ${q.at(-1)}` : (q[0] ?? '');
};
// Le colonne del CSV di imprese da compilare, o il tipo di colonna da aggiungere se non c'è.
const fillIn = (columns: readonly string[], toAdd: string) =>
  columns.length
    ? `compila ${columns.length > 1 ? 'le colonne' : 'la colonna'} ${quoted(columns, 'o')}`
    : `aggiungi al file ${toAdd}`;
const figuresOf = (b: SizeBasis) =>
  [
    b.turnover !== null ? `fatturato ${euro(b.turnover)}` : null,
    b.balanceSheet !== null ? `totale di bilancio ${euro(b.balanceSheet)}` : null,
  ].filter((x): x is string => x !== null);
const ceilingOf = (size: Size) => SME_CEILINGS.find((c) => c.size === size);
const financialLimits = (size: Size) => {
  const c = ceilingOf(size);
  return c
    ? `fatturato fino a ${euro(c.turnoverAtMost)} oppure bilancio fino a ${euro(c.balanceSheetAtMost)}`
    : '';
};

function sizeDecided(b: SizeBasis): string {
  const figures = list(figuresOf(b));
  const name = (s: Size) => SIZE_NAMES[s];
  if (b.decidedBy === 'financials') {
    return (
      `impresa ${name(b.size)}: con ${b.employees} addetti sarebbe ${name(b.byHeadcount)}, ma ` +
      `${figures} superano i limiti della ${name(b.byHeadcount)} (${financialLimits(b.byHeadcount)})`
    );
  }
  if (b.size === 'large')
    return `impresa grande: ${b.employees} addetti non sono sotto la soglia PMI di 250`;
  const index = SME_CEILINGS.findIndex((c) => c.size === b.size);
  const own = SME_CEILINGS[index];
  const smaller = SME_CEILINGS[index - 1];
  const headcount =
    `${b.employees} addetti sono sotto la soglia di ${own?.employeesBelow} della ${name(b.size)}` +
    (smaller
      ? ` ma non sotto quella di ${smaller.employeesBelow} della ${name(smaller.size)}`
      : '');
  const money = figures
    ? `; ${figures} entro i limiti della ${name(b.size)} (${financialLimits(b.size)})`
    : ' (fatturato e bilancio non indicati: decidono gli addetti)';
  return `impresa ${name(b.size)}: ${headcount}${money}`;
}

function sizeBasis(b: SizeBasis): string {
  const figures = figuresOf(b);
  if (b.decidedBy === 'financials') {
    return `${b.employees} addetti, ma ${list(figures)} superano i limiti della ${SIZE_NAMES[b.byHeadcount]}`;
  }
  if (b.size === 'large') return `${b.employees} addetti, non sotto la soglia PMI di 250`;
  return figures.length
    ? `${b.employees} addetti, ${list(figures)}`
    : `${b.employees} addetti, fatturato e bilancio non indicati`;
}

const basisOf = (b: SizeBasis | null) => (b ? sizeBasis(b) : null);
const months = (n: number) => (n === 1 ? '1 mese' : `${n} mesi`);
const ageRule = (p: { maxMonths: number | null; minMonths: number | null }) =>
  [
    p.maxMonths !== null ? `solo imprese con al massimo ${months(p.maxMonths)} di vita` : null,
    p.minMonths !== null ? `solo imprese con almeno ${months(p.minMonths)} di vita` : null,
  ]
    .filter(Boolean)
    .join(' e ');
const RESTRICTED_NAMES: Record<RestrictedApplicant, string> = {
  'non-profit': 'enti non profit',
  'public-body': 'enti pubblici',
  citizen: 'privati cittadini',
  research: 'università ed enti di ricerca',
  financial: 'banche e intermediari finanziari',
  'new-firm': 'imprese da costituire',
};
const STATUS_WORDS: Record<RequiredStatus, string> = {
  'innovative-startup': 'start-up innovative',
  'innovative-sme': 'PMI innovative',
  'women-led': 'imprese femminili',
  'youth-led': 'imprese giovanili',
  'non-profit': 'enti non profit',
  confiscated: 'aziende sequestrate o confiscate alla criminalità organizzata',
};
const anyStatus = (any: readonly RequiredStatus[]) => any.map((s) => STATUS_WORDS[s]).join(' o ');
const statusHints = (any: readonly RequiredStatus[], t: Messages) =>
  any.map((s) => (s === 'confiscated' ? 'leggi il bando' : t.hints.status(s))).join('; ');
const LEGAL_FORM_NAMES: Record<LegalForm, string> = {
  srl: 'srl',
  spa: 'spa',
  sapa: 'sapa',
  snc: 'snc',
  sas: 'sas',
  cooperative: 'cooperativa',
  'sole-trader': 'ditta individuale',
  consortium: 'consorzio',
  association: 'associazione',
  foundation: 'fondazione',
  other: 'altra forma',
};

const AREA_WORDS: Record<AreaKind, string> = {
  'inner-areas': 'aree interne',
  'small-municipalities': 'piccoli comuni (per popolazione)',
  'mountain-municipalities': 'comuni montani',
  'special-economic-zone': 'zona economica speciale (ZES)',
  'crisis-area': 'aree di crisi industriale',
};
const CONDITION_WORDS: Record<ConditionKind, string> = {
  grouping: 'imprese in raggruppamento o filiera di più imprese',
  'crisis-procedure':
    'imprese in (o dopo) una procedura di crisi (composizione negoziata, concordato)',
  listing: 'imprese in percorso di quotazione, non ancora quotate',
  registry: 'imprese iscritte a un registro nazionale',
  trademark: "imprese autorizzate all'uso di un marchio",
  'social-economy': "imprese dell'economia sociale",
  suppliers: 'fornitori di tecnologie e system integrator',
  'firms-in-difficulty': 'imprese in difficoltà finanziaria',
  'named-applicants': 'i soggetti che il bando nomina, non le imprese in genere',
};

/** The fields words are quoted from, as a reason names them. */
const QUOTED_FIELDS: Record<string, string> = {
  grantor: 'ente concedente',
  title: 'titolo',
  description: 'descrizione',
  'dates note': 'note su apertura e chiusura',
  'sector list': 'elenco dei settori',
  'applicant types': 'tipologia dei soggetti',
  area: 'ambito territoriale',
};

const FIELD_LABELS: Record<ShowField, string> = {
  id: 'id',
  source: 'fonte',
  programme: 'programma',
  action: 'azione',
  managingBody: 'gestore',
  procedure: 'procedura',
  status: 'stato',
  opens: 'apertura',
  closes: 'chiusura',
  budget: 'dotazione',
  aid: 'aiuto',
  minAid: 'aiuto minimo',
  maxAid: 'aiuto massimo',
  minSpend: 'spesa minima',
  aidDetail: "dettaglio dell'aiuto",
  sizes: 'dimensioni',
  maxEmployees: 'addetti massimi',
  sizeNote: 'nota sulle dimensioni',
  atecoIncluded: 'ATECO ammessi',
  atecoExcluded: 'ATECO esclusi',
  atecoVersion: 'versione ATECO',
  sectorNote: 'nota sul settore',
  territory: 'territorio',
  applicants: 'chi presenta domanda',
  applicantNote: 'nota sui richiedenti',
  callCode: 'codice bando',
  evidence: 'attendibilità',
  url: 'url',
  sources: 'fonti',
  notes: 'note',
  datesNote: 'note su apertura e chiusura',
  statusSeen: 'stato visto',
  areaScope: 'ambito territoriale',
  sectorsListed: 'elenco dei settori',
};

// Le domande del wizard sui dati dell'impresa: le forme giuridiche, gli status come domande.
const WIZARD_LEGAL_FORMS: Record<LegalForm, string> = {
  srl: 'srl (società a responsabilità limitata, anche srls)',
  spa: 'spa (società per azioni)',
  sapa: 'sapa (società in accomandita per azioni)',
  snc: 'snc (società in nome collettivo)',
  sas: 'sas (società in accomandita semplice)',
  cooperative: 'cooperativa',
  'sole-trader': 'ditta individuale',
  consortium: 'consorzio',
  association: 'associazione',
  foundation: 'fondazione',
  other: 'altra forma',
};
const WIZARD_STATUS_QUESTIONS: Record<SpecialStatus, string> = {
  'innovative-startup': 'È una start-up innovativa?',
  'innovative-sme': 'È una PMI innovativa?',
  'women-led': "È un'impresa femminile?",
  'youth-led': "È un'impresa giovanile?",
  'non-profit': 'È un ente non profit?',
};

export const it: Messages = {
  lang: 'it',
  sizeName: (size) => SIZE_NAMES[size],
  list,
  euro,
  formats: ITALIAN_FORMATS,

  sizeBasis,
  reasons: {
    'size-profile-missing': (_, t) => `dimensione non indicata (${t.hints.size()})`,
    'size-not-stated': () => 'i dati non dicono quali dimensioni sono ammesse',
    'size-admitted': (p) =>
      `${firm(p.size, basisOf(p.basis))}; il bando ammette ${sizes(p.allowed)}`,
    'size-rejected': (p) =>
      `${firm(p.size, basisOf(p.basis))}; il bando ammette solo ${sizes(p.allowed)}`,
    'size-over-employee-cap': (p) =>
      `impresa grande con ${p.employees} addetti; le grandi imprese sono ammesse solo fino a ${p.cap}`,
    'size-employee-cap-unknown': (p) =>
      `le grandi imprese sono ammesse solo fino a ${p.cap} addetti; numero di addetti non indicato`,
    'size-words-disagree': (p) =>
      `il campo dimensioni ammette ${sizes(p.allowed)}, ma il testo ammette ${sizes(p.inWords)}; verifica se un'impresa ${SIZE_NAMES[p.size]} può partecipare`,
    'size-words-exclude': (p) =>
      `il testo limita il bando alle imprese ${sizes(p.inWords)}; un'impresa ${SIZE_NAMES[p.size]} non vi rientra`,

    'sector-profile-missing': (_, t) => `codice ATECO non indicato (${t.hints.ateco()})`,
    'sector-all-admitted': () => 'tutti i settori sono ammessi',
    'sector-admitted': (p) =>
      read(
        p.reading,
        p.rule === 'all'
          ? `${p.code} è ammesso (nessuna esclusione si applica)`
          : `${p.code} rientra ${p.level ? `${LEVEL_NAMES[p.level]} ammessa` : 'tra i settori ammessi'} ${p.rule}`,
      ),
    'sector-excluded': (p) =>
      read(
        p.reading,
        `${p.code} rientra ${LEVEL_NAMES[p.level]} esclusa ${p.by} (esclusi: ${atecoRules(p.excluded)})`,
      ),
    'sector-not-included': (p) =>
      read(p.reading, `${p.code} non è tra i settori ammessi (${list(p.included)})`),
    'sector-partly-excluded': (p) =>
      read(p.reading, `una parte di ${p.code} è esclusa (${p.by}); verifica il codice esatto`),
    'sector-partly-included': (p) =>
      read(p.reading, `solo una parte di ${p.code} è ammessa (${p.by}); verifica il codice esatto`),
    'sector-not-stated': () => 'i dati non indicano i settori ammessi',
    'sector-no-equivalent': (p) =>
      read(p.reading, `${p.code} non ha un equivalente ATECO ${p.version} con cui confrontarlo`),
    'sector-note': (p) => `regola sul settore, in parole: ${p.note}`,
    'sector-words-admitted': (p) =>
      read(p.reading, `${p.code} rientra tra le attività ammesse (${list(p.labels)})`),
    'sector-words-outside': (p) =>
      read(p.reading, `${p.code} non rientra tra le attività ammesse (${list(p.labels)})`),
    'sector-fields-disagree': (p) =>
      read(
        p.reading,
        `il campo ATECO ammette tutti i settori, ma l'elenco dei settori nomina solo ${list(p.labels)}, senza ${p.code}; verifica il bando`,
      ),
    'sector-words-partly': (p) =>
      read(
        p.reading,
        `solo una parte di ${p.code} rientra tra le attività ammesse (${list(p.labels)}: ${p.by}); verifica il codice esatto`,
      ),

    'territory-profile-missing': (_, t) => `provincia non indicata (${t.hints.province()})`,
    'territory-national': () => 'misura nazionale: tutte le province',
    'territory-region': (p) =>
      `${p.province} ${p.province.includes(',') ? 'sono' : 'è'} in ${p.region}, dove il bando si applica`,
    'territory-province': (p) => `il bando è limitato a ${p.province}`,
    'territory-municipalities': (p) =>
      `limitato a comuni della provincia di ${p.province}: ${list(p.names)}; verifica che l'impresa sia in uno di essi`,
    'territory-outside': (p) =>
      `${p.province} ${p.province.includes(',') ? 'sono' : 'è'} fuori dall'area del bando (${list(p.where)})`,
    'territory-not-stated-lombardy': (p) =>
      `nessun limite territoriale indicato: vale per tutte le province lombarde, ${p.province} compresa`,
    'territory-not-stated': () => 'i dati non indicano il territorio',
    'territory-words-inside': (p) => `limitato a ${list(p.where)}, che comprende ${p.province}`,
    'territory-words-outside': (p) => `limitato a ${list(p.where)}; ${p.province} ne è fuori`,
    'territory-words-municipalities': (p) =>
      `limitato a ${list(p.names)} (${p.province}); verifica che l'impresa sia lì`,

    'territory-some-provinces': (p) =>
      `aperto alle imprese in ${list(p.provinces)} (tra ${list(p.of)})`,
    'territory-area-words': (p) =>
      `solo per imprese in ${AREA_WORDS[p.label]}; il profilo non dice se l'impresa vi si trova`,

    'applicant-firm': () => 'le imprese presentano domanda direttamente',
    'applicant-partnership': (p) =>
      `le imprese partecipano solo in partenariato o filiera${p.note ? `: ${p.note}` : ''}`,
    'applicant-fund-manager': () =>
      "presentano domanda solo i gestori di fondi; l'impresa non può candidarsi (può riceverne investimenti)",
    'applicant-public-body': () => 'presentano domanda solo enti pubblici; non aperto alle imprese',
    'applicant-other': (p) => `beneficiari particolari${p.note ? `: ${p.note}` : ''}`,
    'applicant-not-stated': () => 'i dati non dicono chi può presentare domanda',
    'applicant-only': (p) =>
      `possono partecipare solo ${list(p.who.map((w) => RESTRICTED_NAMES[w]))}; non un'impresa ordinaria`,

    'status-open': (p) => `aperto, chiude il ${p.closesOn} (mancano ${days(p.daysLeft)})`,
    'status-opening-unknown': (p) =>
      `chiude il ${p.closesOn} (mancano ${days(p.daysLeft)}); la data di apertura non è nota`,
    'status-open-ended': (p) =>
      `aperto${p.opensOn ? ` dal ${p.opensOn}` : ''} fino a esaurimento fondi (nessuna data di chiusura)`,
    'status-upcoming': (p) => `apre il ${p.opensOn}`,
    'status-closed': (p) => `chiuso il ${p.closesOn}`,
    'status-unknown': () => 'date non note',
    'status-seen': (p) =>
      p.status === 'closed'
        ? `chiuso: una fonte lo dava chiuso il ${p.on}`
        : `${p.status === 'open' ? 'aperto' : 'in apertura'} secondo una fonte il ${p.on}, date non note: verifica che sia ancora ${p.status === 'open' ? 'aperto' : 'in apertura'}`,
    'status-withdrawn': (p) =>
      `ritirato: non è più nei dati della sua fonte dal ${p.since} (\`fesr update\`)`,
    'status-deadline-in-words': (p) =>
      `aperto, chiude il ${p.closesOn} (mancano ${days(p.daysLeft)}) secondo il testo` +
      (p.fieldClosesOn ? `, non il ${p.fieldClosesOn} del campo data di chiusura` : ''),
    'status-closed-in-words': (p) => `chiuso il ${p.closesOn} secondo il testo`,
    'status-windows-in-words': (p) =>
      `il testo indica finestre con scadenze fino al ${p.closesOn}, prima della data di chiusura; verifica quale finestra è aperta`,
    'status-halted': (p) =>
      (p.closed ? 'chiuso' : 'sospeso') +
      (p.since ? ` dal ${p.since}` : '') +
      (p.closed ? ', secondo il testo' : '; verifica se è stato riaperto'),

    'special-status-required': (p, t) =>
      `solo per ${anyStatus(p.any)}; il profilo non lo dice (${statusHints(p.any, t)})`,
    'special-status-met': (p) => `per ${STATUS_WORDS[p.status]}: l'impresa lo è`,
    'special-status-not-met': (p) => `solo per ${anyStatus(p.any)}: l'impresa non lo è`,

    'condition-in-words': (p) => `solo per ${CONDITION_WORDS[p.label]}; il profilo non lo dice`,

    'firm-age-unknown': (p) =>
      `${ageRule(p)}; data di costituzione non indicata (--founded AAAA-MM)`,
    'firm-age-met': (p) => `${ageRule(p)}; l'impresa ha ${months(p.months)}`,
    'firm-age-not-met': (p) => `${ageRule(p)}; l'impresa ha ${months(p.months)}`,

    'legal-form-unknown': (p, t) =>
      `solo ${list(p.forms.map((f) => LEGAL_FORM_NAMES[f]))}; forma giuridica non indicata (${t.hints.legalForm()})`,
    'legal-form-met': (p) =>
      `solo ${list(p.forms.map((f) => LEGAL_FORM_NAMES[f]))}: l'impresa lo è`,
    'legal-form-not-met': (p) =>
      `solo ${list(p.forms.map((f) => LEGAL_FORM_NAMES[f]))}; l'impresa è ${LEGAL_FORM_NAMES[p.form]}`,
  },
  hints: {
    size: () => 'usa --size o --employees',
    ateco: () => 'usa --ateco',
    province: () => 'usa --province',
    founded: () => '--founded AAAA-MM',
    legalForm: () => '--legal-form',
    status: (s) => `--${s} o --no-${s}`,
  },
  quoted: (_source, field, quote) => `${QUOTED_FIELDS[field] ?? field}: «${quote}»`,
  legalFormName: (form) => LEGAL_FORM_NAMES[form],
  specialStatusName: (status) => STATUS_WORDS[status],
  ruleWords: {
    label: {
      territory: 'territorio',
      sector: 'settore',
      deadline: 'scadenza',
      'applicants-only': 'richiedenti',
      'special-status': 'solo per',
      'firm-age': "età dell'impresa",
      'legal-form': 'forma giuridica',
      area: 'area',
      condition: 'condizione',
      'size-words': 'dimensioni nel testo',
    },
    closed: 'chiuso',
    suspended: 'sospeso',
    since: (date) => `dal ${date}`,
    toVerify: 'da verificare',
    restricted: (who) => `solo ${RESTRICTED_NAMES[who]}`,
    statuses: anyStatus,
    age: ageRule,
    area: (kind) => AREA_WORDS[kind],
    condition: (kind) => CONDITION_WORDS[kind],
    sizes,
  },
  rulesHeading: () => 'Regole lette dal testo (da verificare nel bando):',

  headingTitle: () => 'Misura',
  headingStatus: () => 'Stato',
  headingMaxAid: () => 'Massimo',
  statusLabel: (status, daysLeft) => {
    if (status === 'open') return daysLeft === null ? 'aperto' : `aperto, ${daysLeft} gg`;
    return STATUS_NAMES[status];
  },
  statusDate: (status, opensOn, closesOn) => {
    if (status === 'upcoming') return opensOn ? `dal ${opensOn}` : null;
    if (status === 'open') return closesOn ? `al ${closesOn}` : 'senza scadenza';
    if (status === 'closed') return closesOn ? `il ${closesOn}` : null;
    return null;
  },
  aidFormName: (form) => AID_NAMES[form],
  footer: (f) =>
    (f.matching
      ? `${f.count} di ${ITALIAN_FORMATS.integer(f.matching)} misure, limitate da --limit · `
      : `${ITALIAN_FORMATS.integer(f.count)} misur${f.count === 1 ? 'a' : 'e'} · `) +
    (f.withBudget === 0
      ? 'dotazione non nota'
      : `dotazione ${ITALIAN_FORMATS.euro(f.totalBudget)}` +
        (f.withBudget < f.count ? ` (${f.withBudget} con dotazione nota)` : '')) +
    `\n${f.closingSoon} in scadenza entro 30 giorni` +
    (f.ineligible ? ` · e ${f.ineligible} non ammissibili, elencate da --explain` : ''),
  hiddenUndated: (n) =>
    n === 1
      ? '1 altra misura senza date (stato ignoto): --status all la mostra'
      : `altre ${ITALIAN_FORMATS.integer(n)} misure senza date (stato ignoto): --status all le mostra`,
  noProfileHint: () =>
    'Nessun profilo aziendale: aggiungi --size, --ateco e --province,\n' +
    'oppure --profile NOME, oppure usa fesr wizard',
  legend: () => '✓ ammissibile  ? da verificare  ✗ non ammissibile',
  noResults: (explained) =>
    explained
      ? 'Nessuna misura corrisponde.'
      : 'Nessuna misura corrisponde. Prova --explain per vedere perché.',

  errors: {
    'unknown-legal-form': (p) => [
      `forma giuridica sconosciuta "${p.input}"`,
      'usa srl, spa, sapa, snc, sas, cooperativa, ditta individuale, consorzio, associazione, fondazione o altro',
    ],
    'bad-founded': (p) => [
      `"${p.input}" non è una data di costituzione`,
      "scrivi l'anno, oppure anno e mese: 2021 o 2021-03 (non nel futuro)",
    ],
    'unknown-size': (p) => [
      `dimensione sconosciuta "${p.input}"`,
      'usa micro, piccola, media o grande (in inglese: micro, small, medium, large)',
    ],
    'unknown-province': (p) => [
      `provincia sconosciuta "${p.input}"`,
      `forse intendevi ${p.suggestions}? Usa la sigla (CR), il nome (Cremona) o un comune (Crema)`,
    ],
    'ambiguous-municipality': (p) => [
      `"${p.input}" è un comune in più di una provincia (${p.provinces})`,
      `indica invece la sigla della provincia: ${p.siglas}`,
    ],
    'unknown-municipality': (p) => [
      `comune sconosciuto "${p.input}"`,
      'controlla come è scritto, o indica la provincia',
    ],
    'unknown-update-source': (p) => [
      `${p.where}: fonte sconosciuta "${p.input}"`,
      `le fonti sono ${p.sources}`,
    ],
    'bad-url': (p) => [
      `${p.where}: "${p.input}" non è un indirizzo http:// o https:// (FONTE=URL)`,
      'es. --url lombardia=https://mirror.example/bandi.json',
    ],
    'bad-option-number': (p) => [
      p.min === '0'
        ? `${p.flag} ${p.input}: serve un numero intero, 0 o più`
        : `${p.flag} ${p.input}: serve un numero positivo`,
      `es. ${p.flag} ${p.example}`,
    ],
    'no-profiles': () => [
      'nessun profilo salvato per cui cercare novità',
      'salvane uno con `fesr profile save NOME …`, o indica --profile NOME',
    ],
    'unknown-ateco-version': (p) => [
      `versione ATECO sconosciuta "${p.prefix}" in "${p.input}"`,
      'scrivi 2007:CODICE o 2025:CODICE, es. 2007:25.62.00',
    ],
    'unknown-ateco': (p) => [
      `codice ATECO sconosciuto "${p.input}"`,
      p.suggestions
        ? `forse intendevi ${p.suggestions}? I codici sono come 20.42 o 20.42.00`
        : 'i codici sono come 20.42 o 20.42.00 (ATECO 2007 o 2025)',
    ],
    'bad-date': (p) => [
      `data non valida "${p.input}" (formato AAAA-MM-GG)`,
      'es. --as-of 2024-10-01',
    ],
    'size-conflict': (p) => [
      `--size ${p.size} non concorda con i dati, che indicano un'impresa ${SIZE_NAMES[p.derived as Size] ?? p.derived}`,
      'togli --size, oppure correggi --employees/--turnover/--balance-sheet',
    ],
    'financials-need-employees': () => [
      '--turnover e --balance-sheet richiedono --employees',
      'la definizione UE di PMI considera prima gli addetti: indica anche --employees N, oppure --size',
    ],
    'output-exists': (p) => [
      `${p.file} esiste già`,
      'aggiungi --force per sostituirlo, o scegli un altro --output',
    ],
    'cannot-write': (p) => [
      `impossibile scrivere ${p.stream ? "l'output" : p.file}: ${WRITE_CAUSES[p.code ?? '']?.[0] ?? 'errore'} (${p.code ?? '?'})`,
      WRITE_CAUSES[p.code ?? '']?.[1] ?? 'controlla il percorso e il disco',
    ],
    'rejects-exists': (p) => [
      `${p.file} esiste già`,
      'aggiungi --force per sostituirlo, o scegli un altro --rejects',
    ],
    'output-is-folder': (p) => [`${p.file} è una cartella`, `indica un nome di file per ${p.flag}`],
    'output-kind': (p) => [
      `impossibile scrivere ${p.file}: è ${KIND_WORDS[p.kind ?? ''] ?? 'un file speciale'}`,
      'indica un file (o un dispositivo a caratteri come /dev/stdout, o una FIFO)',
    ],
    'unknown-measure': (p) => [
      `nessuna misura con id "${p.id}"`,
      p.suggestions
        ? `forse intendevi ${p.suggestions}?`
        : 'elenca gli id con `fesr search --status all`',
    ],
    'bad-count': (p) => [
      `${p.flag} vuole un numero intero${p.max ? ` da ${p.min} a ${p.max}` : p.min && p.min !== '0' ? ` da ${p.min} in su` : ''}, non "${p.value}"`,
    ],
    'duplicate-column': (p) => [
      `${p.file}:${p.line}: la colonna "${p.column}" compare due volte (colonne ${p.first} e ${p.second})`,
      'rinomina o togli una delle due; il database non è stato modificato',
    ],
    'repeated-flag': (p) => [
      `${p.flag} indicato ${p.count === '2' ? 'due volte' : `${p.count} volte`}: ${(p.values ?? '').replace(' and ', ' e ')}`,
      'indicalo una volta sola',
    ],
    'bad-work-units': (p) => [
      `--employees vuole il numero di addetti in unità lavorative annue, non "${p.value}"`,
      'es. 20 o 12,5',
    ],
    'bad-amount': (p) => [
      `${p.flag} vuole un importo in EUR, non "${p.value}"`,
      'es. 3000000, 3.000.000 o 3M',
    ],
    'empty-value': (p) => [`${p.flag} vuole un valore`, 'vedi fesr --help'],
    'bad-list-value': (p) => [
      `${p.flag}: valore sconosciuto "${p.value}"`,
      `usa ${p.allowed} (separati da virgole)`,
    ],
    'not-fesr-db': (p) => [
      `${p.path} non è un database di fesr, o è danneggiato`,
      'indica con --db o FESR_DB un database di fesr, o un file nuovo da creare',
    ],
    'newer-schema': (p) => [
      `${p.path} ha lo schema ${p.version}, più recente di questo fesr (${p.supported})`,
      'aggiorna fesr, o usa un altro --db',
    ],
    'db-locked': (p) => [
      `${p.path} è bloccato da un altro processo`,
      "attendi che l'altro comando fesr finisca, poi riprova",
    ],
    'db-corrupt': (p) => [
      `${p.path} è danneggiato (${p.reason})`,
      'ripristinalo da una copia di sicurezza, o esegui `fesr rebuild` per spostarlo da parte e ripartire dai dati inclusi',
    ],
    'not-a-database': (p) => [
      `${p.path} non è un database di fesr, o è danneggiato (${p.reason})`,
      'usa un altro --db; se è il tuo archivio di fesr, ripristinalo da una copia di sicurezza o esegui `fesr rebuild --force` per spostarlo da parte e ripartire dai dati inclusi',
    ],
    'bad-schema': (p) => [
      `${p.path} ha una versione di schema non valida (${p.version}): il file è stato modificato fuori da fesr o è danneggiato`,
      'ripristinalo da una copia di sicurezza, o esegui `fesr rebuild` per spostarlo da parte e ripartire dai dati inclusi',
    ],
    'rebuild-healthy': (p) => [
      `${p.path} è un database di fesr sano: non c'è nulla da ricostruire`,
      'fesr rebuild serve per un database danneggiato; aggiungi --force per spostarlo da parte comunque',
    ],
    'rebuild-not-fesr': (p) => [
      `${p.path} non sembra un database di fesr: fesr rebuild non lo tocca`,
      'controlla --db e FESR_DB; aggiungi --force per spostarlo da parte comunque',
    ],
    'profile-exists': (p) => [
      `esiste già un profilo "${p.name}"`,
      'aggiungi --force per sostituirlo, o scegli un altro nome',
    ],
    'file-empty': (p) => [`${p.file}: il file è vuoto`, 'il database non è stato modificato'],
    'file-binary': (p) => [
      `${p.file}: il file è binario, non testo`,
      'indica un file CSV o JSON; il database non è stato modificato',
    ],
    'too-long': (p) => {
      const where = p.position === 'line' ? `${p.file}:${p.at}: ` : `${p.file}: record ${p.at}, `;
      const what =
        p.unit === 'field'
          ? `il campo "${p.field}"`
          : `${p.unit === 'line' ? 'la riga' : 'il record'}${p.field ? ` (al campo "${p.field}")` : ''}`;
      const limit =
        p.unit === 'field' ? 'per un campo' : p.unit === 'line' ? 'per una riga' : 'per un record';
      return [
        `${where}${what} supera ${p.limit}, il limite ${limit}`,
        'nessun record reale è così lungo: controlla che il file sia quello giusto (a capo, virgolette chiuse); il database non è stato modificato',
      ];
    },
    'no-records': (p) => [`${p.file}: non contiene record`, 'il database non è stato modificato'],
    'unknown-format': (p) => [
      `${p.file}: formato sconosciuto (campi: ${p.fields})`,
      "servono un CSV di fesr, un export di incentivi.gov.it o l'anagrafica dei bandi di dati.lombardia.it; vedi fesr import --help",
    ],
    'file-missing': (p) => [
      `impossibile leggere ${p.file}: il file non esiste`,
      'controlla il percorso',
    ],
  },
  fieldLabel: (field) => FIELD_LABELS[field],
  criterionName: (criterion) =>
    ({
      size: 'dimensione',
      sector: 'settore',
      territory: 'territorio',
      applicant: 'richiedente',
      status: 'stato',
      'firm-age': "età dell'impresa",
      'legal-form': 'forma giuridica',
      'special-status': 'requisito speciale',
    })[criterion],
  eligibilityName: (eligibility) =>
    ({ eligible: 'ammissibile', unverified: 'da verificare', ineligible: 'non ammissibile' })[
      eligibility
    ],
  applicantName: (applicant) =>
    ({
      firm: 'impresa',
      professional: 'libero professionista',
      partnership: 'partenariato',
      'fund-manager': 'gestore di fondi',
      'public-body': 'ente pubblico',
      other: 'altro',
    })[applicant],
  interrupted: () => 'interrotto',
  internalError: (message) => `errore interno: ${message}`,
  reportBug: (version) =>
    `riprova con --debug per i dettagli, e per favore segnalalo (fesr ${version})`,

  update: {
    notModified: (source, records) =>
      `${source}: invariato dall'ultimo aggiornamento (304): ${calls(records)}, nulla importato`,
    imported: (source, r) =>
      `${source}: ${count(r.read)} letti: ${count(r.inserted)} nuovi, ${count(r.changed)} modificati, ` +
      `${count(r.withdrawn)} ritirati` +
      (r.returned ? `, ${count(r.returned)} tornati` : '') +
      `, ${count(r.unchanged)} invariati` +
      (r.skipped ? `, ${count(r.skipped)} scartati` : '') +
      ` in ${r.seconds.toFixed(1).replace('.', ',')} s`,
    baseline: (source, records) =>
      `${source}: prima istantanea, ${calls(records)} salvati; dal prossimo aggiornamento fesr segnala cosa cambia`,
    partial: (source, p, read) =>
      p.kind === 'fewer-than-found'
        ? `${source}: la risposta contiene ${count(read)} dei ${count(p.found)} bandi contati dalla fonte: i bandi mancanti non vengono segnati come ritirati`
        : `${source}: alcune righe non si leggono: i bandi mancanti da questa istantanea non vengono segnati come ritirati`,
    changeKind: (kind) =>
      ({ new: 'nuovo', changed: 'modificato', withdrawn: 'ritirato', returned: 'tornato' })[kind],
    textChanged: (field) => `${field} modificato`,
    moreChanges: (n) => `… e altri ${count(n)} (fesr search --new, --changed, --status all)`,
    failed: (source, f) => `${source}: non aggiornato: ${failureText(f)}`,
    keptData: (source) =>
      `${source}: nulla è cambiato per questa fonte; restano in uso i dati salvati prima`,
    offline: (asOf) =>
      `Nessuna rete, o le fonti sono bloccate: restano in uso i dati inclusi e quelli importati prima` +
      (asOf ? ` (aggiornati al ${asOf}).` : '.') +
      ' Dietro un proxy aziendale, imposta HTTPS_PROXY (e NO_PROXY).',
    failedSummary: (failed, total) => [
      failed.length === 1
        ? `1 fonte su ${total} non aggiornata (${failed.join(', ')})`
        : `${failed.length} fonti su ${total} non aggiornate (${failed.join(', ')})`,
      failed.length === total
        ? 'il database non è cambiato; riprova `fesr update` più tardi, o vedi README "fesr update"'
        : 'le altre fonti sono aggiornate; riprova `fesr update` più tardi, o vedi README "fesr update"',
    ],
    freshness: (n) =>
      n.kind === 'bundled-only'
        ? `Solo i dati inclusi, aggiornati al ${n.asOf} (${days(n.days)} fa):\nesegui \`fesr update\` per i bandi attuali.`
        : `I dati più recenti sono al ${n.asOf}, ${days(n.days)} fa:\nesegui \`fesr update\` per i bandi attuali.`,
    headingAsOf: () => 'dati al',
    dataLine: (sources) =>
      `Dati: ${sources.map((s) => `${s.source} ${s.asOf} (${s.days === 0 ? 'oggi' : `${days(s.days)} fa`})`).join(', ')}`,
    baselineOnly: () =>
      "L'ultimo aggiornamento era il primo delle sue fonti: una base, non novità. --new e --changed elencano ciò che porteranno i prossimi.",
    nothingChanged: () =>
      "Nulla di nuovo o modificato per questo profilo nell'ultimo aggiornamento (gli altri filtri restano).",
    noUpdateYet: () =>
      'Nessun aggiornamento registrato: esegui prima `fesr update`; --new e --changed elencano ciò che un aggiornamento ha portato.',
    newsHeading: (profile, n) =>
      `${profile}: ${count(n)} ${n === 1 ? 'bando nuovo o modificato' : 'bandi nuovi o modificati'}`,
  },

  admin: {
    statsTitle: (measures, total, asOf) => `${measures} misure, ${total} (al ${asOf})`,
    headingStatus: () => 'stato',
    headingAidForm: () => "forma dell'aiuto",
    headingProgramme: () => 'programma',
    headingMeasures: () => 'misure',
    notStated: () => '(non indicato)',
    statusName: (status) =>
      (
        ({
          open: 'aperto',
          upcoming: 'in arrivo',
          closed: 'chiuso',
          unknown: 'non noto',
          withdrawn: 'ritirato',
        }) as const
      )[status],
    headingSource: () => 'fonte',
    headingLastImport: () => 'ultima importazione',
    headingFile: () => 'file',
    headingCounts: () => 'n/a/=/scart',
    importSummary: (r) =>
      `${r.file}: ${r.recordsRead} letti, ${r.inserted} nuovi, ${r.updated} aggiornati, ` +
      `${r.unchanged} invariati, ${r.skipped} scartati in ${r.seconds.toFixed(1).replace('.', ',')} s` +
      ` [${r.format} → ${r.source}]${r.dryRun ? ' (prova: nulla è stato scritto)' : ''}`,
    nonFiniteRead: (file, count) =>
      `${file}: ${count} ${count === 1 ? 'valore' : 'valori'} NaN o Infinity (JSON non standard) ` +
      `${count === 1 ? 'letto come vuoto' : 'letti come vuoti'}`,
    skippedRow: (where, field, reason) => `scartato ${where}: campo "${field}" ${reason}`,
    rowIssues: {
      empty: (p) => (p.field ? `il campo ${p.field} è vuoto` : 'è vuoto'),
      'not-number': (p) => `${p.field ? `${p.field} ` : ''}"${p.value}" non è un numero`,
      negative: (p) => `"${p.value}" è negativo`,
      'not-whole': (p) => `"${p.value}" non è un numero intero`,
      'not-date': (p) => `"${p.value}" non è una data (AAAA-MM-GG o AAAA-MM-GGTHH:MM)`,
      'unknown-value': (p) => `valore sconosciuto "${p.value}" (ammessi: ${p.allowed})`,
    },
    recordNumber: (n) => ` record ${n}`,
    importedBefore: (files) =>
      `fesr: ${files.join(', ')} importat${files.length === 1 ? 'o' : 'i'} prima dell'errore qui sotto; quell'importazione resta`,
    rejectsWritten: (count, file) => `tutti i ${count} problemi sono elencati in ${file}`,
    rejectsNotWritten: (reason, saved) =>
      saved ? `attenzione: l'importazione è salvata, ma ${reason}` : `attenzione: ${reason}`,
    moreProblems: (count) => `… e altri ${count}`,
  },

  wizard: {
    intro: () =>
      "fesr wizard: qualche domanda sull'impresa, poi i bandi a cui può partecipare.\n" +
      'Ogni passo ha una risposta predefinita (Invio) e un modo per tornare indietro.\n' +
      'Ctrl+C esce senza salvare nulla.',
    startingFrom: (name) =>
      `Si parte dal profilo salvato "${name}": Invio conferma ogni sua risposta.`,
    back: () => '← indietro',
    yes: () => 'sì',
    no: () => 'no',
    keyAction: (action) => KEY_ACTIONS[action] ?? action,
    keyName: (key) => (key === 'space' ? 'spazio' : key),
    backHint: () => '[< indietro]',
    sizeQuestion: () => "Dimensione dell'impresa",
    sizeFromFigures: () => 'calcolala da addetti e fatturato',
    sizeChoice: (size) => {
      const c = ceilingOf(size);
      return c
        ? `${SIZE_NAMES[size]} (meno di ${c.employeesBelow} addetti)`
        : 'grande (250 addetti o più)';
    },
    sizeSkip: () => 'salta (non lo so)',
    employeesQuestion: () => 'Addetti (unità lavorative annue), es. 20',
    turnoverQuestion: () => 'Fatturato annuo in EUR, es. 3000000 o 3M (Invio per saltare)',
    balanceSheetQuestion: () => 'Totale di bilancio in EUR (Invio per saltare)',
    notWholeNumber: () => 'scrivi il numero di addetti, es. 20 o 12,5',
    notAmount: () => 'scrivi un importo in EUR, es. 3000000, 3.000.000 o 3M',
    sizeDecided,
    sectorQuestion: () =>
      "Settore: scrivi un codice ATECO o parole dell'attività (cosmetici, software)",
    sectorTypeMore: () => 'scrivi un codice o una parola per vedere le attività',
    sectorSkip: () => 'salta (nessun settore)',
    atecoVersions: (versions) => `ATECO ${versions.join(' e ')}`,
    atecoVersionsTag: (versions) =>
      versions.length > 1 ? `[${versions.join(' · ')}]` : `[solo ${versions.join('')}]`,
    anotherSectorQuestion: (ordinal) =>
      `Attività ${ordinal}: scrivi un codice ATECO o parole dell'attività`,
    moreActivitiesQuestion: () => "L'impresa svolge un'altra attività?",
    activitiesDone: (codes) => `no, basta così (${codes.join(', ')})`,
    addActivity: (next) => (next ? `sì, la successiva: ${next}` : "sì, aggiungi un'altra attività"),
    sectorChosen: (code, title) => `settore ${code}: ${title}`,
    provinceQuestion: () => 'Provincia: scrivi la sigla, il nome o un comune',
    provinceSkip: () => 'salta (nessuna provincia)',
    municipalityIn: (municipality, province) => `${municipality} è in provincia di ${province}`,
    municipalityFormerIn: (former, successor, province) =>
      `${former}, ora ${successor}, è in provincia di ${province}`,
    keywordsQuestion: () => 'Parole da cercare nei bandi (facoltative, Invio per nessuna)',
    aidQuestion: () => "Forma dell'aiuto",
    aidAny: () => 'qualsiasi forma',
    aidTickHint: () => '(spazio: spunta una o più, Invio: conferma; nessuna = tutte)',
    factsIntro: (calls) =>
      `${calls} band${calls === 1 ? 'o dipende' : 'i dipendono'} da qualche altro dato dell'impresa:`,
    foundedQuestion: () => 'Data di costituzione, es. 2021 o 2021-03 (Invio salta)',
    foundedInvalid: () => "scrivi l'anno, o l'anno e il mese: 2021 o 2021-03 (non nel futuro)",
    legalFormQuestion: (calls) =>
      `Forma giuridica? ${calls} band${calls === 1 ? 'o ammette' : 'i ammettono'} solo alcune forme`,
    legalFormChoice: (form) => WIZARD_LEGAL_FORMS[form],
    factSkip: () => 'salta (non lo so)',
    statusQuestion: (status, calls, only) =>
      `${WIZARD_STATUS_QUESTIONS[status]} ${calls} band` +
      (only
        ? calls === 1
          ? 'o lo richiede'
          : 'i lo richiedono'
        : calls === 1
          ? 'o ne tiene conto'
          : 'i ne tengono conto'),
    dontKnow: () => 'non lo so (salta)',
    resultsHeading: (asOf) => `Misure a cui l'impresa può partecipare, al ${asOf}:`,
    nextQuestion: () => 'E ora?',
    openDetails: () => 'apri il dettaglio di una misura e le motivazioni',
    changeAnswers: () => 'cambia le risposte',
    finish: () => 'fine: salva ed esporta',
    pickMeasure: () => 'Quale misura?',
    whyNone: (criterion, measures, judged) =>
      `Il criterio che ha escluso di più: ${criterion}, non soddisfatto da ${measures} su ${judged} ${judged === 1 ? 'misura aperta o in arrivo' : 'misure aperte o in arrivo'}.`,
    whyNoneFiltered: (keywords, aid) =>
      `Nessuna misura aperta o in arrivo ${
        keywords && aid
          ? 'con queste parole e forme di aiuto'
          : keywords
            ? 'con queste parole'
            : aid
              ? 'con queste forme di aiuto'
              : 'nei dati'
      }.`,
    changeProfile: () => 'cambia il profilo (le risposte restano)',
    measureTag: (id, opensOn, closesOn) => `[${id} · ${opensOn ?? '…'} – ${closesOn ?? '…'}]`,
    saveQuestion: () => 'Salvare questo profilo per le prossime ricerche?',
    profileNameQuestion: () => 'Nome del profilo (lettere, cifre, - e _)',
    profileNameInvalid: () => 'usa solo lettere, cifre, - e _ (al massimo 64)',
    replaceProfile: (name) => `Esiste già un profilo "${name}". Sostituirlo?`,
    profileSaved: (name) => `Profilo "${name}" salvato.`,
    exportQuestion: () => 'Esportare i risultati?',
    fileNameQuestion: () => 'Nome del file',
    replaceFile: (path) => `${path} esiste già. Sostituirlo?`,
    exported: (count, path) =>
      `${count} misur${count === 1 ? 'a scritta' : 'e scritte'} in ${path}.`,
    exportExcel: () => 'sì, in una cartella di lavoro Excel (.xlsx)',
    exportCsv: () => 'sì, in un file CSV (per un foglio di calcolo)',
    exportCalendar: () => 'sì, le scadenze come calendario (.ics: Outlook, Google, Apple)',
    exportedCalendar: (events, undated, path) =>
      `${events} scadenz${events === 1 ? 'a scritta' : 'e scritte'} in ${path}` +
      (undated
        ? ` (${undated} misur${undated === 1 ? 'a' : 'e'} senza data di chiusura esclus${undated === 1 ? 'a' : 'e'}).`
        : '.'),
    equivalentCommand: () => 'La stessa ricerca da riga di comando:',
    cancelled: (written) =>
      written.length
        ? `Annullato: nient'altro è stato scritto (già salvati: ${written.join(', ')}).`
        : 'Annullato: non è stato salvato nulla.',
    needsTerminal: () => 'il wizard richiede un terminale interattivo',
    needsTerminalHint: () =>
      'negli script usa le opzioni, es. fesr search --employees 20 --turnover 3M ' +
      '--ateco 20.42 --province CR (vedi fesr search --help)',
  },

  profiles: {
    field: (key) =>
      ({
        size: 'dimensione',
        employees: 'addetti',
        turnover: 'fatturato',
        balanceSheet: 'totale di bilancio',
        ateco: 'ATECO',
        province: 'provincia',
        founded: 'costituita',
        legalForm: 'forma giuridica',
        statuses: 'requisiti',
        text: 'parole chiave',
        aid: "forme dell'aiuto",
      })[key],
    staff: (employees, turnover) => `${employees} addetti${turnover ? `, ${turnover}` : ''}`,
    headingName: () => 'Nome',
    headingSize: () => 'Dimensione',
    headingAteco: () => 'ATECO',
    headingProvince: () => 'Provincia',
    none: () => 'Nessun profilo salvato. Creane uno con: fesr profile save NOME --province CR …',
    saved: (name, path) => `Profilo "${name}" salvato in ${path}.`,
    replaced: (name, path) =>
      `Profilo "${name}" salvato in ${path}, al posto di quello con lo stesso nome.`,
    deleted: (name) => `Profilo "${name}" eliminato.`,
  },

  portfolio: {
    headingFirm: () => 'Impresa',
    headingDeadline: () => 'Scadenza',
    headingCount: () => 'Misure',
    noDeadline: () => 'nessuna',
    skippedRow: (file, line, reason) => `${file}:${line}: ${reason}; riga saltata`,
    summary: (firms, matches, skipped) =>
      `${firms} impres${firms === 1 ? 'a' : 'e'} · ${matches} corrispondenz${matches === 1 ? 'a' : 'e'}` +
      (skipped ? ` · ${skipped} rig${skipped === 1 ? 'a saltata' : 'he saltate'}` : ''),
    ignoredColumns: (file, columns) =>
      `${file}: ${columns.length === 1 ? 'colonna' : 'colonne'} ${quoted(columns, 'e')} ` +
      `non ${columns.length === 1 ? 'letta' : 'lette'} ` +
      "(nessun dato dell'impresa ha quel nome; fesr match --help elenca i nomi che legge)",
    duplicateColumn: (file, column, used) =>
      `${file}: colonna "${column}" non letta: lo stesso dato viene da "${used}"`,
    columnHint: (columns, fact) =>
      fillIn(
        columns,
        {
          size: 'una colonna dimensione o dipendenti',
          ateco: 'una colonna ATECO',
          province: 'una colonna provincia o comune',
          founded: 'una colonna data costituzione',
          legalForm: 'una colonna forma giuridica',
          status: 'una colonna sì/no (ad esempio impresa femminile)',
        }[fact],
      ),
    sizeConflict: (size, derived, columns) =>
      `la dimensione "${size}" non concorda con i dati, che indicano un'impresa ` +
      `${SIZE_NAMES[derived]} (correggi ${quoted(columns, 'o')})`,
    figuresNeedEmployees: (columns) =>
      'fatturato o bilancio senza il numero di addetti, che la definizione UE di PMI considera ' +
      `per primo (${fillIn(columns, 'una colonna dipendenti')})`,
    lineLabel: (line) => `riga ${line}`,
    summaryHeading: (firms, skipped) =>
      `${firms} impres${firms === 1 ? 'a valutata' : 'e valutate'}` +
      (skipped ? `, ${skipped} rig${skipped === 1 ? 'a saltata' : 'he saltate'}` : ''),
    headingProfile: () => 'Prov · dim.',
    headingReachable: () => 'Aiuto max',
    summaryLegend: () =>
      '✓ ammissibile · ? da verificare · aiuto max: la somma degli aiuti massimi dei bandi ' +
      '(un tetto, non una stima)',
    withoutMatchesHeading: (firms) => `Senza bandi (${firms})`,
    skippedHeading: (rows) => `Righe non lette (${rows})`,
    firmCounts: (calls, eligible, toVerify) =>
      `${calls} band${calls === 1 ? 'o' : 'i'}: ${eligible} ammissibil${eligible === 1 ? 'e' : 'i'}, ` +
      `${toVerify} da verificare`,
    headingCall: () => 'Bando',
    totals: (x) =>
      `Totale: ${x.firms} impres${x.firms === 1 ? 'a valutata' : 'e valutate'} ` +
      `(${x.withoutMatches} senza bandi), ${x.skipped} rig${x.skipped === 1 ? 'a saltata' : 'he saltate'}; ` +
      `${x.matches} corrispondenz${x.matches === 1 ? 'a' : 'e'}: ${x.eligible} ammissibil${x.eligible === 1 ? 'e' : 'i'}, ` +
      `${x.toVerify} da verificare`,
    noMatch: (judged, cuts) =>
      judged === 0
        ? "nessun bando con gli stati richiesti nell'archivio"
        : `nessuno dei ${judged} bandi è accessibile` +
          (cuts.length
            ? `; esclusa per ${cuts.map((c) => `${c.name} (${c.calls})`).join(', ')}`
            : ''),
    municipalityContradicts: (municipality, itsProvince, given, used) =>
      `il comune ${municipality} è in ${itsProvince}, ma la colonna provincia dice ${given}; ` +
      `si usa ${used}`,
    firmNotFound: (name, file, near) => [
      `nessuna impresa di nome "${name}" in ${file}`,
      near.length ? `forse ${quoted(near, 'o')}?` : 'controlla la colonna del nome nel file',
    ],
    firmAmbiguous: (name, matches) => [
      `"${name}" indica ${matches.length} imprese: ${quoted(matches, 'e')}`,
      'scrivi una parte più lunga del nome',
    ],
  },

  workbook: {
    column: (key) =>
      ({
        firm: 'Impresa',
        line: 'Riga',
        province: 'Provincia',
        size: 'Dimensione',
        ateco: 'ATECO',
        eligible: 'Ammissibili',
        toVerify: 'Da verificare',
        reachableEur: 'Aiuto max, somma (EUR)',
        nearestDeadline: 'Prima scadenza',
        nearestCall: 'Bando in scadenza',
        note: 'Nota',
        title: 'Bando',
        id: 'Id',
        status: 'Stato',
        opensOn: 'Apertura',
        closesOn: 'Chiusura',
        daysLeft: 'Giorni rimasti',
        maxAidEur: 'Aiuto max (EUR)',
        budgetEur: 'Dotazione (EUR)',
        aidForms: 'Forme di aiuto',
        eligibility: 'Ammissibilità',
        criteriaToVerify: 'Da controllare',
        programme: 'Programma',
        source: 'Fonte',
        reasons: 'Motivi',
      })[key],
    resultsSheet: () => 'Risultati',
    summarySheet: () => 'Riepilogo',
    detailSheet: () => 'Dettaglio',
    totalRow: () => 'Totale',
  },
  input: {
    regionProvinces: (region, siglas) =>
      `${region} letta come le sue ${siglas.length} province: ${siglas.join(', ')}`,
    municipalityProvince: (municipality, province, sigla) =>
      `${municipality} è in provincia di ${province} (${sigla})`,
    municipalityFormer: (former, successor, kind, date, province, sigla) => {
      const on = date ? ` il ${date}` : '';
      const what =
        kind === 'ridenominazione'
          ? `${former} ha preso il nome ${successor}${on}`
          : kind === 'cambio provincia'
            ? `${former} è passato a un'altra provincia${on} (ora ${successor})`
            : kind === 'incorporazione'
              ? `${former} è stato incorporato in ${successor}${on}`
              : `${former} si è fuso in ${successor}${on}`;
      return `${what}; provincia di ${province} (${sigla})`;
    },
    provinceDissolved: (province, sigla, year, successors) =>
      `la provincia «${province}» (${sigla}) è stata soppressa nel ${year}; i suoi comuni sono ora ` +
      `in ${successors.join(', ')}: indica la nuova provincia per un confronto preciso`,
    atecoReadAs2025: (code, title2025, title2007) =>
      `${code} letto come ATECO 2025${title2025 ? ` (${title2025})` : ''}; scrivi 2007:${code} per il significato 2007${title2007 ? ` (${title2007})` : ''}`,
    atecoDecimalComma: (typed, code, separate) =>
      `ATECO "${typed}" letto come ${code} (virgola decimale)` +
      (separate ? `; per codici distinti scrivi ${separate}` : ''),
  },

  calendar: {
    name: () => 'fesr: scadenze dei bandi',
    verdict: (eligibility) =>
      ({
        eligible: 'Ammissibile: tutti i criteri sono soddisfatti.',
        unverified:
          "Da verificare: nessun criterio esclude l'impresa, ma i dati non ne chiariscono alcuni.",
        ineligible: 'Non ammissibile.',
      })[eligibility],
    reasonsHeading: (eligibility) =>
      eligibility === 'ineligible' ? 'Perché no:' : 'Punti da controllare prima della domanda:',
    deadline: (day, time) => `Scadenza: ${day}${time ? ` ore ${time}` : ''}`,
    link: () => 'Pagina del bando',
    details: (command) => `Tutti i dettagli: ${command}`,
    reminder: (title) => `Chiude tra 7 giorni: ${title}`,
    undatedLeftOut: (count) =>
      `${count} risultat${count === 1 ? 'o non ha' : 'i non hanno'} data di chiusura: esclus${count === 1 ? 'o' : 'i'} dal calendario`,
  },
  rebuild: {
    movedAside: (path, aside) =>
      `${path} spostato in ${aside} (eliminalo quando non ti serve più).`,
    noStore: (path) => `Nessun database in ${path}.`,
    created: (path, measures) =>
      `Creato un nuovo archivio in ${path} dai dati inclusi (${measures} misure).`,
    toRestore: () => 'Il vecchio archivio conteneva altri dati; per recuperarli esegui:',
    logUnreadable: () =>
      'Il registro delle importazioni del vecchio archivio non si legge: importa di nuovo i file che avevi importato ed esegui `fesr update`.',
  },
};
