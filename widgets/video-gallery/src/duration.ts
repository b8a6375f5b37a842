import type { Translate } from '@pbgdpl/core';

const two = (n: number) => String(n).padStart(2, '0');

/** 8 → `0:08`, 312 → `5:12`, 3725 → `1:02:05`: as players show it. */
export function clockDuration(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  return h ? `${h}:${two(m)}:${two(s)}` : `${m}:${two(s)}`;
}

/** The same in words, for screen readers: "5 phút 12 giây". */
export function spokenDuration(t: Translate, seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return m ? t('minutes', { m, s }) : t('seconds', { s });
}
