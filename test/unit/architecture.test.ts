// The layering rules, checked on the source: a pure core, SQL only in src/db, and a `fesr search`
// that does not load the importers' or the wizard's modules at start-up.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createProgram } from '../../src/cli/program.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SRC = join(ROOT, 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Specifiers of static imports only: `await import()` is how commands load lazily. */
function staticImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^(?:import|export)\s[^;]*?from\s+'([^']+)'/gms)].map(
    (m) => m[1] as string,
  );
}

function resolveLocal(from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  return resolve(dirname(from), specifier.replace(/\.js$/, '.ts'));
}

/** Every module reached from `entry` through static imports, local and external. */
function staticClosure(entry: string): Set<string> {
  const seen = new Set<string>();
  const stack = [entry];
  while (stack.length) {
    const file = stack.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const spec of staticImports(file)) {
      const local = resolveLocal(file, spec);
      if (local) stack.push(local);
      else seen.add(spec);
    }
  }
  return seen;
}

describe('architecture', () => {
  it('keeps src/core pure: it imports only itself and the error model, not even the catalogues', () => {
    const core = join(SRC, 'core');
    for (const file of sourceFiles(core)) {
      for (const spec of staticImports(file)) {
        const target = join(dirname(file), spec);
        const inside = target.startsWith(`${core}/`) || target === join(SRC, 'errors.js');
        expect(spec.startsWith('.') && inside, `${relative(ROOT, file)} imports ${spec}`).toBe(
          true,
        );
      }
    }
  });

  it('speaks SQL only in src/db', () => {
    for (const file of sourceFiles(SRC).filter((f) => !f.includes(`${join('src', 'db')}`))) {
      expect(staticImports(file), relative(ROOT, file)).not.toContain('better-sqlite3');
    }
  });

  it('loads neither the importers nor the prompts for `fesr search`', () => {
    const closure = [
      ...staticClosure(join(SRC, 'cli', 'main.ts')),
      ...staticClosure(join(SRC, 'cli', 'commands', 'search.ts')),
    ];
    const heavy = closure.filter(
      (m) =>
        /csv-parse|@inquirer|iconv-lite/.test(m) ||
        m.includes(`${join('src', 'importers')}`) ||
        m.includes(`${join('src', 'wizard')}`),
    );
    expect(heavy.map((m) => relative(ROOT, m))).toEqual(
      // seed-check only hashes data/measures.csv; the loaders come in by dynamic import.
      [join('src', 'importers', 'seed-check.ts')],
    );
  });
});

describe('documentation', () => {
  const program = createProgram(() => {
    throw new Error('not run');
  }, '0.0.0');
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

  it.each(program.commands.map((c) => [c.name(), c] as const))(
    'documents `fesr %s` in --help and the README',
    (name, command) => {
      expect(command.description().length).toBeGreaterThan(10);
      let help = '';
      command.configureOutput({ writeOut: (s) => (help += s) });
      command.outputHelp();
      expect(help).toContain('Examples:');
      expect(readme).toContain(`fesr ${name}`);
    },
  );
});
