#!/usr/bin/env node
import module from 'node:module';

// Cache compiled modules between runs: start-up time is most of a `fesr search`.
module.enableCompileCache?.();
await import('../dist/cli/main.js');
