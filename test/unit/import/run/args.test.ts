import { describe, expect, it } from 'vitest'

import { ArgsError, parseImportArgs } from '@/import/run/args'

describe('parseImportArgs', () => {
  it('reads paths and every option, in both --flag value and --flag=value forms', () => {
    expect(
      parseImportArgs([
        'a.txt',
        'dir',
        '--dry-run',
        '--json',
        '--status',
        'draft',
        '--category=xay-dung-dang',
      ]),
    ).toEqual({
      paths: ['a.txt', 'dir'],
      dryRun: true,
      json: true,
      help: false,
      status: 'draft',
      category: 'xay-dung-dang',
    })
    expect(parseImportArgs(['--', '--la-ten-tep.txt']).paths).toEqual(['--la-ten-tep.txt'])
  })

  it('refuses what it does not understand with a Vietnamese message', () => {
    expect(() => parseImportArgs([])).toThrow(/Cần ít nhất một tệp/)
    expect(() => parseImportArgs(['a.txt', '--status', 'xong'])).toThrow(/draft hoặc published/)
    expect(() => parseImportArgs(['a.txt', '--category'])).toThrow(ArgsError)
    expect(() => parseImportArgs(['a.txt', '--category', '--json'])).toThrow(/Thiếu giá trị/)
    expect(() => parseImportArgs(['a.txt', '--force'])).toThrow(/Tùy chọn không hợp lệ: --force/)
  })

  it('--help needs no path', () => {
    expect(parseImportArgs(['--help']).help).toBe(true)
  })
})
