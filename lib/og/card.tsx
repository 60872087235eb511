/**
 * Satori markup for a 1200×630 Open Graph card (flexbox only, inline
 * styles). Title lines arrive pre-wrapped (lib/og/wrap.ts), each kept on one
 * line; everything agency-specific (logo, colours, names) comes in `data`.
 */
import type { CardData } from './card-data';

export const CARD_SIZE = { width: 1200, height: 630 } as const;
export const CARD_FONT_FAMILY = 'Noto Sans SC';
export const TITLE_FONT_SIZE = 60;
export const TITLE_MAX_LINES = 4;
export const CARD_PADDING = 72;
/** Width of the title block in pixels: what the wrapper fills. */
export const TITLE_WIDTH = CARD_SIZE.width - 2 * CARD_PADDING;

const MUTED = 'rgba(255,255,255,0.82)';

export function Card({ data, titleLines }: { data: CardData; titleLines: string[] }) {
  return (
    <div
      lang={data.lang}
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: CARD_PADDING,
        fontFamily: CARD_FONT_FAMILY,
        color: '#ffffff',
        backgroundColor: data.colours.brand,
        // Flat colour, not a gradient: a PNG of few colours stays well under 80 kB.
        ...(data.background
          ? {
              backgroundImage: `linear-gradient(rgba(8,30,70,0.8), rgba(8,30,70,0.9)), url(${data.background})`,
              backgroundSize: '100% 100%',
            }
          : {}),
        borderBottom: `16px solid ${data.colours.accent}`,
      }}
    >
      <div style={{ display: 'flex', alignItems: 'center', gap: 20 }}>
        {/* Satori draws the card: it knows <img> (a data URL here), not next/image. */}
        {/* eslint-disable-next-line @next/next/no-img-element */}
        <img src={data.logo} width={64} height={64} alt="" />
        <div style={{ display: 'flex', flexDirection: 'column' }}>
          <span style={{ fontSize: 30 }}>{data.agency}</span>
          <span style={{ fontSize: 24, color: MUTED }}>{data.siteName}</span>
        </div>
      </div>
      <div style={{ display: 'flex', flexDirection: 'column' }}>
        {titleLines.map((line, index) => (
          <span key={index} style={{ fontSize: TITLE_FONT_SIZE, lineHeight: 1.2, whiteSpace: 'nowrap' }}>
            {line}
          </span>
        ))}
      </div>
      <div style={{ display: 'flex', justifyContent: 'space-between', fontSize: 28, color: MUTED }}>
        <span>{data.subtitle}</span>
        {data.byline ? <span>{data.byline}</span> : null}
      </div>
    </div>
  );
}
