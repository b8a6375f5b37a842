import type { Unit, UnitKind } from '@pbgdpl/contract';

/** Since 1/7/2025: Tây Ninh (Long An merged into it), its departments and new communes/wards. */
const MERGED_ON = '2025-07-01';
const LAST_DAY_BEFORE_MERGER = '2025-06-30';

const unit = (
  id: string,
  kind: UnitKind,
  name: string,
  more: Partial<Omit<Unit, 'id' | 'kind' | 'name'>> = {},
): Unit => ({
  id,
  kind,
  name,
  shortName: null,
  parentId: null,
  validFrom: null,
  validTo: null,
  successorId: null,
  website: null,
  ...more,
});

const department = (id: string, name: string, shortName: string, host: string) =>
  unit(id, 'department', name, {
    shortName,
    parentId: 'tay-ninh',
    website: `https://${host}.tayninh.gov.vn`,
  });

const current = (id: string, kind: 'ward' | 'commune', name: string) =>
  unit(id, kind, name, { parentId: 'tay-ninh', validFrom: MERGED_ON });

/** Gone on 1/7/2025; kept so old documents and questions still name their issuer. */
const former = (id: string, kind: UnitKind, name: string, successorId: string, parentId: string | null) =>
  unit(id, kind, name, { parentId, validTo: LAST_DAY_BEFORE_MERGER, successorId });

export const seedUnits: Unit[] = [
  unit('tay-ninh', 'province', 'Ủy ban nhân dân tỉnh Tây Ninh', {
    shortName: 'UBND tỉnh Tây Ninh',
    website: 'https://tayninh.gov.vn',
  }),
  unit('hdnd-tay-ninh', 'province', 'Hội đồng nhân dân tỉnh Tây Ninh', { shortName: 'HĐND tỉnh Tây Ninh' }),
  department('so-tu-phap', 'Sở Tư pháp tỉnh Tây Ninh', 'Sở Tư pháp', 'sotuphap'),
  department('so-giao-duc-va-dao-tao', 'Sở Giáo dục và Đào tạo tỉnh Tây Ninh', 'Sở GD&ĐT', 'sogddt'),
  department('so-y-te', 'Sở Y tế tỉnh Tây Ninh', 'Sở Y tế', 'soyte'),
  department('so-noi-vu', 'Sở Nội vụ tỉnh Tây Ninh', 'Sở Nội vụ', 'sonoivu'),
  department('so-tai-chinh', 'Sở Tài chính tỉnh Tây Ninh', 'Sở Tài chính', 'sotaichinh'),
  department(
    'so-nong-nghiep-va-moi-truong',
    'Sở Nông nghiệp và Môi trường tỉnh Tây Ninh',
    'Sở NN&MT',
    'sonnmt',
  ),
  department(
    'so-van-hoa-the-thao-va-du-lich',
    'Sở Văn hóa, Thể thao và Du lịch tỉnh Tây Ninh',
    'Sở VHTTDL',
    'svhttdl',
  ),
  department('cong-an-tinh', 'Công an tỉnh Tây Ninh', 'Công an tỉnh', 'congan'),
  department('so-xay-dung', 'Sở Xây dựng tỉnh Tây Ninh', 'Sở Xây dựng', 'sxd'),
  department('so-cong-thuong', 'Sở Công Thương tỉnh Tây Ninh', 'Sở Công Thương', 'sct'),
  current('phuong-tan-ninh', 'ward', 'Phường Tân Ninh'),
  current('phuong-long-hoa', 'ward', 'Phường Long Hoa'),
  current('phuong-trang-bang', 'ward', 'Phường Trảng Bàng'),
  current('phuong-long-an', 'ward', 'Phường Long An'),
  current('phuong-tan-an', 'ward', 'Phường Tân An'),
  current('xa-hoa-thanh', 'commune', 'Xã Hòa Thạnh'),
  current('xa-duc-hoa', 'commune', 'Xã Đức Hòa'),
  current('xa-hau-nghia', 'commune', 'Xã Hậu Nghĩa'),
  current('xa-tan-bien', 'commune', 'Xã Tân Biên'),
  former('long-an', 'former-province', 'Ủy ban nhân dân tỉnh Long An', 'tay-ninh', null),
  former('hdnd-long-an', 'former-province', 'Hội đồng nhân dân tỉnh Long An', 'hdnd-tay-ninh', null),
  former('so-tu-phap-long-an', 'department', 'Sở Tư pháp tỉnh Long An', 'so-tu-phap', 'long-an'),
  former('thanh-pho-tay-ninh', 'former-district', 'UBND thành phố Tây Ninh', 'phuong-tan-ninh', 'tay-ninh'),
  former('thi-xa-hoa-thanh', 'former-district', 'UBND thị xã Hòa Thành', 'phuong-long-hoa', 'tay-ninh'),
  former('thi-xa-trang-bang', 'former-district', 'UBND thị xã Trảng Bàng', 'phuong-trang-bang', 'tay-ninh'),
  former('huyen-duc-hoa', 'former-district', 'UBND huyện Đức Hòa', 'xa-duc-hoa', 'long-an'),
  former('thi-tran-hau-nghia', 'former-commune', 'UBND thị trấn Hậu Nghĩa', 'xa-hau-nghia', 'huyen-duc-hoa'),
  former('phuong-1-tan-an', 'former-commune', 'UBND Phường 1, thành phố Tân An', 'phuong-tan-an', 'long-an'),
];
