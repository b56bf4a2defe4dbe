// The article kinds with their Vietnamese labels, in a leaf module so the public site can read them
// without pulling the collection config (and its hooks) into its module graph.

export const ARTICLE_KINDS = [
  { label: 'Tin tức, hội nghị', value: 'news' },
  { label: 'Phỏng vấn', value: 'interview' },
  { label: 'Văn bản, kết luận', value: 'document' },
  { label: 'Phóng sự ảnh', value: 'photo' },
  { label: 'Bài viết', value: 'feature' },
] as const
