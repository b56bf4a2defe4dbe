import { buildSchema, parse, validate } from 'graphql'
import { describe, expect, it } from 'vitest'

import { graphQLDepthRule, MAX_ROOT_FIELDS } from '@/api/graphql-depth'

// A stored document carries an id and updatedAt; the rule counts levels by that shape.
const schema = buildSchema(`
  type Category { id: ID!, updatedAt: String, title: String, parent: Category }
  type Articles { docs: [Category] }
  type Query { Articles(limit: Int): Articles, Category(id: ID): Category }
`)

const errors = (query: string) =>
  validate(schema, parse(query), [graphQLDepthRule()]).map((error) => error.message)

describe('graphQLDepthRule', () => {
  it('allows a normal query', () => {
    expect(errors('{ Articles(limit: 10) { docs { id title parent { id } } } }')).toEqual([])
  })

  it('refuses relationships nested deeper than the cap', () => {
    expect(errors('{ Category(id: 1) { parent { parent { parent { id } } } } }')[0]).toMatch(
      /Truy vấn quá sâu/,
    )
  })

  it('refuses a request that multiplies the list cap with aliases', () => {
    const wide = Array.from(
      { length: MAX_ROOT_FIELDS + 1 },
      (_, i) => `a${i}: Articles(limit: 100) { docs { id } }`,
    )
    expect(errors(`{ ${wide.join(' ')} }`)[0]).toMatch(/quá nhiều trường/)
    expect(errors(`{ ${wide.slice(1).join(' ')} }`)).toEqual([])
    // Spreading a fragment on the root counts its fields too.
    const fragment = `fragment F on Query { ${wide.join(' ')} }`
    expect(errors(`{ ...F } ${fragment}`)[0]).toMatch(/quá nhiều trường/)
  })
})
