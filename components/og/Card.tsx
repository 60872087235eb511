import type { CardData } from '@/lib/og/card-data';
import { CARD_FONT_FAMILY } from '@/lib/og/font';

export const CARD_SIZE = { width: 1200, height: 630 } as const;
export const TITLE_FONT_SIZE = 60;
export const TITLE_MAX_LINES = 4;
const PADDING = 72;
/** Width of the title block in em: what the wrapper fills. */
export const TITLE_WIDTH_EM = (CARD_SIZE.width - 2 * PADDING) / TITLE_FONT_SIZE;

/** The agency's mark: a simple emblem drawn in SVG, no image file to fetch. */
function Mark() {
  return (
    <svg width="64" height="64" viewBox="0 0 64 64">
      <rect width="64" height="64" rx="14" fill="#ffffff" />
      <path d="M14 46 L26 18 L32 32 L38 18 L50 46" stroke="#0b3d91" strokeWidth="6" fill="none" strokeLinejoin="round" />
    </svg>
  );
}

/**
 * Satori markup for a 1200×630 card (flexbox only, inline styles). Title
 * lines arrive pre-wrapped (lib/og/wrap.ts) and each is kept on one line.
 */
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
        padding: PADDING,
        fontFamily: CARD_FONT_FAMILY,
        color: '#ffffff',
        backgroundColor: '#0b3d91',
        // Flat colour, not a gradient: a PNG of few colours stays well under 80 kB.
        ...(data.background
          ? {
              backgroundImage: `linear-gradient(rgba(8,30,70,0.8), rgba(8,30,70,0.9)), url(${data.background})`,
              backgroundSize: '100% 100%',
            }
          : {}),
        borderBottom: '16px solid #f2b705',
      }}
    >
      <div style={{ display: 'flex', alignItems: 'center', gap: 20 }}>
        <Mark />
        <div style={{ display: 'flex', flexDirection: 'column' }}>
          <span style={{ fontSize: 30 }}>{data.agency}</span>
          <span style={{ fontSize: 24, color: '#c9d8f5' }}>{data.siteName}</span>
        </div>
      </div>
      <div style={{ display: 'flex', flexDirection: 'column' }}>
        {titleLines.map((line, index) => (
          <span key={index} style={{ fontSize: TITLE_FONT_SIZE, lineHeight: 1.2, whiteSpace: 'nowrap' }}>
            {line}
          </span>
        ))}
      </div>
      <div style={{ display: 'flex', fontSize: 30, color: '#c9d8f5' }}>{data.subtitle}</div>
    </div>
  );
}
