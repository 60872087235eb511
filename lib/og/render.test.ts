import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CardData } from './card-data';
import { cardKey, cardPng } from './render';

const card: CardData = { lang: 'zh-Hans', agency: '数码发展及新闻部', siteName: '媒体中心', title: '标题', subtitle: '2023年12月14日' };

describe('card cache', () => {
  const previous = process.env.NEXT_DIST_DIR;
  beforeAll(() => {
    process.env.NEXT_DIST_DIR = path.relative(process.cwd(), mkdtempSync(path.join(tmpdir(), 'dist-')));
  });
  afterAll(() => {
    process.env.NEXT_DIST_DIR = previous;
  });

  it('renders a card once, then serves it from the cache until what it shows changes', async () => {
    let renders = 0;
    const render = async () => {
      renders += 1;
      return Buffer.from(`png ${renders}`);
    };
    expect((await cardPng(card, render)).fromCache).toBe(false);
    const second = await cardPng(card, render);
    expect(second.fromCache).toBe(true);
    expect(second.png.toString()).toBe('png 1');
    expect(renders).toBe(1);

    expect((await cardPng({ ...card, title: '新标题' }, render)).fromCache).toBe(false);
    expect(renders).toBe(2);
  });

  it('keys on every field the card shows', () => {
    expect(cardKey(card)).not.toBe(cardKey({ ...card, subtitle: '2023年12月15日' }));
    expect(cardKey(card)).toBe(cardKey({ ...card }));
  });
});

describe('card background', () => {
  it('uses the release image when it is a PNG or JPEG in public/, and nothing otherwise', async () => {
    const { mkdtempSync, mkdirSync, writeFileSync } = await import('node:fs');
    const { backgroundImage } = await import('./card-data');
    const publicDir = mkdtempSync(path.join(tmpdir(), 'public-'));
    mkdirSync(path.join(publicDir, 'images'));
    writeFileSync(path.join(publicDir, 'images', 'hero.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    expect(backgroundImage('/images/hero.png', publicDir)).toBe('data:image/png;base64,iVBORw==');
    expect(backgroundImage('/images/missing.png', publicDir)).toBeUndefined();
    expect(backgroundImage('/images/../../etc/passwd.png', publicDir)).toBeUndefined();
    expect(backgroundImage('https://elsewhere.example/x.png', publicDir)).toBeUndefined();
    expect(backgroundImage('', publicDir)).toBeUndefined();
  });
});
