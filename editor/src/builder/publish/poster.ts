import QRCode from 'qrcode';

export interface PosterContent {
  title: string;
  instructions: string;
  url: string;
}

/** The QR code's modules as rows of booleans (dark = true). */
export function qrModules(url: string): boolean[][] {
  const { modules } = QRCode.create(url, { errorCorrectionLevel: 'M' });
  return Array.from({ length: modules.size }, (_, r) =>
    Array.from({ length: modules.size }, (_, c) => Boolean(modules.get(r, c))),
  );
}

const W = 600;
const H = 820;
const QR = 420;

const escapeXml = (s: string) =>
  s.replace(/[<>&"']/g, (ch) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[ch] ?? ch);

/** A printable A-series-proportioned poster: title, QR code, instructions and the link, as SVG text. */
export function posterSvg(content: PosterContent): string {
  const mods = qrModules(content.url);
  const cell = QR / (mods.length + 8);
  const x0 = (W - QR) / 2 + cell * 4;
  const y0 = 150 + cell * 4;
  let path = '';
  mods.forEach((row, r) =>
    row.forEach((dark, c) => {
      if (dark)
        path += `M${(x0 + c * cell).toFixed(2)} ${(y0 + r * cell).toFixed(2)}h${cell.toFixed(2)}v${cell.toFixed(2)}h-${cell.toFixed(2)}z`;
    }),
  );
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">`,
    `<rect width="${W}" height="${H}" fill="#ffffff"/>`,
    `<rect x="0" y="0" width="${W}" height="110" fill="#1f7a4d"/>`,
    `<text x="${W / 2}" y="70" font-size="38" font-weight="bold" text-anchor="middle" fill="#ffffff" font-family="sans-serif">${escapeXml(content.title)}</text>`,
    `<rect x="${(W - QR) / 2}" y="150" width="${QR}" height="${QR}" fill="#ffffff" stroke="#1f7a4d" stroke-width="4"/>`,
    `<path d="${path}" fill="#000000"/>`,
    `<text x="${W / 2}" y="${150 + QR + 70}" font-size="30" text-anchor="middle" fill="#222222" font-family="sans-serif">${escapeXml(content.instructions)}</text>`,
    `<text x="${W / 2}" y="${150 + QR + 130}" font-size="18" text-anchor="middle" fill="#555555" font-family="monospace">${escapeXml(content.url)}</text>`,
    `<text x="${W / 2}" y="${H - 24}" font-size="16" text-anchor="middle" fill="#888888" font-family="sans-serif">萌芽 · 基层轻应用</text>`,
    '</svg>',
  ].join('');
}

/** Renders the poster SVG to a PNG at 2× for print. */
export async function posterPng(content: PosterContent): Promise<Blob> {
  const svg = posterSvg(content);
  const img = new Image();
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = W * 2;
  canvas.height = H * 2;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('This browser cannot draw the poster; download the SVG instead');
  ctx.drawImage(img, 0, 0, W * 2, H * 2);
  return new Promise((ok, fail) =>
    canvas.toBlob((b) => (b ? ok(b) : fail(new Error('PNG export failed'))), 'image/png'),
  );
}
