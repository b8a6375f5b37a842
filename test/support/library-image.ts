/**
 * For widget tests in Chromium: a PNG drawn on a canvas and uploaded to the media library as an
 * editor would (admin token of `test-api.ts`); the server answers with its WebP copies.
 */
export async function uploadLibraryImage(
  api: string,
  adminToken: string,
  width: number,
  height: number,
): Promise<{ url: string; variants: Array<{ url: string; width: number }> }> {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d')!;
  context.fillStyle = '#a4161a';
  context.fillRect(0, 0, width, height);
  context.fillStyle = '#fff';
  context.fillRect(width / 4, height / 4, width / 2, height / 2);
  const png = await new Promise<Blob>((resolve) => canvas.toBlob((blob) => resolve(blob!), 'image/png'));
  const form = new FormData();
  form.append('alt', 'Ảnh thử');
  form.append('file', png, 'anh-thu.png');
  const response = await fetch(`${api}/admin/media`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${adminToken}` },
    body: form,
  });
  if (response.status !== 201) throw new Error(`media: ${response.status} ${await response.text()}`);
  return (await response.json()) as { url: string; variants: Array<{ url: string; width: number }> };
}

/** The widths an image's `srcset` offers, in order. */
export const srcsetWidths = (image: HTMLImageElement) =>
  (image.getAttribute('srcset') ?? '').split(', ').map((candidate) => candidate.split(' ')[1]);
