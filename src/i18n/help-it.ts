// La guida in italiano: cosa dicono `fesr --help` e ogni `fesr COMANDO --help`.
import type { HelpMessages } from './help-messages.js';

export const helpIt: HelpMessages = {
  titles: {
    'Usage:': 'Uso:',
    'Arguments:': 'Argomenti:',
    'Options:': 'Opzioni:',
    'Global Options:': 'Opzioni globali:',
    'Commands:': 'Comandi:',
  },
  examples: 'Esempi:',
  usageOptions: '[opzioni]',
  usageCommand: '[comando]',
  choices: 'valori',
  defaultValue: 'predefinito',
  help: 'mostra la guida del comando',
  version: 'mostra il numero di versione',
  addHelp: '(aggiungi --help per la guida)',
  repeatable: 'ripetibile',
  program: {
    description:
      "Trova i bandi del PR FESR Lombardia 2021-2027 e i bandi nazionali a cui un'impresa può partecipare.",
    db: 'file del database (predefinito: $FESR_DB, altrimenti $XDG_DATA_HOME/fesr/fesr.sqlite)',
    noColor: 'nessun colore, anche su un terminale',
    lang: "lingua dell'interfaccia (predefinita da LC_ALL/LC_MESSAGES/LANG)",
    debug: 'stampa lo stack trace degli errori interni',
    startHere: 'Per iniziare:',
    start: {
      search: "i bandi a cui un'impresa può partecipare, da dimensione, settore e provincia",
      wizard: 'lo stesso, rispondendo a qualche domanda',
      match: 'tutte le imprese di un elenco clienti (CSV) in una volta',
      show: 'un bando per intero, con il verdetto su ogni criterio',
      update: 'scarica i bandi più recenti dagli open data ufficiali',
    },
    moreHelp: 'fesr COMANDO --help mostra tutte le opzioni e altri esempi.',
  },
  options: {
    size: 'micro, piccola, media o grande (in inglese: micro, small, medium, large)',
    employees:
      'addetti in unità lavorative annue (ULA), ad es. 20 o 12,5: ne deriva la dimensione UE',
    turnover: 'fatturato annuo in EUR',
    balanceSheet: 'totale di bilancio in EUR',
    ateco:
      'codice ATECO 2007 o 2025, ad es. 20.42 (20,42 vale 20.42; ripetibile); 2007:CODICE o 2025:CODICE impone la versione, altrimenti un codice presente in entrambe con significati diversi vale come 2025',
    province:
      'sigla o nome della provincia (CR, Cremona), un comune (Crema), una regione (Lombardia) o un elenco con virgole (CR,MI,LO); ripetibile: un bando passa se è aperto ad almeno una',
    founded: "quando è stata costituita l'impresa: AAAA o AAAA-MM",
    legalForm:
      'srl, spa, sapa, snc, sas, cooperativa, ditta individuale, consorzio, … (anche in inglese)',
    status: {
      'innovative-startup': 'start-up innovativa iscritta (--no-… per dire che non lo è)',
      'innovative-sme': 'PMI innovativa iscritta (--no-…: non lo è)',
      'women-led': 'impresa femminile (--no-…: non lo è)',
      'youth-led': 'impresa giovanile (--no-…: non lo è)',
      'non-profit': 'ente senza scopo di lucro (--no-…: non lo è)',
    },
    notStatus: (status) => `l'impresa non lo è (i bandi per imprese ${status} non passano)`,
    profile: 'carica un profilo salvato; le opzioni ne sostituiscono i campi',
    format: 'formato di uscita',
    formatCalendar: 'formato di uscita (ics: le scadenze come calendario)',
    output: (extensions) =>
      `scrive su un file; ${extensions.join(', ')} ${extensions.length === 1 ? 'dà' : 'danno'} il formato se manca --format (un altro nome richiede --format)`,
    force: 'sostituisce un file --output esistente',
    excel: 'CSV per Excel in italiano: BOM, ";" e virgola decimale',
    statuses:
      'open, upcoming, closed, unknown, withdrawn o all, separati da virgole (predefinito open,upcoming)',
    asOfRome: 'il giorno per cui si calcola lo stato, AAAA-MM-GG (predefinito oggi, ora di Roma)',
    aid: 'grant (contributo), loan (finanziamento), guarantee (garanzia), equity (capitale), other (altro), separati da virgole',
    source: 'solo le misure di questa fonte (bundled, incentivi, lombardia, …)',
    fesr: 'solo le misure finanziate dal PR FESR 2021-2027',
    text: 'ricerca nel titolo e nella descrizione (parole tutte presenti, "una frase", OR)',
    sort: 'ordinamento',
    limit: 'al massimo N misure',
    explain: 'elenca anche le misure che il profilo non supera, con i motivi',
  },
  commands: {
    search: {
      description:
        "Elenca le misure a cui un profilo d'impresa può partecipare, dalla scadenza più vicina.",
      new: "solo i bandi arrivati con l'ultimo `fesr update`",
      changed: "solo i bandi che l'ultimo `fesr update` ha cambiato o ritirato, con i campi",
      ateco2007: 'il significato ATECO 2007',
      calendar: 'le scadenze come calendario',
    },
    show: {
      description:
        'Mostra tutti i campi salvati di una misura; con le opzioni del profilo, il verdetto su ogni criterio.',
      id: 'id della misura (vedi `fesr search`)',
      asOf: 'il giorno per cui si calcola lo stato, AAAA-MM-GG',
    },
    import: {
      description:
        "Importa bandi da un CSV di fesr, da un export di incentivi.gov.it o dall'elenco bandi di Regione Lombardia.",
      files: 'file da importare (- legge lo standard input)',
      format: 'impone un formato invece di riconoscerlo (fesr-csv, incentivi, lombardia)',
      source: 'il nome della fonte dei record importati',
      strict: "una riga errata fa fallire tutta l'importazione (database invariato)",
      dryRun: 'controlla e riferisce, non scrive nulla',
      rejects:
        "scrive ogni riga scartata (riga, campo, motivo) in questo CSV (predefinito oltre dieci righe errate: FILE.rejects.csv accanto all'input)",
      force: 'sostituisce un file --rejects esistente',
    },
    update: {
      description:
        'Scarica gli open data ufficiali (incentivi.gov.it, dati.lombardia.it) e importa ciò che è cambiato.',
      sources: 'solo queste fonti (incentivi, lombardia; predefinite entrambe)',
      url: 'scarica una fonte da un altro indirizzo (un mirror); ripetibile; anche $FESR_URL_INCENTIVI, $FESR_URL_LOMBARDIA',
      timeout: 'rinuncia a una connessione muta per tanti secondi (predefinito 60)',
      retries:
        'tentativi dopo una risposta 5xx o un errore di rete, con attesa crescente (predefinito 3)',
      after: [
        'Richieste condizionali: una fonte invariata costa un solo scambio e non importa nulla.',
        'Una fonte che non riesce (rete, timeout, errore HTTP, risposta troncata o inattesa) non cambia nulla nel database; le altre si aggiornano comunque; il codice di uscita è 5.',
        'I bandi assenti da un download completo sono segnati come ritirati (conservati; --status withdrawn).',
        'Proxy: HTTPS_PROXY, HTTP_PROXY e NO_PROXY sono rispettati.',
      ],
    },
    news: {
      description:
        'Per ogni profilo salvato, i bandi compatibili nuovi o cambiati dal suo ultimo `fesr news`.',
      profile: 'solo questo profilo salvato; ripetibile (predefinito: tutti i profili salvati)',
      after: [
        'Non stampa nulla ed esce con 0 quando non ci sono novità, così un cron job manda solo le novità: fesr update && fesr news',
      ],
    },
    stats: {
      description: 'Misure per stato, forma di aiuto e programma, con i totali in EUR.',
      asOf: 'il giorno per cui si calcolano gli stati, AAAA-MM-GG',
    },
    sources: {
      description: 'Ogni fonte con il numero di record, l’ora dell’ultima importazione e il file.',
    },
    wizard: {
      description:
        "Rispondi a qualche domanda (dimensione, settore, provincia) e vedi i bandi a cui l'impresa può partecipare.",
      asOf: 'il giorno per cui si calcolano gli stati, AAAA-MM-GG (predefinito oggi)',
      profile: 'parte da un profilo salvato: le sue risposte sono i valori proposti',
      after: [
        'Richiede un terminale interattivo; negli script usa `fesr search` con le opzioni che la procedura guidata stampa.',
      ],
    },
    profile: {
      description: "Profili d'impresa salvati, per `fesr search --profile NOME` e `fesr show`.",
      name: 'nome del profilo',
      list: 'Elenca i profili salvati.',
      show: 'Mostra un profilo salvato e le opzioni `fesr search` equivalenti.',
      save: 'Salva un profilo dalle opzioni del profilo (controllate come in una ricerca).',
      saveName: 'nome del profilo: lettere, cifre, - e _',
      text: 'parole da cercare con questo profilo',
      aid: 'forme di aiuto da tenere, separate da virgole',
      force: 'sostituisce un profilo esistente con lo stesso nome',
      delete: 'Elimina un profilo salvato.',
    },
    rebuild: {
      description: 'Sposta da parte un database danneggiato e ne crea uno nuovo dai dati inclusi.',
      force: 'sposta il file anche se non sembra un database di fesr',
      after: [
        'Il file danneggiato è rinominato <db>.damaged-<ora>, mai cancellato. Il nuovo archivio contiene i dati inclusi; le fonti che il vecchio aveva in più sono elencate con i comandi che le riportano (fesr update, fesr import), per quanto il suo registro si legge.',
      ],
    },
    match: {
      description:
        'Portafoglio clienti: ogni impresa di un CSV confrontata con le misure a cui può partecipare.',
      file: 'CSV delle imprese (- legge lo standard input)',
      firm: "solo questo cliente: il nome, o una sua parte che indichi un'impresa sola",
      input: [
        'Input: un CSV (",", ";" o tabulazione; UTF-8 o Windows-1252) con una riga di intestazione.',
        'Colonne in italiano o in inglese; maiuscole, accenti, punteggiatura e un anno o una valuta in coda non contano ("Fatturato 2024 (€)" è fatturato). I nomi principali:',
      ],
      columns: {
        name: "l'impresa (obbligatoria)",
        size: 'micro, piccola, media, grande (o small...)',
        employees: 'addetti in unità lavorative annue (ad es. 12,5)',
        turnover: 'EUR',
        'balance sheet': 'EUR',
        ateco:
          'codici separati da ";", "," o spazi (20,42 con la virgola decimale è 20.42; 2007:25.62 impone ATECO 2007, come un\'intestazione "Codice ATECO 2007" per la sua colonna)',
        province: 'sigla, nome o un comune (Crema: CR)',
        comune: 'porta alla sua provincia quando questa manca',
      },
      output: [
        'Ogni nome è elencato in README.md; le altre colonne sono nominate su stderr, non lette.',
        'Le celle con n.d., -, / o vuote sono "non indicato". Un comune di una provincia diversa da quella della colonna provincia è un avviso che le nomina entrambe.',
        'Output: un riepilogo per impresa (provincia e dimensione, ATECO, ammissibili, da verificare, la somma degli aiuti massimi, la prima scadenza), le imprese senza bandi con i criteri che li hanno esclusi, le righe non lette con il motivo, poi i bandi di ogni impresa sotto il suo nome, e i totali. xlsx: una cartella di lavoro con i fogli Riepilogo e Dettaglio. CSV: una riga per impresa e bando, una per impresa senza bandi e per riga non letta (motivo in "note"). JSON: {"firms": [{"name", "line", "province", "size", "ateco", "count", "eligible", "toVerify", "reachableEur", "nearestDeadline", "note", "matches": [...]}], "skipped": [...], "totals": {...}}.',
      ],
    },
    completion: {
      description: 'Stampa uno script di completamento per la shell bash, zsh o fish.',
      shell: 'la shell: bash, zsh o fish',
      after: [
        'Lo script completa comandi, opzioni e i valori di un insieme chiuso (dimensioni, stati, forme di aiuto, formati, province); i nomi dei profili salvati e gli id delle misure vengono dall’archivio mentre scrivi. Da impostare una volta:',
      ],
      setup: {
        bash: 'bash: aggiungi a ~/.bashrc',
        zsh: 'zsh: aggiungi a ~/.zshrc',
        fish: 'fish: scrivilo una volta nella cartella dei completamenti',
      },
    },
    complete: {
      description:
        'Valori per gli script di completamento: nomi dei profili salvati o id delle misure.',
      what: 'profiles o ids',
      prefix: 'solo i valori che iniziano così',
    },
  },
};
