import type { QrCode } from '@/lib/share/qr';

type Props = { qr: QrCode; label: string; className: string };

/**
 * A QR code as inline SVG. Dark modules on a white square of its own in
 * every colour scheme: scanners need dark on light, and the quiet zone
 * around the code is part of that square.
 */
export function ShareQr({ qr, label, className }: Props) {
  return (
    <svg role="img" aria-label={label} viewBox={`0 0 ${qr.size} ${qr.size}`} shapeRendering="crispEdges" className={className}>
      <title>{label}</title>
      <rect width={qr.size} height={qr.size} fill="#ffffff" />
      <path d={qr.path} fill="none" stroke="#000000" strokeWidth={1} />
    </svg>
  );
}
