// What the wizard needs besides a terminal: reference searches, matching, rendering and storage.
// The command wires the real ones; tests pass their own.
import type { AtecoChoice } from '../core/ateco-search.js';
import type { ProfileInput } from '../core/profile.js';
import type { PlaceSearch } from '../core/province-search.js';
import type { SavedProfile } from '../core/saved-profile.js';
import type { SearchFilters } from '../core/search-command.js';
import type { MatchResult } from '../core/types.js';
import type { Messages } from '../i18n/messages.js';

export interface WizardServices {
  messages: Messages;
  /** The day statuses are computed for, when the user fixed it (`--as-of`). */
  asOf: string;
  asOfGiven: boolean;
  /** Today's date (`YYYY-MM-DD`): a founding date may not be later. */
  today: string;
  searchAteco(term: string): AtecoChoice[];
  searchPlaces: PlaceSearch;
  /**
   * Throws a UsageError when the answers do not make a valid profile. With `explain`, the
   * ineligible measures too, with their failing reasons (to say why none is left).
   */
  match(input: ProfileInput, filters: SearchFilters, explain?: boolean): MatchResult[];
  renderResults(results: readonly MatchResult[]): string;
  renderDetails(result: MatchResult): string;
  profileExists(name: string): boolean;
  saveProfile(name: string, profile: SavedProfile): void;
  /** The files written so far at the user's request (profiles, exports). */
  written(): string[];
  fileExists(path: string): boolean;
  /** Writes the file whole (temporary file, then rename); `excel`: Excel's Italian dialect. */
  exportCsv(path: string, results: readonly MatchResult[], options: { excel: boolean }): void;
  /** The results as an Excel workbook in the interface language, written whole. */
  exportWorkbook(path: string, results: readonly MatchResult[]): Promise<void>;
  /** The results' deadlines as an iCalendar file, written whole; says how many were left out. */
  exportCalendar(
    path: string,
    results: readonly MatchResult[],
  ): { events: number; undated: number };
  print(text: string): void;
}
