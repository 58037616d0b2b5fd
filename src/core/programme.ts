// Which funding programme a measure belongs to.

const FESR_2021_2027 = /^PR FESR\b.*2021-2027$/i;

/** True for the regional ERDF programmes of 2021-2027 ("PR FESR Lombardia 2021-2027"). */
export function isFesrProgramme(programme: string | null): boolean {
  return programme !== null && FESR_2021_2027.test(programme.trim());
}

export const LOMBARDIA_FESR = 'PR FESR Lombardia 2021-2027';
