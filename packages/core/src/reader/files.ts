import type { Attachment } from '@pbgdpl/contract';
import type { Lang } from '../i18n.ts';
import { mediaUrl } from '../media-url.ts';

const LOCALES: Record<Lang, string> = { vi: 'vi-VN', en: 'en-GB' };
const TYPES: Record<string, string> = {
  'application/pdf': 'PDF',
  'application/msword': 'DOC',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
  'application/vnd.ms-excel': 'XLS',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'XLSX',
  'application/vnd.ms-powerpoint': 'PPT',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'PPTX',
  'application/zip': 'ZIP',
  'text/plain': 'TXT',
  'text/html': 'HTML',
};

/** `application/pdf` → `PDF`; unknown types show their file extension or subtype. */
export function fileTypeLabel(file: Pick<Attachment, 'mediaType' | 'name'>): string {
  const known = TYPES[file.mediaType];
  if (known) return known;
  const extension = /\.([a-z0-9]{1,5})$/i.exec(file.name)?.[1];
  if (extension) return extension.toUpperCase();
  const subtype = file.mediaType.split('/')[1] ?? file.mediaType;
  return (subtype.split(/[.+-]/).pop() ?? subtype).toUpperCase();
}

/** 1536 → `1,5 KB` in Vietnamese, `1.5 KB` in English. */
export function formatSize(bytes: number, lang: Lang): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  const number = new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: digits }).format(value);
  return `${number} ${units[unit]}`;
}

/** Only web addresses become links, whatever the API sends: never `javascript:` or `data:`. */
export function webUrl(url: string | null | undefined): string {
  if (!url) return '';
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : '';
  } catch {
    return '';
  }
}

/** Absolute address of a file from the API (media paths belong to the API's server); '' if unsafe. */
export const fileUrl = (api: string, url: string): string => webUrl(mediaUrl(api, url));

/** `download` only works (and only makes sense) for files on the page's own origin. */
export function isSameOrigin(href: string): boolean {
  try {
    return new URL(href, location.href).origin === location.origin;
  } catch {
    return false;
  }
}

export const isPdf = (file: Attachment): boolean =>
  file.mediaType === 'application/pdf' || /\.pdf$/i.test(file.name);
