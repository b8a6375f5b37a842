import type { SiteLink } from '@pbgdpl/contract';
import type { SiteSettings } from '../repositories/site.ts';

export const seedSettings: SiteSettings = {
  name: 'Trang thông tin điện tử Phổ biến, giáo dục pháp luật tỉnh Tây Ninh',
  shortName: 'PBGDPL Tây Ninh',
  description:
    'Văn bản pháp luật mới của tỉnh, hỏi đáp pháp luật trực tuyến, tài liệu và video phổ biến, ' +
    'giáo dục pháp luật do Sở Tư pháp tỉnh Tây Ninh quản lý.',
  url: 'https://pbgdpl.tayninh.gov.vn',
  provinceId: 'tay-ninh',
};

/** The national sites a PBGDPL site must link to (plan appendix 2.8). */
export const seedLinks: SiteLink[] = [
  {
    id: 'cong-pbgdpl-quoc-gia',
    title: 'Cổng Thông tin điện tử Phổ biến, giáo dục pháp luật quốc gia',
    url: 'https://pbgdpl.moj.gov.vn',
    kind: 'national-portal',
  },
  {
    id: 'csdl-quoc-gia-van-ban-phap-luat',
    title: 'Cơ sở dữ liệu quốc gia về văn bản pháp luật',
    url: 'https://vbpl.vn',
    kind: 'legal-database',
  },
  {
    id: 'phap-dien',
    title: 'Bộ Pháp điển điện tử',
    url: 'https://phapdien.moj.gov.vn',
    kind: 'codification',
  },
  { id: 'cong-bao', title: 'Công báo Chính phủ', url: 'https://congbao.chinhphu.vn', kind: 'gazette' },
  {
    id: 'tu-sach-phap-luat',
    title: 'Tủ sách pháp luật điện tử quốc gia',
    // The bookshelf is published on the national PBGDPL portal; editors can change the address by import.
    url: 'https://pbgdpl.moj.gov.vn/tu-sach-phap-luat',
    kind: 'bookshelf',
  },
];
