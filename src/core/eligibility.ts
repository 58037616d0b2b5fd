// The verdict of one measure for one company, criterion by criterion, each with a one-line reason.
import type { Messages } from '../i18n/messages.js';
import { atecoLevel, checkAtecoCode, type SectorOutcome } from './ateco.js';
import { describeTerritory, LOMBARDIA_REGION_CODE, provinceBySigla } from './provinces.js';
import type {
  CompanyProfile,
  Eligibility,
  Measure,
  MeasureStatus,
  Reason,
  Verdict,
} from './types.js';

export interface MatchContext {
  messages: Messages;
  /** Name of a municipality by ISTAT code, for reasons; optional. */
  municipalityName?: (istatCode: string) => string | undefined;
}

const reason = (criterion: Reason['criterion'], verdict: Verdict, detail: string): Reason => ({
  criterion,
  verdict,
  detail,
});

export function checkSize(measure: Measure, profile: CompanyProfile, t: Messages): Reason {
  if (measure.sizes.length === 0) return reason('size', 'unknown', t.sizeNotStated());
  if (!profile.size) return reason('size', 'unknown', t.sizeProfileMissing());
  const basis = profile.sizeBasis ? t.sizeBasis(profile.sizeBasis) : null;
  if (!measure.sizes.includes(profile.size)) {
    return reason('size', 'fail', t.sizeRejected(profile.size, basis, measure.sizes));
  }
  if (profile.size === 'large' && measure.maxEmployees !== null) {
    if (profile.employees === null) {
      return reason('size', 'unknown', t.sizeEmployeeCapUnknown(measure.maxEmployees));
    }
    if (profile.employees > measure.maxEmployees) {
      return reason('size', 'fail', t.sizeOverEmployeeCap(profile.employees, measure.maxEmployees));
    }
  }
  return reason('size', 'pass', t.sizeAdmitted(profile.size, basis, measure.sizes));
}

function sectorDetail(outcome: SectorOutcome, measure: Measure, t: Messages): string {
  switch (outcome.verdict) {
    case 'pass':
      return t.sectorAdmitted(
        outcome.code,
        outcome.rule,
        outcome.rule === 'all' ? null : atecoLevel(outcome.rule),
      );
    case 'fail':
      return outcome.rule === 'excluded'
        ? t.sectorExcluded(
            outcome.code,
            outcome.by ?? '',
            atecoLevel(outcome.by ?? ''),
            measure.atecoExcluded,
          )
        : t.sectorNotIncluded(outcome.code, measure.atecoIncluded);
    case 'unknown':
      if (outcome.rule === 'partly-excluded')
        return t.sectorPartlyExcluded(outcome.code, outcome.by ?? '');
      if (outcome.rule === 'partly-included')
        return t.sectorPartlyIncluded(outcome.code, outcome.by ?? '');
      return measure.sectorNote ? t.sectorNote(measure.sectorNote) : t.sectorNotStated();
  }
}

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

export function checkSector(measure: Measure, profile: CompanyProfile, t: Messages): Reason {
  const rules = {
    included: measure.atecoIncluded,
    excluded: measure.atecoExcluded,
    version: measure.atecoVersion,
  };
  const everySector = rules.included.includes('*') && rules.excluded.length === 0;
  if (profile.ateco.length === 0) {
    return everySector
      ? reason('sector', 'pass', t.sectorAllAdmitted())
      : reason('sector', 'unknown', t.sectorProfileMissing());
  }
  if (rules.included.length === 0 && rules.excluded.length === 0) {
    const detail = measure.sectorNote ? t.sectorNote(measure.sectorNote) : t.sectorNotStated();
    return reason('sector', 'unknown', detail);
  }
  const perActivity = profile.ateco.map((activity): Reason => {
    const codes = measure.atecoVersion === '2007' ? activity.as2007 : activity.as2025;
    if (codes.length === 0) {
      return reason('sector', 'unknown', t.sectorNoEquivalent(activity.code, measure.atecoVersion));
    }
    const outcome = combineCandidates(codes.map((code) => checkAtecoCode(code, rules)));
    return reason('sector', outcome.verdict, sectorDetail(outcome, measure, t));
  });
  // A firm with several activities qualifies through any one of them.
  return (
    perActivity.find((r) => r.verdict === 'pass') ??
    perActivity.find((r) => r.verdict === 'unknown') ??
    (perActivity[0] as Reason)
  );
}

export function checkTerritory(
  measure: Measure,
  profile: CompanyProfile,
  ctx: MatchContext,
): Reason {
  const t = ctx.messages;
  if (!profile.province) return reason('territory', 'unknown', t.territoryProfileMissing());
  const province = provinceBySigla(profile.province);
  if (!province) return reason('territory', 'unknown', t.territoryProfileMissing());
  const tokens = measure.territory;
  if (tokens.length === 0) {
    return province.regionCode === LOMBARDIA_REGION_CODE
      ? reason('territory', 'pass', t.territoryNotStatedLombardy(province.sigla))
      : reason('territory', 'unknown', t.territoryNotStated());
  }
  if (tokens.includes('IT')) return reason('territory', 'pass', t.territoryNational());
  if (tokens.includes(`region:${province.regionCode}`)) {
    return reason('territory', 'pass', t.territoryRegion(province.sigla, province.regionName));
  }
  if (tokens.includes(`province:${province.sigla}`)) {
    return reason('territory', 'pass', t.territoryProvince(province.sigla));
  }
  const municipalities = tokens
    .filter((tok) => tok.startsWith('municipality:'))
    .map((tok) => tok.slice('municipality:'.length))
    .filter((code) => code.slice(0, 3) === province.istatCode);
  if (municipalities.length) {
    const names = municipalities.map((code) => ctx.municipalityName?.(code) ?? code);
    return reason('territory', 'pass', t.territoryMunicipalities(province.sigla, names));
  }
  return reason(
    'territory',
    'fail',
    t.territoryOutside(province.sigla, describeTerritory(tokens, ctx.municipalityName)),
  );
}

export function checkApplicant(measure: Measure, t: Messages): Reason {
  const who = measure.applicants;
  if (who.length === 0) return reason('applicant', 'unknown', t.applicantNotStated());
  if (who.includes('firm') || who.includes('professional')) {
    return reason('applicant', 'pass', t.applicantFirm());
  }
  if (who.includes('partnership')) {
    return reason('applicant', 'unknown', t.applicantPartnership(measure.applicantNote));
  }
  if (who.includes('fund-manager')) return reason('applicant', 'fail', t.applicantFundManager());
  if (who.includes('public-body')) return reason('applicant', 'fail', t.applicantPublicBody());
  return reason('applicant', 'unknown', t.applicantOther(measure.applicantNote));
}

/**
 * A closed call fails, unless the user asked for closed calls (`--status closed`): then it is
 * listed on request and the other criteria decide.
 */
export function checkStatus(status: MeasureStatus, t: Messages, closedRequested = false): Reason {
  switch (status.status) {
    case 'open':
      if (!status.closesOn || status.daysLeft === null) {
        return reason('status', 'pass', t.statusOpenEnded(status.opensOn));
      }
      // Only a deadline is known: the call may not have opened yet, so it is for the user to check.
      return status.opensOn
        ? reason('status', 'pass', t.statusOpen(status.closesOn, status.daysLeft))
        : reason('status', 'unknown', t.statusOpeningUnknown(status.closesOn, status.daysLeft));
    case 'upcoming':
      return reason('status', 'pass', t.statusUpcoming(status.opensOn ?? ''));
    case 'closed':
      return reason(
        'status',
        closedRequested ? 'pass' : 'fail',
        t.statusClosed(status.closesOn ?? ''),
      );
    case 'unknown':
      return reason('status', 'unknown', t.statusUnknown());
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
    checkSize(measure, profile, ctx.messages),
    checkSector(measure, profile, ctx.messages),
    checkTerritory(measure, profile, ctx),
    checkApplicant(measure, ctx.messages),
  ];
}
