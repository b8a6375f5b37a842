/** Copy-link and share: the page's own address, which the host keeps in sync with the document. */

export async function copyText(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard?.writeText) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Denied (no permission, not a secure context, document not focused).
    return false;
  }
}

export const canShare = (): boolean =>
  typeof navigator !== 'undefined' && typeof navigator.share === 'function';

/** The system share sheet; false if the reader cancelled or it failed. */
export async function shareNatively(data: ShareData): Promise<boolean> {
  try {
    await navigator.share(data);
    return true;
  } catch {
    return false;
  }
}

export const facebookShareUrl = (url: string): string =>
  `https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(url)}`;

/** A message to write, with the title as subject and the address as body: the reader picks whom to send it to. */
export const mailtoUrl = (subject: string, url: string): string =>
  `mailto:?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(url)}`;

/*
 * Zalo: we could not confirm a public, documented share-link format (Zalo's documented
 * sharing goes through its JS SDK button, which needs a script from Zalo and an Official
 * Account, or through mini-app APIs). So Zalo is reached through `navigator.share` where the
 * system share sheet exists (phones, where Zalo is installed), and otherwise through a
 * "Zalo" button that copies the link for pasting into Zalo.
 */
