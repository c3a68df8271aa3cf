/** The longest side a photo keeps after downsizing: sharp enough to read an ID card. */
export const MAX_PHOTO_SIDE = 2048;

// Below this a photo goes as it is: re-encoding a small photo saves little and costs quality.
const SMALL_ENOUGH_BYTES = 1024 * 1024;
const QUALITY = 0.85;
const RESIZABLE = new Set(['image/jpeg', 'image/png', 'image/webp']);

/**
 * The size a picture scales to so its longest side is at most `maxSide`, keeping its
 * shape; a picture already small enough keeps its size.
 * @example scaledSize(4000, 3000, 2048) // { width: 2048, height: 1536 }
 */
export function scaledSize(width: number, height: number, maxSide = MAX_PHOTO_SIDE) {
  const longest = Math.max(width, height);
  if (longest <= maxSide) return { width, height };
  const scale = maxSide / longest;
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/** Whether a picked file is a photo worth downsizing before it leaves the phone. */
export function shouldDownsize(file: { type: string; size: number }): boolean {
  return RESIZABLE.has(file.type) && file.size > SMALL_ENOUGH_BYTES;
}

function renamed(name: string, type: string): string {
  const ext = type === 'image/webp' ? '.webp' : '.jpg';
  return `${name.replace(/\.[A-Za-z0-9]{1,5}$/, '')}${ext}`;
}

async function encode(canvas: HTMLCanvasElement, type: string): Promise<Blob | null> {
  return new Promise((resolve) => canvas.toBlob(resolve, type, QUALITY));
}

/**
 * Shrinks a camera photo on the phone (longest side ≤ 2048 px, JPEG, or WebP when the
 * original was WebP) so a 10 MB photo uploads on a weak network. Answers the original
 * when it is small, not a photo, or the browser cannot decode it (HEIC on most phones).
 * @example const sent = await downsizeImage(picked);
 */
export async function downsizeImage(file: File): Promise<File> {
  if (!shouldDownsize(file) || typeof createImageBitmap !== 'function') return file;
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  } catch {
    return file;
  }
  const { width, height } = scaledSize(bitmap.width, bitmap.height);
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) return file;
  // A transparent PNG becomes JPEG: paint white under it rather than black.
  context.fillStyle = '#fff';
  context.fillRect(0, 0, width, height);
  context.drawImage(bitmap, 0, 0, width, height);
  bitmap.close();
  const type = file.type === 'image/webp' ? 'image/webp' : 'image/jpeg';
  const blob = await encode(canvas, type);
  if (!blob || blob.size >= file.size) return file;
  return new File([blob], renamed(file.name, blob.type || type), { type: blob.type || type, lastModified: Date.now() });
}
