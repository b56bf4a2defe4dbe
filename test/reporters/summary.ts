import '../helpers/skip-reason'

import type {
  Reporter,
  SerializedError,
  TestCase,
  TestModule,
  TestRunEndReason,
  TestSuite,
} from 'vitest/node'

/**
 * Prints one plain closing line, `Tests: N passed, N failed, N skipped`, that CI systems can read
 * without knowing vitest's own output format. "failed" counts every failure, not only failing
 * tests: a file that fails to load, a failing beforeAll/afterAll (each error once; the tests it
 * kept from running are not counted as skipped), unhandled errors or rejections, and each test that
 * never ran without being skipped (its worker crashed: the crash counts too). Suites skipped
 * on purpose (marked with `skipReason`) are announced once each with what enables them; any other
 * skipped test is listed, so a skip never goes unnoticed.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(
    testModules: ReadonlyArray<TestModule>,
    unhandledErrors: ReadonlyArray<SerializedError>,
    reason: TestRunEndReason,
  ): void {
    let passed = 0
    let failed = 0
    let skipped = 0
    const outsideTests: string[] = []
    const announced = new Map<string, { reason: string; tests: number }>()
    const unexplained: string[] = []
    const didNotRun: string[] = []

    for (const mod of testModules) {
      const containers: Array<TestModule | TestSuite> = [mod, ...mod.children.allSuites()]
      for (const container of containers) {
        for (const error of container.errors()) {
          failed++
          outsideTests.push(`${where(container)}: ${firstLine(error)}`)
        }
      }
      for (const test of mod.children.allTests()) {
        const state = test.result().state
        if (state === 'passed') passed++
        else if (state === 'failed') failed++
        else if (hasFailedSetup(test)) continue
        else if (state === 'pending') {
          // Neither run nor skipped on purpose: its worker died, or the run was cut short.
          failed++
          didNotRun.push(`${mod.relativeModuleId} > ${test.fullName}`)
        } else {
          skipped++
          const marked = markedSuite(test)
          if (!marked) unexplained.push(`${mod.relativeModuleId} > ${test.fullName}`)
          else {
            const key = where(marked)
            const entry = announced.get(key) ?? { reason: marked.meta().skipReason ?? '', tests: 0 }
            entry.tests++
            announced.set(key, entry)
          }
        }
      }
    }
    for (const error of unhandledErrors) {
      failed++
      outsideTests.push(`unhandled error: ${firstLine(error)}`)
    }
    // Anything else vitest counted as a failure (a global setup that threw, for one).
    if (reason === 'failed' && failed === 0) {
      failed = 1
      outsideTests.push('the run failed outside any test file (see the errors above)')
    }

    const lines: string[] = ['']
    for (const [suite, { reason: why, tests }] of announced)
      lines.push(`Skipped: ${suite} (${tests} tests): ${why}`)
    for (const test of unexplained) lines.push(`Skipped without a reason: ${test}`)
    for (const failure of outsideTests) lines.push(`Failed outside a test: ${failure}`)
    for (const test of didNotRun) lines.push(`Failed, never ran: ${test}`)
    lines.push(`Tests: ${passed} passed, ${failed} failed, ${skipped} skipped`)
    process.stdout.write(`${lines.join('\n')}\n`)
  }
}

const where = (container: TestModule | TestSuite): string =>
  container.type === 'module'
    ? container.relativeModuleId
    : `${container.module.relativeModuleId} > ${container.fullName}`

const firstLine = (error: SerializedError): string =>
  `${error.name ?? 'Error'}: ${(error.message ?? '').split('\n')[0]}`

/** A test that did not run because a beforeAll of its suite (or file) failed. */
function hasFailedSetup(test: TestCase): boolean {
  for (let parent = test.parent; ; parent = parent.parent) {
    if (parent.errors().length > 0) return true
    if (parent.type === 'module') return false
  }
}

/** The outermost enclosing suite that says why it may be skipped (nested suites inherit it). */
function markedSuite(test: TestCase): TestSuite | undefined {
  let marked: TestSuite | undefined
  for (let parent = test.parent; parent.type === 'suite'; parent = parent.parent) {
    if (parent.meta().skipReason) marked = parent
  }
  return marked
}
