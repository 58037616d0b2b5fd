// The loader-hook half of module-hook.mjs: runs in Node's hooks thread, records each file loaded.
import { appendFileSync } from 'node:fs';

let out;
export function initialize(data) {
  out = data.out;
}
export async function load(url, context, nextLoad) {
  if (url.startsWith('file:')) appendFileSync(out, `${url}\n`);
  return nextLoad(url, context);
}
