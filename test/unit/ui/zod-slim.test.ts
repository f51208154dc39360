import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from '../../../src/ui/zod-slim';

const DOMAIN = path.join(__dirname, '../../../src/domain');

describe('zod-slim', () => {
  it('has every zod builder that src/domain calls', () => {
    const used = new Set<string>();
    const files = (readdirSync(DOMAIN, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts'));
    for (const file of files) {
      const source = readFileSync(path.join(DOMAIN, file), 'utf8');
      for (const match of source.matchAll(/\bz\s*\.\s*(\w+)\s*\(/g)) used.add(match[1]!);
    }
    expect(used.size).toBeGreaterThan(0);
    const missing = [...used].filter((name) => typeof (z as Record<string, unknown>)[name] !== 'function');
    expect(missing).toEqual([]);
  });
});
