// Every import format, in the order detection tries them.
import { UsageError } from '../errors.js';
import { fesrCsv } from './fesr-csv.js';
import { incentivi } from './incentivi.js';
import { lombardia } from './lombardia.js';
import type { RecordMapper } from './types.js';

export const MAPPERS: readonly RecordMapper[] = [fesrCsv, incentivi, lombardia];

export function findMapper(fields: readonly string[]): RecordMapper | undefined {
  return MAPPERS.find((m) => m.detect(fields));
}

export function mapperByFormat(format: string): RecordMapper {
  const mapper = MAPPERS.find((m) => m.format === format);
  if (!mapper) {
    throw new UsageError(
      `unknown format "${format}"`,
      `use one of ${MAPPERS.map((m) => m.format).join(', ')}`,
    );
  }
  return mapper;
}
