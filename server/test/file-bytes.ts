/** Small real-looking files for upload tests: the magic numbers file-type reads, then padding. */

const pad = (head: number[], size: number) => {
  const bytes = new Uint8Array(size);
  bytes.set(head);
  return bytes;
};

/** A 1×1 PNG's signature and IHDR chunk. */
export const PNG_HEAD = [
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00,
  0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00,
];

export const pngBytes = (size = 64) => pad(PNG_HEAD, size);
export const jpegBytes = (size = 64) => pad([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00], size);
export const gifBytes = (size = 64) => pad([...new TextEncoder().encode('GIF89a'), 1, 0, 1, 0], size);
export const webpBytes = (size = 64) =>
  pad([...new TextEncoder().encode('RIFF'), 0x24, 0, 0, 0, ...new TextEncoder().encode('WEBPVP8 ')], size);
export const pdfBytes = (size = 64) => pad([...new TextEncoder().encode('%PDF-1.7\n')], size);
/** A Windows executable: "MZ", then the DOS stub file-type recognises. */
export const exeBytes = (size = 256) => pad([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00], size);
/** An HTML page, which must never be stored or served as one. */
export const htmlBytes = () => new TextEncoder().encode('<!doctype html><script>alert(1)</script>');
