import {
  getNamedType,
  GraphQLError,
  type GraphQLNamedType,
  isInterfaceType,
  isObjectType,
  isUnionType,
  Kind,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
  type ValueNode,
} from 'graphql'

import { MAX_DEPTH } from './limits'

/**
 * Root fields (aliases included) one request may ask for: each list is capped on its own, so
 * without this a single request of `a1: Articles … a5000: Articles` multiplies the cap.
 */
export const MAX_ROOT_FIELDS = 20
const MAX_ROOT_FIELDS_TEXT = String(MAX_ROOT_FIELDS)

const TOO_DEEP = `Truy vấn quá sâu: chỉ được lồng tối đa ${MAX_DEPTH} cấp quan hệ.`
const TOO_BIG = 'Truy vấn quá phức tạp.'
const TOO_WIDE = `Truy vấn quá nhiều trường: tối đa ${MAX_ROOT_FIELDS_TEXT} trường gốc mỗi lần gửi.`
/** Selections one document may expand to (fragments included) before it is refused. */
const MAX_SELECTIONS = 2_000

/** A stored document: collection and upload types carry an id and timestamps; blocks do not. */
const isDocument = (type: GraphQLNamedType): boolean => {
  if (isUnionType(type)) return type.getTypes().some(isDocument)
  if (!isObjectType(type) && !isInterfaceType(type)) return false
  const fields = type.getFields()
  return 'id' in fields && 'updatedAt' in fields
}

const intValue = (node: ValueNode, variables: Record<string, unknown>): number | undefined => {
  if (node.kind === Kind.INT) return Number(node.value)
  if (node.kind === Kind.VARIABLE) {
    const value = variables[node.name.value]
    return typeof value === 'number' ? value : undefined
  }
  return undefined
}

/**
 * GraphQL resolves relationships by the shape of the query, not by a `depth` parameter, so the
 * REST depth cap does not reach it: `categories { parent { parent { … } } }` would walk as deep
 * as it is written. This rule counts the stored documents on each path of the query (through
 * fragments too) and refuses more than MAX_DEPTH relationship levels below the queried
 * document, and any `depth` argument (rich text) over MAX_DEPTH, with a 400.
 */
export function graphQLDepthRule(variables: Record<string, unknown> = {}): ValidationRule {
  return (context: ValidationContext) => {
    const schema = context.getSchema()
    let selections = 0
    let rootFields = 0
    let rootType: GraphQLNamedType | null | undefined
    let reported = false
    const report = (message: string) => {
      if (!reported) context.reportError(new GraphQLError(message))
      reported = true
    }

    const walk = (
      set: SelectionSetNode,
      parent: GraphQLNamedType,
      level: number,
      path: string[],
    ) => {
      for (const selection of set.selections) {
        if (reported) return
        if (++selections > MAX_SELECTIONS) return report(TOO_BIG)
        if (selection.kind === Kind.FIELD) {
          if (parent === rootType && ++rootFields > MAX_ROOT_FIELDS) return report(TOO_WIDE)
          if (!isObjectType(parent) && !isInterfaceType(parent)) continue
          const field = parent.getFields()[selection.name.value]
          if (!field) continue
          for (const arg of selection.arguments ?? []) {
            const depth = arg.name.value === 'depth' ? intValue(arg.value, variables) : undefined
            if (depth !== undefined && depth > MAX_DEPTH) return report(TOO_DEEP)
          }
          const type = getNamedType(field.type)
          const next = level + (isDocument(type) ? 1 : 0)
          // The queried document is level 1; each relationship below it adds one.
          if (next > MAX_DEPTH + 1) return report(TOO_DEEP)
          if (selection.selectionSet) walk(selection.selectionSet, type, next, path)
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          const name = selection.typeCondition?.name.value
          const type = name ? schema.getType(name) : parent
          if (type) walk(selection.selectionSet, type, level, path)
        } else {
          const name = selection.name.value
          const fragment = context.getFragment(name)
          const type = fragment && schema.getType(fragment.typeCondition.name.value)
          if (fragment && type && !path.includes(name)) {
            walk(fragment.selectionSet, type, level, [...path, name])
          }
        }
      }
    }

    return {
      OperationDefinition(node) {
        const root = schema.getRootType(node.operation)
        rootType = root
        if (root) walk(node.selectionSet, root, 0, [])
      },
    }
  }
}
