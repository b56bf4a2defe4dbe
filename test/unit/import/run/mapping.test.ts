import { describe, expect, it } from 'vitest'

import type { ParsedArticle } from '@/import/parse/types'
import { coverFrom, toArticleData } from '@/import/run/article-data'
import { dayAt, documentTypeValue, toDocumentData } from '@/import/run/document-data'
import { foldKey } from '@/import/run/fold'
import { toLexicalBody } from '@/import/run/lexical-body'

const parsed = (over: Partial<ParsedArticle> = {}): ParsedArticle => ({
  title: 'Chi bộ Sở Tư pháp sinh hoạt chuyên đề',
  kind: 'news',
  publishedAt: '2024-05-09T15:10:00+07:00',
  sapo: 'Sáng 9/5, Chi bộ Sở Tư pháp tổ chức sinh hoạt chuyên đề quý II.',
  authors: [{ name: 'Thu Hà' }],
  photos: [
    { caption: 'Quang cảnh buổi sinh hoạt', credit: 'Thu Hà', position: 1 },
    { caption: 'Đảng viên phát biểu', position: 3, src: 'anh/2.jpg' },
  ],
  interview: [],
  body: [
    { type: 'paragraph', text: 'Đảng viên thảo luận **sôi nổi**.' },
    { type: 'photo', caption: 'Quang cảnh buổi sinh hoạt', credit: 'Thu Hà' },
    { type: 'heading', text: 'Nâng cao chất lượng' },
    { type: 'photo', caption: 'Đảng viên phát biểu', src: 'anh/2.jpg' },
    { type: 'list', items: ['Một', 'Hai'] },
    {
      type: 'interview',
      turns: [
        { speaker: 'P.V', isQuestion: true, text: 'Thưa đồng chí?' },
        { speaker: 'Đồng chí Lò Văn Sinh', isQuestion: false, text: 'Chi bộ đã làm tốt.' },
        { speaker: 'P.V', isQuestion: true, text: ' ' },
      ],
    },
  ],
  bodyText: 'Đảng viên thảo luận sôi nổi.',
  encoding: 'unicode',
  fingerprint: 'f'.repeat(64),
  warnings: [],
  ...over,
})

type Node = {
  type: string
  tag?: string
  children?: Array<{ text?: string }>
  fields?: Record<string, unknown>
}

describe('toLexicalBody', () => {
  it('keeps the order of blocks, literal text, captions and credits, Q&A roles', () => {
    const doc = toLexicalBody(parsed().body, new Map([[3, 'media-2']]))
    const nodes = doc.root.children as unknown as Node[]
    expect(nodes.map((n) => n.type)).toEqual([
      'paragraph',
      'block',
      'heading',
      'block',
      'list',
      'block',
    ])
    expect(nodes[0]?.children?.[0]?.text).toBe('Đảng viên thảo luận **sôi nổi**.')
    expect(nodes[1]?.fields).toMatchObject({
      blockType: 'photo',
      caption: 'Quang cảnh buổi sinh hoạt',
      credit: 'Thu Hà',
    })
    expect(nodes[1]?.fields).not.toHaveProperty('media')
    expect(nodes[3]?.fields).toMatchObject({ blockType: 'photo', media: 'media-2', credit: '' })
    expect(nodes[2]?.tag).toBe('h2')
    expect(nodes[5]?.fields?.turns).toEqual([
      { speaker: 'P.V', role: 'question', text: 'Thưa đồng chí?' },
      { speaker: 'Đồng chí Lò Văn Sinh', role: 'answer', text: 'Chi bộ đã làm tốt.' },
    ])
  })
})

describe('toArticleData', () => {
  const refs = {
    status: 'published' as const,
    authorIds: ['au-1'],
    categoryIds: [],
    mediaByIndex: new Map([[3, 'media-2']]),
    sourcePath: '/nguon/a.txt',
    digest: 'd'.repeat(64),
    fallbackPublishedAt: '2025-01-01T00:00:00.000Z',
  }

  it('maps the article and its import key; empty lists are left out', () => {
    const data = toArticleData(parsed(), refs)
    expect(data).toMatchObject({
      title: 'Chi bộ Sở Tư pháp sinh hoạt chuyên đề',
      kind: 'news',
      publishedAt: '2024-05-09T15:10:00+07:00',
      authors: ['au-1'],
      coverImage: 'media-2',
      _status: 'published',
      import: { sourcePath: '/nguon/a.txt', fingerprint: 'f'.repeat(64), digest: 'd'.repeat(64) },
    })
    expect(data).not.toHaveProperty('categories')
    expect(data).not.toHaveProperty('document')
  })

  it('uses the fallback date when the source has none', () => {
    expect(toArticleData(parsed({ publishedAt: undefined }), refs).publishedAt).toBe(
      '2025-01-01T00:00:00.000Z',
    )
  })

  it('fills document fields only for documents', () => {
    const doc = toArticleData(
      parsed({
        kind: 'document',
        document: {
          docNumber: '12-NQ/ĐUK',
          docType: 'Nghị quyết',
          issuedAt: '2024-03-02',
          signer: 'Lê Văn An',
          recipients: ['Như trên', ' '],
        },
      }),
      refs,
    )
    expect(doc.document).toMatchObject({
      number: '12-NQ/ĐUK',
      type: 'nghi_quyet',
      issuedAt: '2024-03-02T12:00:00+07:00',
      signer: 'Lê Văn An',
      recipients: [{ name: 'Như trên' }],
    })
  })

  it('takes the first photo that has a picture as cover', () => {
    expect(coverFrom(parsed(), new Map())).toBeUndefined()
    expect(
      coverFrom(
        parsed(),
        new Map([
          [1, 'm1'],
          [3, 'm2'],
        ]),
      ),
    ).toBe('m1')
  })
})

describe('document helpers', () => {
  it('maps labels to select values accent- and case-insensitively', () => {
    expect(documentTypeValue('Kết luận')).toBe('ket_luan')
    expect(documentTypeValue('KẾ HOẠCH')).toBe('ke_hoach')
    expect(documentTypeValue('Tờ trình')).toBe('khac')
    expect(documentTypeValue(undefined)).toBeUndefined()
    expect(dayAt('2024-11-20')).toBe('2024-11-20T12:00:00+07:00')
    expect(dayAt('khong')).toBeUndefined()
    expect(toDocumentData({ recipients: [] }).recipients).toEqual([])
  })

  it('folds names for matching', () => {
    expect(foldKey('Vũ Thị phương  Nga')).toBe(foldKey('vu thi Phương Nga'))
    expect(foldKey('Đinh Thị Hạnh')).toBe('dinh thi hanh')
  })
})
