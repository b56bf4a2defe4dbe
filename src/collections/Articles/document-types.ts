// The official document types with their Vietnamese labels, in a leaf module so the site, seed and
// importer can read them without pulling the collection's field config into their module graph.

/** Values are ASCII because select values become GraphQL enum names. */
export const DOCUMENT_TYPES = [
  { value: 'nghi_quyet', label: 'Nghị quyết' },
  { value: 'ket_luan', label: 'Kết luận' },
  { value: 'chi_thi', label: 'Chỉ thị' },
  { value: 'quyet_dinh', label: 'Quyết định' },
  { value: 'ke_hoach', label: 'Kế hoạch' },
  { value: 'thong_bao', label: 'Thông báo' },
  { value: 'huong_dan', label: 'Hướng dẫn' },
  { value: 'quy_dinh', label: 'Quy định' },
  { value: 'bao_cao', label: 'Báo cáo' },
  { value: 'cong_van', label: 'Công văn' },
  { value: 'chuong_trinh', label: 'Chương trình' },
  { value: 'khac', label: 'Văn bản khác' },
] as const

export type DocumentType = (typeof DOCUMENT_TYPES)[number]['value']
