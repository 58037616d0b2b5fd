// Whether the store lacks the data shipped with this fesr. Kept apart from the loaders so that a
// command on an up-to-date store does not load the CSV parser or the import driver.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { getMeta } from '../db/imports.js';
import type { Db } from '../db/open.js';

export const DATA_DIR = fileURLToPath(new URL('../../data/', import.meta.url));
export const BUNDLED_MEASURES = `${DATA_DIR}measures.csv`;
/** The bundled data's date: `{"asOf": "YYYY-MM-DD"}`. */
export const BUNDLED_META = `${DATA_DIR}measures.meta.json`;
export const REFERENCE_VERSION = '3';

export interface SeedingNeeded {
  reference: boolean;
  /** The hash of data/measures.csv when the store does not hold that version yet. */
  measuresHash: string | null;
}

export function seedingNeeded(db: Db): SeedingNeeded | null {
  const reference = getMeta(db, 'reference_version') !== REFERENCE_VERSION;
  const hash = createHash('sha1')
    .update(readFileSync(BUNDLED_MEASURES))
    .update(readFileSync(BUNDLED_META))
    .digest('hex');
  const measuresHash = getMeta(db, 'bundled_hash') === hash ? null : hash;
  return reference || measuresHash ? { reference, measuresHash } : null;
}
