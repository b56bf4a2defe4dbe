import { MISSPELLINGS } from './data/misspellings'
import { foldVietnamese } from './fold'
import { expressionTerms } from './terms'
import { tokenize } from './tokenize'
import type { QueryTerm, SearchSettings } from './types'

interface Rule {
  wrong: QueryTerm[]
  right: string
}

const MAX_RULES = 500

function compile(rules: SearchSettings['misspellings']): Rule[] {
  const compiled: Rule[] = []
  for (const rule of rules.slice(0, MAX_RULES)) {
    // Settings are editor data: tolerate holes and half-filled rows rather than failing queries.
    const wrong: unknown = rule?.wrong
    const right: unknown = rule?.right
    if (typeof wrong !== 'string' || typeof right !== 'string') continue
    const terms = expressionTerms(wrong.slice(0, 200))
    const fixed = expressionTerms(right.slice(0, 200))
    if (terms.length === 0 || fixed.length === 0) continue
    compiled.push({ wrong: terms, right: fixed.map((t) => t.exact).join(' ') })
  }
  return compiled
}

const BUILT_IN = compile([...MISSPELLINGS])
// Engines pass the same settings object on every query; compile it once per object.
const compiledSettings = new WeakMap<object, Rule[]>()

function compileCached(rules: SearchSettings['misspellings']): Rule[] {
  let compiled = compiledSettings.get(rules)
  if (!compiled) {
    compiled = [...BUILT_IN, ...compile(rules)]
    compiledSettings.set(rules, compiled)
  }
  return compiled
}

/**
 * Rewrites known misspellings, matching whole words. An accented query must match exactly; one
 * typed without any accents matches the folded form and gets the folded fix (`sat nhap` →
 * `sap nhap`) so the reader's accent-free style is kept.
 */
export function fixMisspellings(text: string, extra: SearchSettings['misspellings'] = []): string {
  const rules = extra.length > 0 ? compileCached(extra) : BUILT_IN
  const tokens = tokenize(text).filter((t) => t.kind !== 'docnum')
  let out = ''
  let cursor = 0
  for (let i = 0; i < tokens.length; i++) {
    const head = tokens[i]?.folded
    for (const rule of rules) {
      if (rule.wrong[0]?.folded !== head) continue
      const n = rule.wrong.length
      const span = tokens.slice(i, i + n)
      if (span.length < n) continue
      const exact = span.every((t, k) => t.exact === rule.wrong[k]?.exact)
      const plain =
        !exact && span.every((t, k) => t.exact === t.folded && t.folded === rule.wrong[k]?.folded)
      if (!exact && !plain) continue
      const first = span[0]
      const last = span[n - 1]
      if (!first || !last) continue
      out += text.slice(cursor, first.start) + (exact ? rule.right : foldVietnamese(rule.right))
      cursor = last.end
      i += n - 1
      break
    }
  }
  return out + text.slice(cursor)
}
