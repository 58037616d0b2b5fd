import { SME_CEILINGS } from '../core/size.js';
import type { AidForm, Size, SizeBasis, Status } from '../core/types.js';
import type { AtecoLevel } from '../core/ateco.js';
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
};
const KEY_ACTIONS: Record<string, string> = {
  navigate: 'scorri',
  select: 'scegli',
};
const list = (items: readonly string[]) => items.join(', ');
const euro = (amount: number) => `EUR ${Math.round(amount).toLocaleString('it-IT')}`;
const sizes = (allowed: readonly Size[]) => list(allowed.map((s) => SIZE_NAMES[s]));
const firm = (size: Size, basis: string | null) =>
  `impresa ${SIZE_NAMES[size]}${basis ? ` (${basis})` : ''}`;
const days = (n: number) => (n === 1 ? '1 giorno' : `${n} giorni`);
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
};

export const it: Messages = {
  lang: 'it',
  sizeName: (size) => SIZE_NAMES[size],
  list,
  euro,

  sizeBasis: (b) => {
    const figures = figuresOf(b);
    if (b.decidedBy === 'financials') {
      return `${b.employees} addetti, ma ${list(figures)} superano i limiti della ${SIZE_NAMES[b.byHeadcount]}`;
    }
    if (b.size === 'large') return `${b.employees} addetti, non sotto la soglia PMI di 250`;
    return figures.length
      ? `${b.employees} addetti, ${list(figures)}`
      : `${b.employees} addetti (fatturato e bilancio non indicati)`;
  },
  sizeProfileMissing: () => 'dimensione non indicata (usa --size o --employees)',
  sizeNotStated: () => 'i dati non dicono quali dimensioni sono ammesse',
  sizeAdmitted: (size, basis, allowed) =>
    `${firm(size, basis)}; il bando ammette ${sizes(allowed)}`,
  sizeRejected: (size, basis, allowed) =>
    `${firm(size, basis)}; il bando ammette solo ${sizes(allowed)}`,
  sizeOverEmployeeCap: (employees, cap) =>
    `impresa grande con ${employees} addetti; le grandi imprese sono ammesse solo fino a ${cap}`,
  sizeEmployeeCapUnknown: (cap) =>
    `le grandi imprese sono ammesse solo fino a ${cap} addetti; numero di addetti non indicato`,

  sectorProfileMissing: () => 'codice ATECO non indicato (usa --ateco)',
  sectorAllAdmitted: () => 'tutti i settori sono ammessi',
  sectorAdmitted: (code, rule, level) =>
    rule === 'all'
      ? `${code} è ammesso (nessuna esclusione si applica)`
      : `${code} rientra ${level ? `${LEVEL_NAMES[level]} ammessa` : 'tra i settori ammessi'} ${rule}`,
  sectorExcluded: (code, by, level, excluded) =>
    `${code} rientra ${LEVEL_NAMES[level]} esclusa ${by} (esclusi: ${atecoRules(excluded)})`,
  sectorNotIncluded: (code, included) => `${code} non è tra i settori ammessi (${list(included)})`,
  sectorPartlyExcluded: (code, by) =>
    `una parte di ${code} è esclusa (${by}); verifica il codice esatto`,
  sectorPartlyIncluded: (code, by) =>
    `solo una parte di ${code} è ammessa (${by}); verifica il codice esatto`,
  sectorNotStated: () => 'i dati non indicano i settori ammessi',
  sectorNoEquivalent: (code, version) =>
    `${code} non ha un equivalente ATECO ${version} con cui confrontarlo`,
  sectorNote: (note) => `regola sul settore, in parole: ${note}`,

  territoryProfileMissing: () => 'provincia non indicata (usa --province)',
  territoryNational: () => 'misura nazionale: tutte le province',
  territoryRegion: (province, region) => `${province} è in ${region}, dove il bando si applica`,
  territoryProvince: (province) => `il bando è limitato a ${province}`,
  territoryMunicipalities: (province, names) =>
    `limitato a comuni della provincia di ${province}: ${list(names)}`,
  territoryOutside: (province, where) => `${province} è fuori dall'area del bando (${list(where)})`,
  territoryNotStatedLombardy: (province) =>
    `nessun limite territoriale indicato: vale per tutte le province lombarde, ${province} compresa`,
  territoryNotStated: () => 'i dati non indicano il territorio',

  applicantFirm: () => 'le imprese presentano domanda direttamente',
  applicantPartnership: (note) =>
    `le imprese partecipano solo in partenariato o filiera${note ? `: ${note}` : ''}`,
  applicantFundManager: () =>
    "presentano domanda solo i gestori di fondi; l'impresa non può candidarsi (può riceverne investimenti)",
  applicantPublicBody: () => 'presentano domanda solo enti pubblici; non aperto alle imprese',
  applicantOther: (note) => `beneficiari particolari${note ? `: ${note}` : ''}`,
  applicantNotStated: () => 'i dati non dicono chi può presentare domanda',

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
    `${f.count} misur${f.count === 1 ? 'a' : 'e'} · ` +
    (f.withBudget === 0
      ? 'dotazione non nota'
      : `dotazione ${euro(f.totalBudget)}` +
        (f.withBudget < f.count ? ` (${f.withBudget} con dotazione nota)` : '')) +
    `\n${f.closingSoon} in scadenza entro 30 giorni` +
    (f.ineligible ? ` · e ${f.ineligible} non ammissibili, elencate da --explain` : ''),
  legend: () => '✓ ammissibile  ? da verificare  ✗ non ammissibile',
  noResults: (explained) =>
    explained
      ? 'Nessuna misura corrisponde.'
      : 'Nessuna misura corrisponde. Prova --explain per vedere perché.',

  statusOpen: (closesOn, daysLeft) => `aperto, chiude il ${closesOn} (mancano ${days(daysLeft)})`,
  statusOpeningUnknown: (closesOn, daysLeft) =>
    `chiude il ${closesOn} (mancano ${days(daysLeft)}); la data di apertura non è nota`,
  statusOpenEnded: (opensOn) =>
    `aperto${opensOn ? ` dal ${opensOn}` : ''} fino a esaurimento fondi (nessuna data di chiusura)`,
  statusUpcoming: (opensOn) => `apre il ${opensOn}`,
  statusClosed: (closesOn) => `chiuso il ${closesOn}`,
  statusUnknown: () => 'date non note',

  errors: {
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
      `impossibile scrivere ${p.file}`,
      'controlla che la cartella esista e sia scrivibile',
    ],
    'unknown-measure': (p) => [
      `nessuna misura con id "${p.id}"`,
      p.suggestions
        ? `forse intendevi ${p.suggestions}?`
        : 'elenca gli id con `fesr search --status all`',
    ],
    'bad-count': (p) => [
      `${p.flag} vuole un numero intero${p.min && p.min !== '0' ? ` da ${p.min} in su` : ''}, non "${p.value}"`,
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
    'file-empty': (p) => [`${p.file}: il file è vuoto`, 'il database non è stato modificato'],
    'file-binary': (p) => [
      `${p.file}: il file è binario, non testo`,
      'indica un file CSV o JSON; il database non è stato modificato',
    ],
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

  admin: {
    statsTitle: (measures, total, asOf) => `${measures} misure, ${total} (al ${asOf})`,
    headingStatus: () => 'stato',
    headingAidForm: () => "forma dell'aiuto",
    headingProgramme: () => 'programma',
    headingMeasures: () => 'misure',
    notStated: () => '(non indicato)',
    statusName: (status) =>
      ({ open: 'aperto', upcoming: 'in arrivo', closed: 'chiuso', unknown: 'non noto' })[status],
    headingSource: () => 'fonte',
    headingLastImport: () => 'ultima importazione',
    headingFile: () => 'file',
    headingCounts: () => 'n/a/=/scart',
    importSummary: (r) =>
      `${r.file}: ${r.recordsRead} letti, ${r.inserted} nuovi, ${r.updated} aggiornati, ` +
      `${r.unchanged} invariati, ${r.skipped} scartati in ${r.seconds.toFixed(1).replace('.', ',')} s` +
      ` [${r.format} → ${r.source}]${r.dryRun ? ' (prova: nulla è stato scritto)' : ''}`,
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
    keywordsQuestion: () => 'Parole da cercare nei bandi (facoltative, Invio per nessuna)',
    aidQuestion: () => "Forma dell'aiuto",
    aidAny: () => 'qualsiasi forma',
    resultsHeading: (asOf) => `Misure a cui l'impresa può partecipare, al ${asOf}:`,
    nextQuestion: () => 'E ora?',
    openDetails: () => 'apri il dettaglio di una misura e le motivazioni',
    changeAnswers: () => 'cambia le risposte',
    finish: () => 'fine: salva ed esporta',
    pickMeasure: () => 'Quale misura?',
    saveQuestion: () => 'Salvare questo profilo per le prossime ricerche?',
    profileNameQuestion: () => 'Nome del profilo (lettere, cifre, - e _)',
    profileNameInvalid: () => 'usa solo lettere, cifre, - e _ (al massimo 64)',
    replaceProfile: (name) => `Esiste già un profilo "${name}". Sostituirlo?`,
    profileSaved: (name) => `Profilo "${name}" salvato.`,
    exportQuestion: () => 'Esportare i risultati in un file CSV?',
    fileNameQuestion: () => 'Nome del file',
    replaceFile: (path) => `${path} esiste già. Sostituirlo?`,
    exported: (count, path) =>
      `${count} misur${count === 1 ? 'a scritta' : 'e scritte'} in ${path}.`,
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
    sizeMissing: (columns) =>
      `dimensione non indicata (${fillIn(columns, 'una colonna dimensione o dipendenti')})`,
    sectorMissing: (columns) =>
      `codice ATECO non indicato (${fillIn(columns, 'una colonna ATECO')})`,
    territoryMissing: (columns) =>
      `provincia non indicata (${fillIn(columns, 'una colonna provincia o comune')})`,
    sizeConflict: (size, derived, columns) =>
      `la dimensione "${size}" non concorda con i dati, che indicano un'impresa ` +
      `${SIZE_NAMES[derived]} (correggi ${quoted(columns, 'o')})`,
    figuresNeedEmployees: (columns) =>
      'fatturato o bilancio senza il numero di addetti, che la definizione UE di PMI considera ' +
      `per primo (${fillIn(columns, 'una colonna dipendenti')})`,
  },

  input: {
    municipalityProvince: (municipality, province, sigla) =>
      `${municipality} è in provincia di ${province} (${sigla})`,
    atecoDecimalComma: (typed, code, separate) =>
      `ATECO "${typed}" letto come ${code} (virgola decimale)` +
      (separate ? `; per codici distinti scrivi ${separate}` : ''),
  },
};
