/*
 * Demo content for the organisation section (Giới thiệu and its pages), the units of the
 * organisation chart and the leaders' biographies. Invented text, short and plausible, written
 * for the demo; no real body, person or document is described.
 */
export const DEMO_CONTACT = {
  address: 'Số 1, đường Trung tâm, thành phố Demo',
  phone: '0200 000 000',
  fax: '0200 000 001',
  email: 'vanphong@dukdemo.vn',
  hours: 'Sáng 7:30–11:30, chiều 13:30–17:00, từ thứ Hai đến thứ Sáu',
  responsible: 'Văn phòng Đảng ủy Khối',
}

export interface DemoUnit {
  key: string
  name: string
  parent?: string
  order: number
  head?: { name: string; position: string }
  description?: string
  contact?: { phone?: string; email?: string }
}

export const DEMO_UNITS: DemoUnit[] = [
  {
    key: 'btv',
    name: 'Ban Thường vụ Đảng ủy Khối',
    order: 1,
    head: { name: 'Nguyễn Văn Thành', position: 'Bí thư' },
    description: 'Lãnh đạo, chỉ đạo giữa hai kỳ hội nghị Ban Chấp hành.',
  },
  {
    key: 'vp',
    name: 'Văn phòng Đảng ủy Khối',
    parent: 'btv',
    order: 1,
    head: { name: 'Trần Minh Đức', position: 'Chánh Văn phòng' },
    description: 'Tham mưu tổng hợp, hành chính, tài chính đảng.',
    contact: { phone: '0200 000 010', email: 'vanphong@dukdemo.vn' },
  },
  {
    key: 'btc',
    name: 'Ban Tổ chức',
    parent: 'btv',
    order: 2,
    head: { name: 'Phạm Thị Lan', position: 'Trưởng ban' },
    description: 'Công tác tổ chức, cán bộ, đảng viên.',
    contact: { phone: '0200 000 020' },
  },
  {
    key: 'btg',
    name: 'Ban Tuyên giáo và Dân vận',
    parent: 'btv',
    order: 3,
    head: { name: 'Đỗ Quang Huy', position: 'Trưởng ban' },
    description: 'Tuyên truyền, giáo dục chính trị tư tưởng, công tác dân vận.',
    contact: { phone: '0200 000 030', email: 'tuyengiao@dukdemo.vn' },
  },
  {
    key: 'btg-tt',
    name: 'Bộ phận Thông tin – Cổng thông tin điện tử',
    parent: 'btg',
    order: 1,
    description: 'Biên tập và vận hành cổng thông tin.',
  },
  {
    key: 'ubkt',
    name: 'Ủy ban Kiểm tra Đảng ủy Khối',
    parent: 'btv',
    order: 4,
    head: { name: 'Vũ Thị Hạnh', position: 'Chủ nhiệm' },
    description: 'Kiểm tra, giám sát và thi hành kỷ luật trong Đảng.',
  },
  {
    key: 'doan',
    name: 'Đoàn Khối các cơ quan tỉnh',
    parent: 'btv',
    order: 5,
    description: 'Tổ chức chính trị – xã hội trực thuộc, tập hợp đoàn viên thanh niên.',
  },
]

/** Biographies, by leader slug (the leaders themselves come from the schedule's demo). */
export const DEMO_BIOGRAPHIES: Record<string, string[]> = {
  'nguyen-van-thanh': [
    'Sinh năm 1972, quê tỉnh Demo. Trình độ chuyên môn: Thạc sĩ Quản lý công; lý luận chính trị: Cao cấp.',
    'Trước khi giữ chức Bí thư Đảng ủy Khối, đồng chí công tác nhiều năm tại Văn phòng Tỉnh ủy.',
  ],
  'le-thi-thu-huong': [
    'Sinh năm 1978. Trình độ chuyên môn: Cử nhân Luật; lý luận chính trị: Cao cấp.',
    'Phụ trách công tác tổ chức, cán bộ và công tác kiểm tra, giám sát của Đảng bộ Khối.',
  ],
}

export const DEMO_EXTRA_LEADER = {
  name: 'Hoàng Văn Nam',
  position: 'Phó Bí thư Đảng ủy Khối',
  term: '2025–2030',
  order: 3,
  slug: 'hoang-van-nam',
  biography: [
    'Sinh năm 1980. Trình độ chuyên môn: Kỹ sư Công nghệ thông tin; lý luận chính trị: Cao cấp.',
  ],
}

export const INTRO = [
  'Đảng bộ Khối các cơ quan tỉnh (bản trình diễn) là đảng bộ trực thuộc Tỉnh ủy, lãnh đạo các tổ chức cơ sở đảng trong các sở, ban, ngành của tỉnh.',
  'Đảng bộ hiện có 68 tổ chức cơ sở đảng với gần 4.000 đảng viên, sinh hoạt tại các cơ quan Đảng, chính quyền, Mặt trận Tổ quốc và các đoàn thể cấp tỉnh.',
]

export const FUNCTIONS = {
  intro:
    'Đảng ủy Khối có chức năng lãnh đạo toàn diện các tổ chức cơ sở đảng trực thuộc về chính trị, tư tưởng, tổ chức, cán bộ và kiểm tra, giám sát.',
  duties: [
    'Lãnh đạo thực hiện nhiệm vụ chính trị của các cơ quan trong Khối.',
    'Xây dựng tổ chức cơ sở đảng trong sạch, vững mạnh; phát triển đảng viên.',
    'Tuyên truyền, quán triệt nghị quyết của Đảng đến cán bộ, đảng viên.',
    'Kiểm tra, giám sát và thi hành kỷ luật đảng theo thẩm quyền.',
    'Lãnh đạo các tổ chức đoàn thể trong Khối.',
  ],
}

export const HISTORY = [
  'Đảng bộ Khối được thành lập theo quyết định của Ban Thường vụ Tỉnh ủy, trên cơ sở hợp nhất các đảng bộ khối cũ.',
  'Qua các kỳ đại hội, Đảng bộ luôn hoàn thành tốt nhiệm vụ, nhiều năm được công nhận trong sạch, vững mạnh.',
]

export const PROPAGANDA = [
  'Ban Tuyên giáo và Dân vận tham mưu cho Ban Thường vụ về công tác tuyên truyền, giáo dục chính trị tư tưởng và dân vận trong Khối.',
]
