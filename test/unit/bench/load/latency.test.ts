import { describe, expect, it } from 'vitest'

import { LatencyRecorder, percentile } from '../../../../bench/load/latency'

describe('load latency percentiles', () => {
  it('takes the nearest rank', () => {
    const sorted = Array.from({ length: 100 }, (_, i) => i + 1)
    expect(percentile(sorted, 50)).toBe(50)
    expect(percentile(sorted, 95)).toBe(95)
    expect(percentile(sorted, 99)).toBe(99)
    expect(percentile(sorted, 100)).toBe(100)
    expect(percentile(sorted, 0)).toBe(1)
    expect(percentile([5, 9], 50)).toBe(5)
    expect(percentile([5, 9], 51)).toBe(9)
    expect(percentile([], 50)).toBeNaN()
  })

  it('summarises one kind or several together, errors included', () => {
    const recorder = new LatencyRecorder()
    for (const ms of [30, 10, 20]) recorder.record('a', ms)
    for (let i = 0; i < 97; i++) recorder.record('b', 1)
    recorder.error('a', 'HTTP 500')
    const a = recorder.summary('a')
    expect(a).toMatchObject({ count: 3, errors: 1, p50: 20, max: 30 })
    const both = recorder.summary('a', 'b')
    expect(both.count).toBe(100)
    expect(both.p95).toBe(1)
    expect(both.p99).toBe(20)
    expect(both.max).toBe(30)
    expect(recorder.errorExamples).toEqual(['a: HTTP 500'])
    expect(recorder.summary('none').count).toBe(0)
  })
  it('names the slowest labelled samples of a kind, slowest first', () => {
    const recorder = new LatencyRecorder()
    recorder.record('search', 40, 'a')
    recorder.record('search', 90, 'b')
    recorder.record('search', 10, 'c')
    recorder.record('search', 70)
    expect(recorder.slowest('search', 2)).toEqual([
      { ms: 90, label: 'b' },
      { ms: 40, label: 'a' },
    ])
    expect(recorder.summary('search').max).toBe(90)
    expect(recorder.slowest('read', 3)).toEqual([])
  })
})
