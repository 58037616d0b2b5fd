// fesr profile list|show|save|delete: saved company profiles, one JSON file each.
import { toJson } from '../../output/json.js';
import { findLegalForm } from '../../core/firm-facts.js';
import type { SpecialStatus } from '../../core/types.js';
import Table from 'cli-table3';
import { buildProfile, isEmptyProfile } from '../../core/profile.js';
import { toSavedProfile, type SavedProfile } from '../../core/saved-profile.js';
import { toSearchCommand } from '../../core/search-command.js';
import type { AidForm } from '../../core/types.js';
import { atecoLookup } from '../../db/reference.js';
import { UsageError, FesrError } from '../../errors.js';
import { parseSize } from '../../core/size.js';
import type { Messages } from '../../i18n/messages.js';
import { createColors } from '../../output/colors.js';
import { sanitizeText } from '../../output/text.js';
import type { CliContext } from '../context.js';
import { checkOutputTarget, chooseFormat, emit } from '../emit.js';
import type { OutputFlags, ProfileFlags } from '../options.js';
import { profileInputFromFlags, readTypedProfile } from '../profile-flags.js';
import { ProfilesStore } from '../profiles-store.js';
import { describeError } from '../localise.js';
import { withStore } from '../store.js';

export interface ProfileSaveFlags extends ProfileFlags {
  text?: string;
  aid?: AidForm[];
  force?: boolean;
}

/** A stored size class in the user's words (a hand-edited file may hold anything). */
function sizeLabel(size: string, t: Messages): string {
  try {
    return t.sizeName(parseSize(size));
  } catch {
    return size;
  }
}

function sizeOf(p: SavedProfile, t: Messages): string {
  if (p.employees !== null) {
    return t.profiles.staff(p.employees, p.turnover !== null ? t.euro(p.turnover) : null);
  }
  return p.size ? sizeLabel(p.size, t) : '–';
}

export async function runProfileList(flags: OutputFlags, ctx: CliContext): Promise<void> {
  const format = chooseFormat(flags, ['table', 'json']);
  checkOutputTarget(flags);
  const store = new ProfilesStore(ctx.configDir);
  // One unreadable file must not hide the others: it is reported and skipped.
  const profiles = store.names().flatMap((name) => {
    try {
      return [{ name, ...store.read(name) }];
    } catch (error) {
      if (!(error instanceof FesrError)) throw error;
      ctx.stderr.write(`fesr: ${describeError(error, ctx.messages)[0]}\n`);
      return [];
    }
  });
  if (format === 'json') return emit(ctx, flags, toJson(profiles));
  const t = ctx.messages.profiles;
  if (profiles.length === 0) {
    ctx.stderr.write(`${t.none()}\n`);
    return;
  }
  const c = flags.output ? createColors(false) : ctx.colors;
  const table = new Table({
    head: [t.headingName(), t.headingSize(), t.headingAteco(), t.headingProvince()],
    style: { head: c.level > 0 ? ['bold'] : [], border: c.level > 0 ? ['grey'] : [] },
  });
  for (const p of profiles)
    table.push(
      [p.name, sizeOf(p, ctx.messages), p.ateco.join(', ') || '–', p.province ?? '–'].map(
        sanitizeText,
      ),
    );
  emit(ctx, flags, `${table.toString()}\n`);
}

export async function runProfileShow(
  name: string,
  flags: OutputFlags,
  ctx: CliContext,
): Promise<void> {
  const format = chooseFormat(flags, ['table', 'json']);
  checkOutputTarget(flags);
  const profile = new ProfilesStore(ctx.configDir).read(name);
  if (format === 'json') return emit(ctx, flags, toJson({ name, ...profile }));
  const t = ctx.messages;
  // Each stored field in words, in the user's language; empty fields are left out.
  const shown: [string, string | null][] = [
    [t.profiles.field('size'), profile.size && sizeLabel(profile.size, t)],
    [t.profiles.field('employees'), profile.employees === null ? null : String(profile.employees)],
    [t.profiles.field('turnover'), profile.turnover === null ? null : t.euro(profile.turnover)],
    [
      t.profiles.field('balanceSheet'),
      profile.balanceSheet === null ? null : t.euro(profile.balanceSheet),
    ],
    [t.profiles.field('ateco'), profile.ateco.join(', ') || null],
    [t.profiles.field('province'), profile.province],
    [t.profiles.field('founded'), profile.founded],
    [
      t.profiles.field('legalForm'),
      profile.legalForm && (findLegalForm(profile.legalForm) ?? profile.legalForm),
    ],
    [
      t.profiles.field('statuses'),
      Object.entries(profile.statuses)
        .map(
          ([status, value]) =>
            `${t.specialStatusName(status as SpecialStatus)}: ${value ? t.wizard.yes() : t.wizard.no()}`,
        )
        .join('; ') || null,
    ],
    [t.profiles.field('text'), profile.text],
    [t.profiles.field('aid'), profile.aid.map(t.aidFormName).join(', ') || null],
  ];
  const rows = shown.filter((row): row is [string, string] => row[1] !== null);
  const width = Math.max(...rows.map(([key]) => key.length), 4);
  const c = flags.output ? createColors(false) : ctx.colors;
  const lines = [
    c.bold(sanitizeText(name)),
    ...rows.map(([key, value]) => `${c.dim(key.padEnd(width))}  ${sanitizeText(value)}`),
    '',
    c.dim(sanitizeText(`fesr search --profile ${name}  =  ${toSearchCommand(profile, profile)}`)),
  ];
  emit(ctx, flags, `${lines.join('\n')}\n`);
}

export async function runProfileSave(
  name: string,
  flags: ProfileSaveFlags,
  ctx: CliContext,
): Promise<void> {
  const store = new ProfilesStore(ctx.configDir);
  const path = store.pathOf(name);
  if (flags.profile) throw new UsageError('profile save takes the profile flags, not --profile');
  // Checked early to spare the work; the save itself is what decides (another fesr may save the
  // same name meanwhile).
  if (store.exists(name) && !flags.force) throw store.taken(name);
  // Validated as a search would read it, so a saved profile never fails later; the province and
  // size are stored in their canonical form (CR, small) for readers of the file, the ATECO codes
  // as read (a list or a decimal comma split or joined).
  const { input, built } = await withStore(ctx, (db) => {
    const read = readTypedProfile(db, profileInputFromFlags(flags), ctx);
    return { input: read, built: buildProfile(read, atecoLookup(db)) };
  });
  if (isEmptyProfile(built) && !flags.text && !flags.aid?.length) {
    throw new UsageError(
      'nothing to save',
      'give profile flags, e.g. --size small --ateco 20.42 --province CR',
    );
  }
  const canonical = { ...input, province: built.province, size: input.size ? built.size : null };
  const saved = toSavedProfile(canonical, { text: flags.text ?? null, aid: flags.aid ?? [] });
  if (flags.force) {
    // Last writer wins; each says whether it replaced a profile of that name.
    const replaced = store.exists(name);
    store.write(name, saved);
    ctx.stderr.write(
      `${replaced ? ctx.messages.profiles.replaced(name, path) : ctx.messages.profiles.saved(name, path)}\n`,
    );
    return;
  }
  store.create(name, saved);
  ctx.stderr.write(`${ctx.messages.profiles.saved(name, path)}\n`);
}

export async function runProfileDelete(
  name: string,
  _flags: unknown,
  ctx: CliContext,
): Promise<void> {
  new ProfilesStore(ctx.configDir).delete(name);
  ctx.stderr.write(`${ctx.messages.profiles.deleted(name)}\n`);
}
