// The verdict of one measure for one company, criterion by criterion. Each reason is data (a code,
// its parameters and the words it rests on); the catalogues turn it into a sentence.
import { formatStatusSeen, parseStatusSeen, seenStatusOn } from './status-seen.js';
import { atecoLevel, checkAtecoCode, isWithin, type SectorOutcome } from './ateco.js';
import { daysBetween } from './dates.js';
import {
  describeTerritory,
  LOMBARDIA_REGION_CODE,
  PROVINCES,
  provinceBySigla,
  provinceSet,
} from './provinces.js';
import type { AtecoReading, ReasonCode, ReasonParams, ReasonParamsByCode } from './reason-codes.js';
import { sectorValuesOf } from './rules/sector-words.js';
import type {
  CompanyProfile,
  Criterion,
  Eligibility,
  ExtractedRule,
  Measure,
  MeasureStatus,
  Provenance,
  Reason,
  Verdict,
} from './types.js';

export interface MatchContext {
  /** The day firm ages are counted to. */
  asOf: string;
  /** Name of a municipality by ISTAT code, for reasons; optional. */
  municipalityName?: (istatCode: string) => string | undefined;
}

export function reason<C extends ReasonCode>(
  criterion: Criterion,
  verdict: Verdict,
  code: C,
  params: ReasonParamsByCode[C],
  from: Provenance | null = null,
): Reason {
  return {
    criterion,
    verdict,
    code,
    params,
    source: from?.source ?? null,
    field: from?.field ?? null,
    quote: from?.quote ?? null,
  };
}

const RANK: Record<Verdict, number> = { pass: 0, unknown: 1, fail: 2 };

/** The most careful of several reasons on one criterion: a fail, else an unknown, else the first. */
export function worstOf(reasons: readonly Reason[]): Reason | undefined {
  return reasons.reduce<Reason | undefined>(
    (worst, r) => (!worst || RANK[r.verdict] > RANK[worst.verdict] ? r : worst),
    undefined,
  );
}

type RuleOf<K extends ExtractedRule['kind']> = Extract<ExtractedRule, { kind: K }>;
function rulesOf<K extends ExtractedRule['kind']>(measure: Measure, kind: K): RuleOf<K>[] {
  return (measure.rules ?? []).filter((r): r is RuleOf<K> => r.kind === kind);
}

export function checkSize(measure: Measure, profile: CompanyProfile): Reason {
  const base = sizeFromField(measure, profile);
  if (!profile.size || measure.sizes.length === 0) return base;
  const size = profile.size;
  const verdicts = rulesOf(measure, 'size-words').map((rule): Reason | null => {
    const inWords = rule.sizes.includes(size);
    if (base.verdict === 'pass' && !inWords) {
      return rule.sure
        ? reason('size', 'fail', 'size-words-exclude', { size, inWords: rule.sizes }, rule.from)
        : reason(
            'size',
            'unknown',
            'size-words-disagree',
            { size, allowed: measure.sizes, inWords: rule.sizes },
            rule.from,
          );
    }
    if (base.verdict === 'fail' && inWords && base.code === 'size-rejected') {
      return reason(
        'size',
        'unknown',
        'size-words-disagree',
        { size, allowed: measure.sizes, inWords: rule.sizes },
        rule.from,
      );
    }
    return null;
  });
  const found = verdicts.filter((r): r is Reason => r !== null);
  return found.length ? (worstOf(found) as Reason) : base;
}

function sizeFromField(measure: Measure, profile: CompanyProfile): Reason {
  if (measure.sizes.length === 0) return reason('size', 'unknown', 'size-not-stated', {});
  if (!profile.size) return reason('size', 'unknown', 'size-profile-missing', {});
  const basis = profile.sizeBasis;
  if (!measure.sizes.includes(profile.size)) {
    return reason('size', 'fail', 'size-rejected', {
      size: profile.size,
      basis,
      allowed: measure.sizes,
    });
  }
  if (profile.size === 'large' && measure.maxEmployees !== null) {
    if (profile.employees === null) {
      return reason('size', 'unknown', 'size-employee-cap-unknown', { cap: measure.maxEmployees });
    }
    if (profile.employees > measure.maxEmployees) {
      return reason('size', 'fail', 'size-over-employee-cap', {
        employees: profile.employees,
        cap: measure.maxEmployees,
      });
    }
  }
  return reason('size', 'pass', 'size-admitted', {
    size: profile.size,
    basis,
    allowed: measure.sizes,
  });
}

function sectorReason(outcome: SectorOutcome, measure: Measure): Reason {
  switch (outcome.verdict) {
    case 'pass':
      return reason('sector', 'pass', 'sector-admitted', {
        code: outcome.code,
        rule: outcome.rule,
        level: outcome.rule === 'all' ? null : atecoLevel(outcome.rule),
      });
    case 'fail':
      return outcome.rule === 'excluded'
        ? reason('sector', 'fail', 'sector-excluded', {
            code: outcome.code,
            by: outcome.by ?? '',
            level: atecoLevel(outcome.by ?? ''),
            excluded: measure.atecoExcluded,
          })
        : reason('sector', 'fail', 'sector-not-included', {
            code: outcome.code,
            included: measure.atecoIncluded,
          });
    case 'unknown':
      if (outcome.rule === 'partly-excluded')
        return reason('sector', 'unknown', 'sector-partly-excluded', {
          code: outcome.code,
          by: outcome.by ?? '',
        });
      if (outcome.rule === 'partly-included')
        return reason('sector', 'unknown', 'sector-partly-included', {
          code: outcome.code,
          by: outcome.by ?? '',
        });
      return sectorNotStated(measure);
  }
}

const sectorNotStated = (measure: Measure): Reason =>
  measure.sectorNote
    ? reason('sector', 'unknown', 'sector-note', { note: measure.sectorNote })
    : reason('sector', 'unknown', 'sector-not-stated', {});

/** Several candidate codes (a 2025 code with many 2007 equivalents): sure only when all agree. */
function combineCandidates(outcomes: SectorOutcome[]): SectorOutcome {
  const first = outcomes[0] as SectorOutcome;
  if (outcomes.every((o) => o.verdict === first.verdict)) return first;
  return (
    outcomes.find((o) => o.verdict === 'unknown') ?? {
      ...first,
      verdict: 'unknown',
      rule: 'partly-excluded',
      by: outcomes.find((o) => o.verdict === 'fail')?.code ?? null,
    }
  );
}

/** A sector rule read from words or the source's sector list, for one activity's 2007 codes. */
function sectorRuleReason(
  rule: RuleOf<'sector'>,
  codes: readonly string[],
  shown: string,
  base: Reason,
): Reason | null {
  const inside = codes.some((code) => rule.codes.some((scope) => isWithin(code, scope, '2007')));
  if (inside) {
    // Words that admit the firm settle a sector the fields left open; they never override a fail.
    return base.verdict === 'unknown' &&
      rule.sure &&
      (base.code === 'sector-not-stated' || base.code === 'sector-note')
      ? reason(
          'sector',
          'pass',
          'sector-words-admitted',
          { code: shown, labels: rule.labels },
          rule.from,
        )
      : null;
  }
  if (base.verdict === 'fail') return null;
  // A code coarser than a scope of the words (a division against "10.71") may or may not be in it.
  const finer = rule.codes.find((scope) =>
    codes.some((code) => scope !== code && isWithin(scope, code, '2007')),
  );
  if (finer !== undefined)
    return reason(
      'sector',
      'unknown',
      'sector-words-partly',
      { code: shown, labels: rule.labels, by: finer },
      rule.from,
    );
  const fromList = rule.from.source === 'field';
  // A code the sector list cannot place may still be one of its sectors.
  const placed = !fromList || codes.some((code) => sectorValuesOf(code).length > 0);
  if (rule.sure && placed)
    return reason(
      'sector',
      'fail',
      'sector-words-outside',
      { code: shown, labels: rule.labels },
      rule.from,
    );
  return fromList && base.code === 'sector-admitted'
    ? reason(
        'sector',
        'unknown',
        'sector-fields-disagree',
        { code: shown, labels: rule.labels },
        rule.from,
      )
    : reason(
        'sector',
        'unknown',
        'sector-words-outside',
        { code: shown, labels: rule.labels },
        rule.from,
      );
}

export function checkSector(measure: Measure, profile: CompanyProfile): Reason {
  const rules = {
    included: measure.atecoIncluded,
    excluded: measure.atecoExcluded,
    version: measure.atecoVersion,
  };
  const wordRules = rulesOf(measure, 'sector');
  const everySector = rules.included.includes('*') && rules.excluded.length === 0;
  if (profile.ateco.length === 0) {
    return everySector && wordRules.length === 0
      ? reason('sector', 'pass', 'sector-all-admitted', {})
      : reason('sector', 'unknown', 'sector-profile-missing', {});
  }
  const perActivity = profile.ateco.map((activity): Reason => {
    const base = baseSector(measure, rules, activity);
    const found = wordRules
      .map((rule) => sectorRuleReason(rule, activity.as2007, activity.code, base))
      .filter((r): r is Reason => r !== null);
    return withReading(worstOf(found) ?? base, activity, measure.atecoVersion);
  });
  // A firm with several activities qualifies through any one of them.
  return (
    perActivity.find((r) => r.verdict === 'pass') ??
    perActivity.find((r) => r.verdict === 'unknown') ??
    (perActivity[0] as Reason)
  );
}

/** The sector reasons that speak of the firm's code, and so may say how it was read. */
const ABOUT_THE_CODE = new Set<ReasonCode>([
  'sector-admitted',
  'sector-excluded',
  'sector-not-included',
  'sector-partly-excluded',
  'sector-partly-included',
  'sector-no-equivalent',
  'sector-words-admitted',
  'sector-words-outside',
  'sector-fields-disagree',
  'sector-words-partly',
]);
const FROM_WORDS = new Set<ReasonCode>([
  'sector-words-admitted',
  'sector-words-outside',
  'sector-fields-disagree',
  'sector-words-partly',
]);

/**
 * The reason with the reading of the firm's code, when it is not plain: a code of both versions
 * (read in one, meaning something else in the other), or one compared as other codes (the
 * crosswalk, or the level above it).
 */
function withReading(
  r: Reason,
  activity: CompanyProfile['ateco'][number],
  callVersion: Measure['atecoVersion'],
): Reason {
  if (!ABOUT_THE_CODE.has(r.code)) return r;
  // Words and sector lists are read in ATECO 2007.
  const comparedVersion = FROM_WORDS.has(r.code) ? '2007' : callVersion;
  const compared = comparedVersion === '2007' ? activity.as2007 : activity.as2025;
  if (!activity.otherMeaning && !activity.via && comparedVersion === activity.version) return r;
  const reading: AtecoReading = {
    code: activity.code,
    version: activity.version,
    title: activity.title ?? null,
    other: activity.otherMeaning ?? null,
    compared,
    comparedVersion,
    via: activity.via ?? null,
  };
  // Every code of ABOUT_THE_CODE takes a reading.
  return { ...r, params: { ...r.params, reading } as ReasonParams };
}

function baseSector(
  measure: Measure,
  rules: { included: string[]; excluded: string[]; version: Measure['atecoVersion'] },
  activity: CompanyProfile['ateco'][number],
): Reason {
  if (rules.included.length === 0 && rules.excluded.length === 0) return sectorNotStated(measure);
  const codes = measure.atecoVersion === '2007' ? activity.as2007 : activity.as2025;
  if (codes.length === 0) {
    return reason('sector', 'unknown', 'sector-no-equivalent', {
      code: activity.code,
      version: measure.atecoVersion,
    });
  }
  return sectorReason(combineCandidates(codes.map((code) => checkAtecoCode(code, rules))), measure);
}

/** The provinces a territory rule covers, and the municipalities it names by province. */
function areaOf(tokens: readonly string[]): {
  provinces: Set<string>;
  municipalities: Map<string, string[]>;
} {
  const provinces = new Set<string>();
  const municipalities = new Map<string, string[]>();
  for (const token of tokens) {
    if (token.startsWith('province:')) provinces.add(token.slice('province:'.length));
    if (token.startsWith('municipality:')) {
      const code = token.slice('municipality:'.length);
      const sigla = PROVINCES.find((p) => p.istatCode === code.slice(0, 3))?.sigla;
      if (sigla) municipalities.set(sigla, [...(municipalities.get(sigla) ?? []), code]);
    }
  }
  return { provinces, municipalities };
}

/** More municipalities than this are cut in a reason: a call may list a whole region's. */
const MUNICIPALITIES_SHOWN = 8;

/**
 * Several provinces (a cluster's territory): the call passes when it is open to firms in at least
 * one of them, saying which; it fails only when it fails for all; otherwise it is to verify.
 */
export function checkTerritory(
  measure: Measure,
  profile: CompanyProfile,
  ctx: MatchContext,
): Reason {
  const siglas = provinceSet(profile.province);
  if (siglas.length <= 1) return checkOneTerritory(measure, profile, ctx);
  const each = siglas.map((sigla) => ({
    sigla,
    reason: checkOneTerritory(measure, { ...profile, province: sigla }, ctx),
  }));
  const passing = each.filter((e) => e.reason.verdict === 'pass');
  const first = each[0]?.reason as Reason;
  const sameCode = each.every(
    (e) => e.reason.code === first.code && e.reason.verdict === first.verdict,
  );
  // One answer for all: said once, naming them all.
  if (sameCode) return withProvinces(first, siglas);
  if (passing.length) {
    const from = passing[0]?.reason;
    return {
      ...reason('territory', 'pass', 'territory-some-provinces', {
        provinces: passing.map((e) => e.sigla),
        of: siglas,
      }),
      source: from?.source ?? null,
      field: from?.field ?? null,
      quote: from?.quote ?? null,
    };
  }
  return each.find((e) => e.reason.verdict === 'unknown')?.reason ?? withProvinces(first, siglas);
}

/** A reason about one province said of several: its `province` names them all. */
function withProvinces(r: Reason, siglas: readonly string[]): Reason {
  const params = r.params as Record<string, unknown>;
  return 'province' in params
    ? { ...r, params: { ...params, province: siglas.join(', ') } as Reason['params'] }
    : r;
}

function checkOneTerritory(measure: Measure, profile: CompanyProfile, ctx: MatchContext): Reason {
  const base = territoryFromField(measure, profile, ctx);
  const province = profile.province ? provinceBySigla(profile.province) : undefined;
  if (!province || base.verdict === 'fail') return base;
  const found = rulesOf(measure, 'territory').map((rule): Reason => {
    const where = describeTerritory(rule.tokens, ctx.municipalityName);
    const area = areaOf(rule.tokens);
    if (area.provinces.has(province.sigla))
      return reason(
        'territory',
        'pass',
        'territory-words-inside',
        { province: province.sigla, where },
        rule.from,
      );
    const inProvince = area.municipalities.get(province.sigla);
    if (inProvince) {
      const names = inProvince.map((code) => ctx.municipalityName?.(code) ?? code);
      return reason(
        'territory',
        'unknown',
        'territory-words-municipalities',
        { province: province.sigla, names },
        rule.from,
      );
    }
    return reason(
      'territory',
      rule.sure ? 'fail' : 'unknown',
      'territory-words-outside',
      { province: province.sigla, where },
      rule.from,
    );
  });
  const areas = rulesOf(measure, 'area').map((rule) =>
    reason('territory', 'unknown', 'territory-area-words', { label: rule.label }, rule.from),
  );
  // The words are narrower than the fields, so they speak for the territory when they exist.
  return worstOf([...found, ...areas]) ?? base;
}

function territoryFromField(measure: Measure, profile: CompanyProfile, ctx: MatchContext): Reason {
  if (!profile.province) return reason('territory', 'unknown', 'territory-profile-missing', {});
  const province = provinceBySigla(profile.province);
  if (!province) return reason('territory', 'unknown', 'territory-profile-missing', {});
  const tokens = measure.territory;
  if (tokens.length === 0) {
    return province.regionCode === LOMBARDIA_REGION_CODE
      ? reason('territory', 'pass', 'territory-not-stated-lombardy', { province: province.sigla })
      : reason('territory', 'unknown', 'territory-not-stated', {});
  }
  if (tokens.includes('IT')) return reason('territory', 'pass', 'territory-national', {});
  if (tokens.includes(`region:${province.regionCode}`)) {
    return reason('territory', 'pass', 'territory-region', {
      province: province.sigla,
      region: province.regionName,
    });
  }
  if (tokens.includes(`province:${province.sigla}`)) {
    return reason('territory', 'pass', 'territory-province', { province: province.sigla });
  }
  const municipalities = tokens
    .filter((tok) => tok.startsWith('municipality:'))
    .map((tok) => tok.slice('municipality:'.length))
    .filter((code) => code.slice(0, 3) === province.istatCode);
  if (municipalities.length) {
    const names = municipalities.map((code) => ctx.municipalityName?.(code) ?? code);
    // The profile names a province, not a municipality: whether the firm is in one of these is
    // for the user to check.
    return reason('territory', 'unknown', 'territory-municipalities', {
      province: province.sigla,
      names:
        names.length > MUNICIPALITIES_SHOWN
          ? [...names.slice(0, MUNICIPALITIES_SHOWN), '…']
          : names,
    });
  }
  return reason('territory', 'fail', 'territory-outside', {
    province: province.sigla,
    where: describeTerritory(tokens, ctx.municipalityName),
  });
}

/** Legal forms that make a body one of those a non-profit-only call admits. */
const NON_PROFIT_FORMS = new Set(['cooperative', 'association', 'foundation']);

export function checkApplicant(measure: Measure, profile: CompanyProfile): Reason {
  const only = rulesOf(measure, 'applicants-only').map((rule): Reason => {
    // An explicit --no-non-profit wins over a legal form that is often, not always, non-profit.
    const nonProfit =
      profile.statuses['non-profit'] === true ||
      (profile.statuses['non-profit'] !== false &&
        profile.legalForm !== null &&
        NON_PROFIT_FORMS.has(profile.legalForm));
    if (rule.who.includes('non-profit') && nonProfit)
      return reason('applicant', 'pass', 'applicant-firm', {}, rule.from);
    // A profile that describes a firm (or says it is not a non-profit body) is an ordinary firm;
    // a profile that says nothing may be anyone.
    const aFirm =
      profile.statuses['non-profit'] === false || profile.size !== null || profile.ateco.length > 0;
    return reason(
      'applicant',
      aFirm ? 'fail' : 'unknown',
      'applicant-only',
      { who: rule.who },
      rule.from,
    );
  });
  const worst = worstOf(only);
  if (worst) return worst;
  const who = measure.applicants;
  if (who.length === 0) return reason('applicant', 'unknown', 'applicant-not-stated', {});
  if (who.includes('firm') || who.includes('professional')) {
    return reason('applicant', 'pass', 'applicant-firm', {});
  }
  if (who.includes('partnership')) {
    return reason('applicant', 'unknown', 'applicant-partnership', { note: measure.applicantNote });
  }
  if (who.includes('fund-manager'))
    return reason('applicant', 'fail', 'applicant-fund-manager', {});
  if (who.includes('public-body')) return reason('applicant', 'fail', 'applicant-public-body', {});
  return reason('applicant', 'unknown', 'applicant-other', { note: measure.applicantNote });
}

export function checkSpecialStatus(measure: Measure, profile: CompanyProfile): Reason | null {
  const conditions = rulesOf(measure, 'condition').map((rule) =>
    reason('special-status', 'unknown', 'condition-in-words', { label: rule.label }, rule.from),
  );
  const found = rulesOf(measure, 'special-status').map((rule): Reason => {
    const met = rule.any.find((s) => s !== 'confiscated' && profile.statuses[s] === true);
    if (met)
      return reason('special-status', 'pass', 'special-status-met', { status: met }, rule.from);
    const allDenied = rule.any.every((s) => s !== 'confiscated' && profile.statuses[s] === false);
    return allDenied && rule.sure
      ? reason('special-status', 'fail', 'special-status-not-met', { any: rule.any }, rule.from)
      : reason(
          'special-status',
          'unknown',
          'special-status-required',
          { any: rule.any },
          rule.from,
        );
  });
  return worstOf([...found, ...conditions]) ?? null;
}

/** The firm's age in whole months on `asOf`, as a range when only the year is known. */
export function firmAgeMonths(founded: string, asOf: string): [number, number] {
  const year = Number(founded.slice(0, 4));
  const month = founded.length >= 7 ? Number(founded.slice(5, 7)) : null;
  const [y, m] = [Number(asOf.slice(0, 4)), Number(asOf.slice(5, 7))];
  const monthsSince = (fy: number, fm: number) => Math.max(0, (y - fy) * 12 + (m - fm));
  return month !== null
    ? [monthsSince(year, month), monthsSince(year, month)]
    : [monthsSince(year, 12), monthsSince(year, 1)];
}

export function checkFirmAge(
  measure: Measure,
  profile: CompanyProfile,
  ctx: MatchContext,
): Reason | null {
  const found = rulesOf(measure, 'firm-age').map((rule): Reason => {
    const bounds = { maxMonths: rule.maxMonths, minMonths: rule.minMonths };
    if (!profile.founded)
      return reason('firm-age', 'unknown', 'firm-age-unknown', bounds, rule.from);
    const [least, most] = firmAgeMonths(profile.founded, ctx.asOf);
    const fits = (months: number) =>
      (rule.maxMonths === null || months <= rule.maxMonths) &&
      (rule.minMonths === null || months >= rule.minMonths);
    if (fits(least) && fits(most))
      return reason('firm-age', 'pass', 'firm-age-met', { months: most, ...bounds }, rule.from);
    if (!fits(least) && !fits(most))
      return reason(
        'firm-age',
        'fail',
        'firm-age-not-met',
        { months: least, ...bounds },
        rule.from,
      );
    return reason('firm-age', 'unknown', 'firm-age-unknown', bounds, rule.from);
  });
  return worstOf(found) ?? null;
}

export function checkLegalForm(measure: Measure, profile: CompanyProfile): Reason | null {
  const found = rulesOf(measure, 'legal-form').map((rule): Reason => {
    if (!profile.legalForm)
      return reason(
        'legal-form',
        'unknown',
        'legal-form-unknown',
        { forms: rule.forms },
        rule.from,
      );
    if (rule.forms.includes(profile.legalForm))
      return reason(
        'legal-form',
        'pass',
        'legal-form-met',
        { form: profile.legalForm, forms: rule.forms },
        rule.from,
      );
    return reason(
      'legal-form',
      rule.sure ? 'fail' : 'unknown',
      'legal-form-not-met',
      { form: profile.legalForm, forms: rule.forms },
      rule.from,
    );
  });
  return worstOf(found) ?? null;
}

/**
 * The status the words allow: an explicit earlier deadline closes the call on that day, words
 * that close it close it from their date. Suspensions and deadlines among windows only make the
 * status reason "to verify" (see `checkStatus`).
 */
export function statusOf(measure: Measure, base: MeasureStatus, asOf: string): MeasureStatus {
  const halt = rulesOf(measure, 'halt').find(
    (h) => h.closed && (h.since === null || h.since <= asOf),
  );
  if (halt)
    return { ...base, status: 'closed', closesOn: halt.since ?? base.closesOn, daysLeft: null };
  const deadline = rulesOf(measure, 'deadline').find((d) => d.sure);
  if (!deadline || (base.closesOn !== null && deadline.closesOn >= base.closesOn)) return base;
  if (asOf > deadline.closesOn)
    return { ...base, status: 'closed', closesOn: deadline.closesOn, daysLeft: null };
  return base.status === 'upcoming' || base.status === 'open' || base.status === 'unknown'
    ? {
        ...base,
        status: base.status === 'unknown' ? 'open' : base.status,
        closesOn: deadline.closesOn,
        daysLeft: daysBetween(asOf, deadline.closesOn),
      }
    : base;
}

/**
 * A closed call fails, unless the user asked for closed calls (`--status closed`): then it is
 * listed on request and the other criteria decide.
 */
export function checkStatus(
  measure: Measure,
  status: MeasureStatus,
  asOf: string,
  closedRequested = false,
  withdrawnRequested = false,
): Reason {
  if (status.status === 'withdrawn')
    return reason('status', withdrawnRequested ? 'pass' : 'fail', 'status-withdrawn', {
      since: measure.withdrawnOn ?? '',
    });
  const seen = parseStatusSeen(measure.statusSeen);
  const fromSeen =
    !measure.opensAt && !measure.closesAt && seen && seenStatusOn(seen, asOf) === status.status;
  const fieldReason = fromSeen
    ? reason(
        'status',
        seen.status === 'closed' ? (closedRequested ? 'pass' : 'fail') : 'unknown',
        'status-seen',
        { status: seen.status, on: seen.on },
        { source: 'field', field: 'status seen', quote: formatStatusSeen(seen) },
      )
    : statusFromDates(status, closedRequested);
  const halt = rulesOf(measure, 'halt').find((h) => h.since === null || h.since <= asOf);
  if (halt) {
    const verdict: Verdict = halt.closed ? (closedRequested ? 'pass' : 'fail') : 'unknown';
    return reason(
      'status',
      verdict,
      'status-halted',
      { closed: halt.closed, since: halt.since },
      halt.from,
    );
  }
  const deadline = rulesOf(measure, 'deadline')[0];
  if (!deadline) return fieldReason;
  if (!deadline.sure) {
    return fieldReason.verdict === 'fail'
      ? fieldReason
      : reason(
          'status',
          'unknown',
          'status-windows-in-words',
          { closesOn: deadline.closesOn },
          deadline.from,
        );
  }
  if (status.closesOn !== deadline.closesOn) return fieldReason;
  if (status.status === 'closed')
    return reason(
      'status',
      closedRequested ? 'pass' : 'fail',
      'status-closed-in-words',
      { closesOn: deadline.closesOn },
      deadline.from,
    );
  if (status.status === 'open' && status.daysLeft !== null) {
    return reason(
      'status',
      status.opensOn ? 'pass' : 'unknown',
      'status-deadline-in-words',
      {
        closesOn: deadline.closesOn,
        daysLeft: status.daysLeft,
        fieldClosesOn: measure.closesAt?.slice(0, 10) ?? null,
      },
      deadline.from,
    );
  }
  return fieldReason;
}

function statusFromDates(status: MeasureStatus, closedRequested: boolean): Reason {
  switch (status.status) {
    case 'open':
      if (!status.closesOn || status.daysLeft === null) {
        return reason('status', 'pass', 'status-open-ended', { opensOn: status.opensOn });
      }
      // Only a deadline is known: the call may not have opened yet, so it is for the user to check.
      return status.opensOn
        ? reason('status', 'pass', 'status-open', {
            closesOn: status.closesOn,
            daysLeft: status.daysLeft,
          })
        : reason('status', 'unknown', 'status-opening-unknown', {
            closesOn: status.closesOn,
            daysLeft: status.daysLeft,
          });
    case 'upcoming':
      return reason('status', 'pass', 'status-upcoming', { opensOn: status.opensOn ?? '' });
    case 'closed':
      return reason('status', closedRequested ? 'pass' : 'fail', 'status-closed', {
        closesOn: status.closesOn ?? '',
      });
    case 'unknown':
      return reason('status', 'unknown', 'status-unknown', {});
    case 'withdrawn':
      // checkStatus answers for withdrawn calls before the dates are read.
      return reason('status', 'fail', 'status-withdrawn', { since: '' });
  }
}

export function eligibilityOf(reasons: readonly Reason[]): Eligibility {
  if (reasons.some((r) => r.verdict === 'fail')) return 'ineligible';
  if (reasons.some((r) => r.verdict === 'unknown')) return 'unverified';
  return 'eligible';
}

/** Profile criteria for one measure; the status reason is added by the caller's status filter. */
export function matchMeasure(
  measure: Measure,
  profile: CompanyProfile,
  ctx: MatchContext,
): Reason[] {
  return [
    checkSize(measure, profile),
    checkSector(measure, profile),
    checkTerritory(measure, profile, ctx),
    checkApplicant(measure, profile),
    checkFirmAge(measure, profile, ctx),
    checkLegalForm(measure, profile),
    checkSpecialStatus(measure, profile),
  ].filter((r): r is Reason => r !== null);
}
