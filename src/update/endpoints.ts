// The official open datasets `fesr update` reads, in one place. Each can be pointed elsewhere (a
// mirror, a test server) with `--url SOURCE=URL` or the environment variable named here.
import { UsageError } from '../errors.js';

export const UPDATE_SOURCES = ['incentivi', 'lombardia'] as const;
export type UpdateSource = (typeof UPDATE_SOURCES)[number];

/**
 * The incentivi.gov.it open-data export: the portal's own Solr query behind "Scarica JSON", with
 * its column aliases (alias:solr_field, in the portal's order). The whole catalogue in one
 * response: `rows` is well above the ~6,000 measures; a response with fewer docs than
 * `numFound` is a partial snapshot (see `run-update.ts`).
 */
const INCENTIVI_FIELDS: readonly (readonly [string, string])[] = [
  ['ID_Incentivo', 'zs_nid'],
  ['Titolo', 'zs_title'],
  ['Descrizione', 'zs_body'],
  ['Obiettivo_Finalita', 'zm_field_scopes_value'],
  ['Data_apertura', 'zs_field_open_date'],
  ['Data_chiusura', 'zs_field_close_date'],
  ['Note_di_apertura_chiusura', 'zs_field_close_date_descriptor'],
  ['Dimensioni', 'zm_field_dimensions_value'],
  ['Tipologia_Soggetto', 'zm_field_subject_type_value'],
  ['Forma_agevolazione', 'zm_field_support_form_value'],
  ['Costi_Ammessi', 'zm_field_granted_costs_value'],
  ['Spesa_Ammessa_min', 'zs_field_cost_min'],
  ['Spesa_Ammessa_max', 'zs_field_cost_max'],
  ['Agevolazione_Concedibile_min', 'zs_field_support_grant_type_min'],
  ['Agevolazione_Concedibile_max', 'zs_field_support_grant_type_max'],
  ['Settore_Attivita', 'zm_field_activity_sector_value'],
  ['Codici_ATECO', 'zs_field_ateco'],
  ['Regioni', 'zm_field_regions_value'],
  ['Comuni', 'zs_field_comuni'],
  ['Ambito_territoriale', 'zm_field_special_territory_value'],
  ['Soggetto_Concedente', 'zs_field_subject_grant'],
  ['Base_normativa_primaria', 'zs_field_primary_ruleset'],
  ['Base_normativa_secondaria', 'zs_field_secondary_ruleset'],
  ['Provvedimento_attuativo', 'zs_field_implementation_ruleset'],
  ['Gazzetta_ufficiale', 'zs_field_official_references'],
  ['Stanziamento_incentivo', 'zs_field_budget_allocation'],
  ['Link_istituzionale', 'zs_field_link'],
  ['Altre_caratteristiche', 'zs_field_other_characteristic'],
  ['Data_ultimo_aggiornamento', 'ds_last_update'],
];

const INCENTIVI_URL =
  'https://www.incentivi.gov.it/solr/coredrupal/select?q=index_id:incentivi&q.op=OR&wt=json' +
  `&rows=20000&fl=${INCENTIVI_FIELDS.map(([alias, field]) => `${alias}:${field}`).join(',')}`;

export interface Endpoint {
  source: UpdateSource;
  /** What the source is, for messages. */
  name: string;
  url: string;
  /** The importer format its payload is read with. */
  format: 'incentivi' | 'lombardia';
  /** Socrata paging: rows per request (`$limit`/`$offset`), or null for one request. */
  pageSize: number | null;
  /** The environment variable that overrides `url`. */
  env: string;
}

export const ENDPOINTS: Readonly<Record<UpdateSource, Endpoint>> = {
  incentivi: {
    source: 'incentivi',
    name: 'incentivi.gov.it open data',
    url: INCENTIVI_URL,
    format: 'incentivi',
    pageSize: null,
    env: 'FESR_URL_INCENTIVI',
  },
  lombardia: {
    source: 'lombardia',
    name: 'dati.lombardia.it call registry (bukx-h2uy)',
    url: 'https://www.dati.lombardia.it/resource/bukx-h2uy.json',
    format: 'lombardia',
    pageSize: 1000,
    env: 'FESR_URL_LOMBARDIA',
  },
};

function parseUrl(text: string, where: string): string {
  let url: URL | null = null;
  try {
    url = new URL(text);
  } catch {
    url = null;
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:'))
    throw new UsageError(
      `${where}: "${text}" is not an http:// or https:// URL`,
      'e.g. --url lombardia=https://mirror.example/bandi.json',
      { detail: { code: 'bad-url', params: { where, input: text } } },
    );
  return url.toString();
}

function sourceNamed(name: string, where: string): UpdateSource {
  const source = UPDATE_SOURCES.find((s) => s === name.trim().toLowerCase());
  if (!source)
    throw new UsageError(
      `${where}: unknown source "${name}"`,
      `the sources are ${UPDATE_SOURCES.join(', ')}`,
      {
        detail: {
          code: 'unknown-update-source',
          params: { where, input: name, sources: UPDATE_SOURCES.join(', ') },
        },
      },
    );
  return source;
}

/** `--url SOURCE=URL` values, then the environment, then the official addresses. */
export function resolveEndpoints(
  urlFlags: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  only: readonly string[] = [],
): Endpoint[] {
  const overrides = new Map<UpdateSource, string>();
  for (const [source, endpoint] of Object.entries(ENDPOINTS) as [UpdateSource, Endpoint][]) {
    const fromEnv = env[endpoint.env];
    if (fromEnv) overrides.set(source, parseUrl(fromEnv, endpoint.env));
  }
  for (const flag of urlFlags) {
    const at = flag.indexOf('=');
    if (at <= 0)
      throw new UsageError(
        `--url ${flag}: expected SOURCE=URL`,
        'e.g. --url lombardia=https://mirror.example/bandi.json',
        { detail: { code: 'bad-url', params: { where: '--url', input: flag } } },
      );
    const source = sourceNamed(flag.slice(0, at), '--url');
    overrides.set(source, parseUrl(flag.slice(at + 1), `--url ${source}`));
  }
  const chosen = only.length
    ? only.map((name) => sourceNamed(name, 'fesr update'))
    : UPDATE_SOURCES;
  return [...new Set(chosen)].map((source) => ({
    ...ENDPOINTS[source],
    url: overrides.get(source) ?? ENDPOINTS[source].url,
  }));
}

/** The address of one Socrata page: the endpoint with `$limit`, `$offset` and a stable order. */
export function pageUrl(base: string, pageSize: number, offset: number): string {
  const url = new URL(base);
  url.searchParams.set('$limit', String(pageSize));
  url.searchParams.set('$offset', String(offset));
  if (!url.searchParams.has('$order')) url.searchParams.set('$order', ':id');
  return url.toString();
}
