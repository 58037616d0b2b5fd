// What people type, read with the reference data: a municipality where a province is expected
// ("Crema" -> CR) and the Italian decimal comma in an ATECO code ("20,42" -> 20.42). Each reading
// that departs from the letter of the input comes back as a note, for the command's stderr.
import { atecoReadingNotice, splitAtecoList } from '../core/ateco-resolve.js';
import type { ProfileInput } from '../core/profile.js';
import {
  indexMunicipalities,
  resolveMunicipality,
  resolvePlace,
  type MunicipalitiesNamed,
  type PlaceReading,
} from '../core/province-search.js';
import {
  formerProvince,
  provinceBySigla,
  regionProvinces,
  splitPlaces,
} from '../core/provinces.js';
import type { Db } from '../db/open.js';
import { allMunicipalities, atecoLookup } from '../db/reference.js';
import type { Messages } from '../i18n/messages.js';

export interface InputReader {
  /**
   * The siglas (comma-separated) of a province, or a comma list of them, typed as siglas, names,
   * municipalities or regions (Lombardia: its provinces).
   */
  province(input: string): { sigla: string; note: string | null };
  /** The province of a municipality named as such (a firm's `comune` column). */
  municipalityProvince(name: string): { sigla: string; note: string | null };
  /**
   * Codes from lists as typed (`20.42,62.01`, `62.01 62.02`, `20,42`); `separately` writes the
   * parts of a decimal-comma code the way that gives them as separate codes.
   */
  ateco(
    items: readonly string[],
    separately: (parts: readonly string[]) => string,
  ): { codes: string[]; notes: string[] };
}

export function createInputReader(db: Db, t: Messages): InputReader {
  const lookup = atecoLookup(db);
  // The municipalities are read only when a name is not a province.
  let index: MunicipalitiesNamed | null = null;
  const named: MunicipalitiesNamed = (folded) =>
    (index ??= indexMunicipalities(allMunicipalities(db)))(folded);
  /** What a reading says beyond the letter: the municipality, its former name, a dissolved province. */
  const noteOf = (
    { province, municipality, formerly }: PlaceReading,
    typed: string,
  ): string | null => {
    const notes: string[] = [];
    if (formerly)
      notes.push(
        t.input.municipalityFormer(
          typed,
          formerly.successorName,
          formerly.kind,
          formerly.date,
          province.name,
          province.sigla,
        ),
      );
    else if (municipality)
      notes.push(t.input.municipalityProvince(municipality, province.name, province.sigla));
    const former = formerProvince(province.sigla);
    if (former)
      notes.push(
        t.input.provinceDissolved(
          former.name,
          former.sigla,
          former.dissolved,
          former.successors.map((s) => `${provinceBySigla(s)?.name ?? s} (${s})`),
        ),
      );
    return notes.length ? notes.join('; ') : null;
  };
  return {
    province: (input) => {
      const siglas: string[] = [];
      const notes: string[] = [];
      for (const part of splitPlaces(input)) {
        const region = regionProvinces(part);
        if (region) {
          siglas.push(...region.siglas);
          notes.push(t.input.regionProvinces(region.name, region.siglas));
          continue;
        }
        const place = resolvePlace(part, named);
        siglas.push(place.province.sigla);
        const note = noteOf(place, part);
        if (note) notes.push(note);
      }
      // An empty list is resolved as typed, for its error.
      if (siglas.length === 0)
        return { sigla: resolvePlace(input, named).province.sigla, note: null };
      return {
        sigla: [...new Set(siglas)].join(','),
        note: notes.length ? notes.join('; ') : null,
      };
    },
    municipalityProvince: (name) => {
      const place = resolveMunicipality(name, named);
      const note =
        place.formerly || formerProvince(place.province.sigla) ? noteOf(place, name) : null;
      return { sigla: place.province.sigla, note };
    },
    ateco: (items, separately) => {
      const codes: string[] = [];
      const notes: string[] = [];
      for (const item of items) {
        const list = splitAtecoList(item, lookup);
        codes.push(...list.codes);
        for (const d of list.decimalCommas)
          notes.push(
            t.input.atecoDecimalComma(d.typed, d.code, d.separate && separately(d.separate)),
          );
        for (const code of list.codes) {
          const read = atecoReadingNotice(code, lookup);
          if (read) notes.push(t.input.atecoReadAs2025(read.code, read.title2025, read.title2007));
        }
      }
      return { codes, notes };
    },
  };
}

/** `--ateco 20 --ateco 42`: how the flags give the parts of `20,42` as separate codes. */
export const separateAtecoFlags = (parts: readonly string[]): string =>
  parts.map((p) => `--ateco ${p}`).join(' ');

/**
 * The ATECO codes and the province of a profile as typed, read as above; each note goes to `say`.
 * The other fields are left as they are, for `buildProfile` to validate.
 */
export function readProfileInput(
  reader: InputReader,
  input: ProfileInput,
  say: (note: string) => void,
): ProfileInput {
  const ateco = reader.ateco(input.ateco ?? [], separateAtecoFlags);
  ateco.notes.forEach(say);
  if (input.province === null || input.province === undefined)
    return { ...input, ateco: ateco.codes };
  const place = reader.province(input.province);
  if (place.note) say(place.note);
  return { ...input, ateco: ateco.codes, province: place.sigla };
}
