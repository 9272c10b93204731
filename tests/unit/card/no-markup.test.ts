import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../../..');

/** Every file that renders the card or hosts it on a page. */
const CARD_FILES = [
  ...readdirSync(path.join(ROOT, 'components'))
    .filter((name) => /^[A-Z].*\.tsx$/.test(name))
    .map((name) => `components/${name}`),
  'entrypoints/content/popover.ts',
  'entrypoints/content/ui-host.ts',
  'entrypoints/content/hover-intent.ts',
];

describe('card code renders KB text as text', () => {
  it.each(CARD_FILES)('%s never injects markup', (file) => {
    const source = readFileSync(path.join(ROOT, file), 'utf8');
    expect(source).not.toMatch(/innerHTML|outerHTML|dangerouslySetInnerHTML|insertAdjacentHTML|document\.write/);
  });

  it('covers the card components', () => {
    expect(CARD_FILES).toContain('components/TermCard.tsx');
  });
});
