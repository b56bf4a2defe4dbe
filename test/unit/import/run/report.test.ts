import { describe, expect, it } from 'vitest'

import { createProgress, fileProgressBar } from '@/import/run/progress'
import { displayPath, formatReport, formatResultLine } from '@/import/run/report-text'
import { summarize } from '@/import/run/summary'
import type { FileResult } from '@/import/run/types'

const results: FileResult[] = [
  {
    path: '/w/nguon/a.txt',
    status: 'created',
    title: 'Bài A',
    warnings: ['publishedAt: no article date found'],
  },
  { path: '/w/nguon/b.txt', status: 'failed', reason: 'Tệp rỗng', warnings: [] },
  {
    path: '/khac/c.md',
    status: 'skipped',
    reason: 'Không phải tệp bài viết (.txt, .html, .htm)',
    warnings: [],
  },
]

describe('report text', () => {
  it('one line per file, warnings indented, Vietnamese summary', () => {
    const report = {
      dryRun: true,
      status: 'published' as const,
      summary: summarize(results),
      files: results,
    }
    expect(formatReport(report, '/w').split('\n')).toEqual([
      'created   nguon/a.txt — Bài A',
      '          ! publishedAt: no article date found',
      'failed    nguon/b.txt — Tệp rỗng',
      'skipped   /khac/c.md — Không phải tệp bài viết (.txt, .html, .htm)',
      '',
      'Chạy thử (không ghi gì): 3 tệp — 1 tạo mới, 0 cập nhật, 0 không đổi, 0 trùng lặp, 1 bỏ qua, 1 lỗi',
    ])
    expect(displayPath('/w/x.txt', '/w')).toBe('x.txt')
    expect(formatResultLine({ path: '/w/y.txt', status: 'unchanged', warnings: [] }, '/w')).toBe(
      'unchanged y.txt',
    )
  })
})

describe('progress', () => {
  it('draws a bar', () => {
    expect(fileProgressBar(1, 4, 8)).toBe('[##------] 1/4')
    expect(fileProgressBar(0, 0, 4)).toBe('[####] 0/0')
  })

  it('writes plain lines when the stream is not a terminal', () => {
    const out: string[] = []
    const stream = {
      isTTY: false,
      write: (s: string) => out.push(s),
    } as unknown as NodeJS.WriteStream
    const p = createProgress(stream)
    p.listener({
      done: 2,
      total: 3,
      result: { path: '/khac/b.txt', status: 'failed', reason: 'Tệp rỗng', warnings: [] },
    })
    p.finish()
    expect(out).toEqual(['[2/3] failed    /khac/b.txt — Tệp rỗng\n'])
  })

  it('redraws one line on a terminal and clears it at the end', () => {
    const out: string[] = []
    const stream = {
      isTTY: true,
      columns: 80,
      write: (s: string) => out.push(s),
    } as unknown as NodeJS.WriteStream
    const p = createProgress(stream)
    p.listener({
      done: 1,
      total: 2,
      result: { path: '/khac/a.txt', status: 'created', warnings: [] },
    })
    p.finish()
    expect(out[0]).toMatch(/^\r\x1b\[2K\[#{12}-{12}\] 1\/2 \/khac\/a\.txt$/)
    expect(out[1]).toBe('\r\x1b[2K')
  })
})
