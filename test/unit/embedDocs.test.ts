import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { APP_OPTIONS } from '../../src/scenario/shareState';
import { optionsTable, TABLE_END, TABLE_START, withOptionsTable } from '../../src/embed/optionsDoc';

const doc = readFileSync(new URL('../../docs/embedding.md', import.meta.url), 'utf8');

describe('docs/embedding.md', () => {
  it('has the URL options table generated from APP_OPTIONS (run npx tsx scripts/embedding-docs.ts if not)', () => {
    expect(withOptionsTable(doc)).toBe(doc);
  });

  it('documents every option, in declaration order, with its doc line', () => {
    const table = optionsTable();
    let at = 0;
    for (const key of Object.keys(APP_OPTIONS)) {
      const row = table.indexOf(`| \`${key}\` |`);
      expect(row, key).toBeGreaterThan(at);
      at = row;
    }
    expect(table).toContain('model hours to open at');
    expect(table).toContain('| `allowOrigin` | — | no (embedding / device) |');
    expect(table).toContain('| `b.<parameter id>` |');
  });

  it('is rewritten between its markers only, and a missing marker is an error', () => {
    const stale = doc.replace('| `seed` |', '| `seeds` |');
    expect(stale).not.toBe(doc);
    expect(withOptionsTable(stale)).toBe(doc);
    expect(() => withOptionsTable(doc.replace(TABLE_END, ''))).toThrow(/markers/);
    expect(() => withOptionsTable(doc.replace(TABLE_START, ''))).toThrow(/markers/);
  });
});
