// Extra words for the full-text index, so people find a call the way they say it.

/**
 * The title with punctuation inside words removed ("Ri.Circo.Lo" -> "RiCircoLo", "Ri-Circo" ->
 * "RiCirco") when that changes it, and the id's words ("brevetti-2023" -> "brevetti 2023").
 */
export function searchAliases(id: string, title: string): string {
  const joined = title.replace(/(?<=\p{L})[.\-'’·](?=\p{L})/gu, '');
  return [joined === title ? '' : joined, id.replace(/[-_.:]+/g, ' ')].filter(Boolean).join(' ');
}
