import type { BannerPlacement } from '@pbgdpl/contract';
import type { BannerData } from '../repositories/banners.ts';

const SIZES: Record<BannerPlacement, { width: number; height: number }> = {
  leaderboard: { width: 728, height: 90 },
  sidebar: { width: 300, height: 250 },
  square: { width: 250, height: 250 },
};

/** How a seed banner's SVG image looks (drawn by banner-images.ts). */
export interface BannerArt {
  lines: string[];
  background: string;
  foreground: string;
  accent: string;
}

export interface SeedBanner {
  file: string;
  title: string;
  alt: string;
  href: string;
  placement: BannerPlacement;
  unitId: string | null;
  priority: number;
  active: boolean;
  /** Relative to the moment of seeding, so the demo always shows one banner of each state. */
  schedule: 'always' | 'upcoming' | 'expired';
  art: BannerArt;
}

// Colour pairs below have a contrast ratio of at least 7:1 (WCAG AAA for text).
const RED = { background: '#9b1c1c', foreground: '#ffffff', accent: '#ffd54a' };
const BLUE = { background: '#0b3d91', foreground: '#ffffff', accent: '#ffd54a' };
const GREEN = { background: '#14532d', foreground: '#ffffff', accent: '#bbf7d0' };
const LIGHT = { background: '#fff8e1', foreground: '#3b2a00', accent: '#9b1c1c' };

export const seedBanners: SeedBanner[] = [
  {
    file: 'ngay-phap-luat-728x90.svg',
    title: 'Ngày Pháp luật Việt Nam 9/11',
    alt: 'Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam 9/11 – Tìm hiểu, chấp hành pháp luật',
    href: 'https://pbgdpl.moj.gov.vn',
    placement: 'leaderboard',
    unitId: null,
    priority: 100,
    active: true,
    schedule: 'always',
    art: { ...RED, lines: ['Ngày Pháp luật Việt Nam 9/11', 'Tìm hiểu pháp luật – Chấp hành pháp luật'] },
  },
  {
    file: 'tra-cuu-van-ban-728x90.svg',
    title: 'Tra cứu văn bản pháp luật',
    alt: 'Tra cứu văn bản pháp luật trên Cơ sở dữ liệu quốc gia về văn bản pháp luật',
    href: 'https://vbpl.vn',
    placement: 'leaderboard',
    unitId: null,
    priority: 50,
    active: true,
    schedule: 'always',
    art: { ...BLUE, lines: ['Tra cứu văn bản pháp luật', 'Cơ sở dữ liệu quốc gia – vbpl.vn'] },
  },
  {
    file: 'hoa-giai-co-so-728x90.svg',
    title: 'Hòa giải ở cơ sở – Xã Hòa Thạnh',
    alt: 'Xã Hòa Thạnh: tổ hòa giải ở cơ sở giúp người dân giải quyết mâu thuẫn tại ấp',
    href: 'https://pbgdpl.tayninh.gov.vn/hoa-giai-co-so',
    placement: 'leaderboard',
    unitId: 'xa-hoa-thanh',
    priority: 120,
    active: true,
    schedule: 'always',
    art: { ...GREEN, lines: ['Hòa giải ở cơ sở', 'Xã Hòa Thạnh – Hòa giải thành, tình làng nghĩa xóm'] },
  },
  {
    file: 'hoi-dap-phap-luat-300x250.svg',
    title: 'Hỏi đáp pháp luật trực tuyến',
    alt: 'Hỏi đáp pháp luật trực tuyến: gửi câu hỏi, Sở Tư pháp trả lời',
    href: 'https://pbgdpl.tayninh.gov.vn/hoi-dap',
    placement: 'sidebar',
    unitId: null,
    priority: 80,
    active: true,
    schedule: 'always',
    art: { ...BLUE, lines: ['Hỏi đáp', 'pháp luật trực tuyến', 'Gửi câu hỏi – nhận trả lời'] },
  },
  {
    file: 'tro-giup-phap-ly-300x250.svg',
    title: 'Trợ giúp pháp lý miễn phí',
    alt: 'Trợ giúp pháp lý miễn phí cho người nghèo, người có công, trẻ em – Sở Tư pháp Tây Ninh',
    href: 'https://sotuphap.tayninh.gov.vn/tro-giup-phap-ly',
    placement: 'sidebar',
    unitId: 'so-tu-phap',
    priority: 90,
    active: true,
    schedule: 'always',
    art: { ...GREEN, lines: ['Trợ giúp pháp lý', 'miễn phí', 'Sở Tư pháp tỉnh Tây Ninh'] },
  },
  {
    file: 'cuoc-thi-tim-hieu-300x250.svg',
    title: 'Cuộc thi trực tuyến tìm hiểu pháp luật',
    alt: 'Cuộc thi trực tuyến tìm hiểu pháp luật tỉnh Tây Ninh – sắp bắt đầu',
    href: 'https://pbgdpl.tayninh.gov.vn/cuoc-thi',
    placement: 'sidebar',
    unitId: null,
    priority: 70,
    active: true,
    schedule: 'upcoming',
    art: { ...RED, lines: ['Cuộc thi trực tuyến', 'tìm hiểu pháp luật', 'Sắp bắt đầu'] },
  },
  {
    file: 'cong-pbgdpl-250x250.svg',
    title: 'Cổng Phổ biến, giáo dục pháp luật quốc gia',
    alt: 'Cổng Thông tin điện tử Phổ biến, giáo dục pháp luật quốc gia',
    href: 'https://pbgdpl.moj.gov.vn',
    placement: 'square',
    unitId: null,
    priority: 10,
    active: true,
    schedule: 'always',
    art: { ...LIGHT, lines: ['Cổng PBGDPL', 'quốc gia', 'pbgdpl.moj.gov.vn'] },
  },
  {
    file: 'sap-xep-don-vi-250x250.svg',
    title: 'Sắp xếp đơn vị hành chính năm 2025',
    alt: 'Tuyên truyền sắp xếp đơn vị hành chính cấp tỉnh, cấp xã năm 2025 (đã kết thúc)',
    href: 'https://tayninh.gov.vn',
    placement: 'square',
    unitId: null,
    priority: 60,
    active: true,
    schedule: 'expired',
    art: { ...BLUE, lines: ['Sắp xếp', 'đơn vị hành chính', 'năm 2025'] },
  },
  {
    file: 'phap-dien-250x250.svg',
    title: 'Bộ Pháp điển điện tử',
    alt: 'Bộ Pháp điển điện tử: quy phạm pháp luật sắp xếp theo chủ đề',
    href: 'https://phapdien.moj.gov.vn',
    placement: 'square',
    unitId: null,
    priority: 5,
    active: false,
    schedule: 'always',
    art: { ...GREEN, lines: ['Bộ Pháp điển', 'điện tử', 'phapdien.moj.gov.vn'] },
  },
];

const DAY = 24 * 60 * 60 * 1000;

/** The banner as stored, with its schedule placed around `now`. */
export function toBannerData(seed: SeedBanner, now: Date): BannerData {
  const at = (days: number) => new Date(now.getTime() + days * DAY).toISOString();
  const schedule = {
    always: { startsAt: null, endsAt: null },
    upcoming: { startsAt: at(30), endsAt: at(90) },
    expired: { startsAt: at(-120), endsAt: at(-30) },
  }[seed.schedule];
  return {
    title: seed.title,
    alt: seed.alt,
    href: seed.href,
    image: { url: `/media/banners/${seed.file}`, ...SIZES[seed.placement] },
    placement: seed.placement,
    unitId: seed.unitId,
    priority: seed.priority,
    active: seed.active,
    ...schedule,
  };
}
