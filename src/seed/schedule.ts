/*
 * Demo work schedule: two leaders and a week of entries around the day the demo is seeded
 * (the week before, this week, the week after), plus one unpublished draft that readers must
 * never see. Invented people and meetings, in the style of provincial portals' schedules.
 */
import type { SessionValue } from '@/site/schedule/sessions'

export const DEMO_LEADERS = [
  {
    name: 'Nguyễn Văn Thành',
    position: 'Bí thư Đảng ủy Khối',
    term: '2025–2030',
    order: 1,
    slug: 'nguyen-van-thanh',
  },
  {
    name: 'Lê Thị Thu Hương',
    position: 'Phó Bí thư Thường trực Đảng ủy Khối',
    term: '2025–2030',
    order: 2,
    slug: 'le-thi-thu-huong',
  },
] as const

export interface DemoEntry {
  /** Weeks from the current one (−1, 0, 1) and the day in it (0 = Monday). */
  week: number
  weekday: number
  session: SessionValue
  startTime?: string
  content: string
  /** Index into DEMO_LEADERS. */
  chair?: 0 | 1
  participants?: string
  location?: string
  preparingUnit?: string
  draft?: boolean
}

const OFFICE = 'Văn phòng Đảng ủy Khối'
const HALL = 'Hội trường Đảng ủy Khối'

export const DEMO_ENTRIES: DemoEntry[] = [
  {
    week: -1,
    weekday: 0,
    session: 'sang',
    startTime: '07:30',
    chair: 0,
    content: 'Giao ban Thường trực Đảng ủy Khối',
    participants: 'Thường trực Đảng ủy Khối; lãnh đạo các ban, Văn phòng',
    location: 'Phòng họp tầng 2',
    preparingUnit: OFFICE,
  },
  {
    week: -1,
    weekday: 3,
    session: 'chieu',
    startTime: '14:00',
    chair: 1,
    content: 'Làm việc với Đảng ủy Sở Tư pháp về công tác phát triển đảng viên',
    location: 'Sở Tư pháp',
    preparingUnit: 'Ban Tổ chức Đảng ủy Khối',
  },
  {
    week: 0,
    weekday: 0,
    session: 'sang',
    startTime: '07:30',
    chair: 0,
    content: 'Chào cờ đầu tuần; giao ban Thường trực Đảng ủy Khối',
    participants: 'Thường trực Đảng ủy Khối;\nlãnh đạo các ban, Văn phòng Đảng ủy Khối',
    location: 'Phòng họp tầng 2, trụ sở Đảng ủy Khối',
    preparingUnit: OFFICE,
  },
  {
    week: 0,
    weekday: 0,
    session: 'chieu',
    startTime: '14:00',
    chair: 1,
    content:
      'Làm việc với Ban Thường vụ Đảng ủy Sở Tài chính về chuẩn bị đại hội chi bộ, nhiệm kỳ 2025–2027',
    participants: 'Đại diện Ban Tổ chức, Ủy ban Kiểm tra Đảng ủy Khối',
    location: 'Sở Tài chính',
    preparingUnit: 'Ban Tổ chức Đảng ủy Khối',
  },
  {
    week: 0,
    weekday: 1,
    session: 'sang',
    startTime: '08:00',
    chair: 0,
    content: 'Dự Hội nghị Ban Chấp hành Đảng bộ tỉnh (mở rộng)',
    location: 'Hội trường Tỉnh ủy',
    preparingUnit: 'Văn phòng Tỉnh ủy',
  },
  {
    week: 0,
    weekday: 1,
    session: 'chieu',
    startTime: '14:00',
    chair: 1,
    content: 'Họp Ủy ban Kiểm tra Đảng ủy Khối xem xét, giải quyết đơn thư',
    participants: 'Các đồng chí Ủy viên Ủy ban Kiểm tra Đảng ủy Khối',
    location: 'Phòng họp tầng 3',
    preparingUnit: 'Ủy ban Kiểm tra Đảng ủy Khối',
  },
  {
    week: 0,
    weekday: 2,
    session: 'sang',
    startTime: '08:00',
    chair: 0,
    content: 'Hội nghị học tập, quán triệt Nghị quyết số 39-NQ/TW của Bộ Chính trị',
    participants: 'Bí thư, phó bí thư các tổ chức cơ sở đảng trực thuộc',
    location: HALL,
    preparingUnit: 'Ban Tuyên giáo Đảng ủy Khối',
  },
  { week: 0, weekday: 2, session: 'chieu', chair: 0, content: 'Làm việc tại cơ quan' },
  {
    week: 0,
    weekday: 3,
    session: 'sang',
    startTime: '07:30',
    chair: 1,
    content: 'Kiểm tra công tác chuyển đổi số tại Đảng bộ Sở Khoa học và Công nghệ',
    participants: 'Đoàn kiểm tra theo Quyết định số 87-QĐ/ĐUK',
    location: 'Sở Khoa học và Công nghệ',
    preparingUnit: 'Văn phòng Đảng ủy Khối',
  },
  {
    week: 0,
    weekday: 3,
    session: 'toi',
    startTime: '19:30',
    chair: 0,
    content: 'Dự chương trình nghệ thuật chào mừng Ngày thành lập Quân đội nhân dân Việt Nam',
    location: 'Nhà văn hóa tỉnh',
  },
  {
    week: 0,
    weekday: 4,
    session: 'sang',
    startTime: '08:00',
    chair: 0,
    content: 'Họp Ban Thường vụ Đảng ủy Khối thường kỳ tháng',
    participants: 'Các đồng chí Ủy viên Ban Thường vụ Đảng ủy Khối; mời lãnh đạo các ban tham dự',
    location: 'Phòng họp Ban Thường vụ',
    preparingUnit: OFFICE,
  },
  {
    week: 0,
    weekday: 4,
    session: 'chieu',
    startTime: '14:00',
    chair: 1,
    content: 'Tiếp công dân định kỳ',
    location: 'Phòng tiếp công dân',
    preparingUnit: 'Ủy ban Kiểm tra Đảng ủy Khối',
  },
  {
    week: 0,
    weekday: 5,
    session: 'sang',
    startTime: '07:00',
    chair: 1,
    content: 'Ra quân tổng vệ sinh môi trường, hưởng ứng phong trào “Ngày Chủ nhật xanh”',
    participants: 'Đoàn Thanh niên Khối; cán bộ, đảng viên cơ quan',
    location: 'Khu dân cư số 5, phường Tân Thịnh',
  },
  {
    week: 0,
    weekday: 3,
    session: 'chieu',
    startTime: '15:00',
    chair: 0,
    draft: true,
    content: 'Dự kiến: làm việc với đoàn công tác Trung ương (chưa công bố)',
    location: 'Chưa xác định',
  },
  {
    week: 1,
    weekday: 0,
    session: 'sang',
    startTime: '07:30',
    chair: 0,
    content: 'Giao ban Thường trực Đảng ủy Khối',
    location: 'Phòng họp tầng 2',
    preparingUnit: OFFICE,
  },
  {
    week: 1,
    weekday: 2,
    session: 'sang',
    startTime: '08:00',
    chair: 1,
    content: 'Hội nghị tổng kết công tác xây dựng Đảng năm',
    participants: 'Bí thư các tổ chức cơ sở đảng trực thuộc',
    location: HALL,
    preparingUnit: OFFICE,
  },
]
