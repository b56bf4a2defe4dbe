/**
 * Reads the GraphQL schema a server serves and calls any query or mutation field with the
 * caller's arguments plus placeholder values for every other required argument, so a test can
 * walk the whole API surface (role-route-matrix) without hand-writing each operation.
 */
import { configToSchema } from '@payloadcms/graphql'
import type { SanitizedConfig } from 'payload'

import { jsonCall } from './http'

export interface TypeRef {
  kind: string
  name: string | null
  ofType: TypeRef | null
}

interface FieldDef {
  name: string
  args: Array<{ name: string; type: TypeRef }>
  type: TypeRef
}

interface TypeDef {
  name: string
  kind: string
  fields: Array<{ name: string }> | null
  inputFields: Array<{ name: string; type: TypeRef }> | null
  enumValues: Array<{ name: string }> | null
}

export interface Schema {
  queries: Map<string, FieldDef>
  mutations: Map<string, FieldDef>
  types: Map<string, TypeDef>
}

const TYPE_REF = 'kind name ofType { kind name ofType { kind name ofType { kind name } } }'
const FIELD = `name args { name type { ${TYPE_REF} } } type { ${TYPE_REF} }`
const INTROSPECTION = `{ __schema {
  queryType { fields { ${FIELD} } }
  mutationType { fields { ${FIELD} } }
  types { name kind fields { name } inputFields { name type { ${TYPE_REF} } } enumValues { name } }
} }`

/** The standard introspection query, for checking that a server refuses it. */
export const INTROSPECTION_QUERY = INTROSPECTION

/** A graphql-js type, read by shape: the schema comes from Payload's own copy of graphql-js. */
interface JsType {
  constructor: { name: string }
  name?: string
  ofType?: JsType
  getFields?: () => Record<string, { name: string; type: JsType; args?: JsArg[] }>
  getValues?: () => Array<{ name: string }>
}
interface JsArg {
  name: string
  type: JsType
}

const KINDS: Record<string, string> = {
  GraphQLNonNull: 'NON_NULL',
  GraphQLList: 'LIST',
  GraphQLScalarType: 'SCALAR',
  GraphQLEnumType: 'ENUM',
  GraphQLInputObjectType: 'INPUT_OBJECT',
  GraphQLObjectType: 'OBJECT',
}
const kindOf = (t: JsType) => KINDS[t.constructor.name] ?? t.constructor.name
const refOf = (t: JsType): TypeRef => ({
  kind: kindOf(t),
  name: t.name ?? null,
  ofType: t.ofType ? refOf(t.ofType) : null,
})
const fieldDef = (f: { name: string; type: JsType; args?: JsArg[] }): FieldDef => ({
  name: f.name,
  type: refOf(f.type),
  args: (f.args ?? []).map((a) => ({ name: a.name, type: refOf(a.type) })),
})

/**
 * The schema Payload's GraphQL route serves, built from the server's config with the same
 * function (`configToSchema`); production refuses introspection over HTTP.
 */
export function introspect(config: SanitizedConfig): Schema {
  const { schema } = configToSchema(config) as unknown as {
    schema: {
      getQueryType: () => JsType
      getMutationType: () => JsType
      getTypeMap: () => Record<string, JsType>
    }
  }
  const fieldsOf = (t: JsType) => Object.values(t.getFields?.() ?? {}).map(fieldDef)
  const types = new Map<string, TypeDef>()
  for (const [name, t] of Object.entries(schema.getTypeMap())) {
    const kind = kindOf(t)
    const fields = t.getFields ? fieldsOf(t) : null
    types.set(name, {
      name,
      kind,
      fields: kind === 'OBJECT' ? fields : null,
      inputFields: kind === 'INPUT_OBJECT' ? fields : null,
      enumValues: kind === 'ENUM' ? (t.getValues?.() ?? []).map((v) => ({ name: v.name })) : null,
    })
  }
  return {
    queries: new Map(fieldsOf(schema.getQueryType()).map((f) => [f.name, f])),
    mutations: new Map(fieldsOf(schema.getMutationType()).map((f) => [f.name, f])),
    types,
  }
}

const named = (ref: TypeRef): string => (ref.name ? ref.name : named(ref.ofType as TypeRef))
const render = (ref: TypeRef): string =>
  ref.kind === 'NON_NULL'
    ? `${render(ref.ofType as TypeRef)}!`
    : ref.kind === 'LIST'
      ? `[${render(ref.ofType as TypeRef)}]`
      : (ref.name as string)

/** A value of the right shape for a required argument the caller left out. */
function placeholder(schema: Schema, ref: TypeRef): unknown {
  if (ref.kind === 'NON_NULL') return placeholder(schema, ref.ofType as TypeRef)
  if (ref.kind === 'LIST') return []
  const type = schema.types.get(ref.name as string)
  if (type?.kind === 'ENUM') return type.enumValues?.[0]?.name
  if (type?.kind === 'INPUT_OBJECT') {
    const out: Record<string, unknown> = {}
    for (const f of type.inputFields ?? [])
      if (f.type.kind === 'NON_NULL') out[f.name] = placeholder(schema, f.type)
    return out
  }
  switch (ref.name) {
    case 'Int':
    case 'Float':
      return 1
    case 'Boolean':
      return false
    case 'JSON':
    case 'JSONObject':
      return {}
    case 'DateTime':
      return new Date().toISOString()
    case 'EmailAddress':
      return 'placeholder@test.vn'
    default:
      return 'placeholder'
  }
}

/** Enough of the result to tell what came back (ids of lists, a token, a permission). */
function selection(schema: Schema, ref: TypeRef): string {
  const type = schema.types.get(named(ref))
  const names = new Set((type?.fields ?? []).map((f) => f.name))
  if (!type || type.kind !== 'OBJECT') return ''
  if (names.has('docs')) return '{ docs { id } totalDocs }'
  if (names.has('totalDocs')) return '{ totalDocs }'
  if (names.has('canAccessAdmin')) return '{ canAccessAdmin }'
  if (names.has('update') && names.has('read')) return '{ update { permission } }'
  if (names.has('refreshedToken')) return '{ refreshedToken }'
  if (names.has('exp') && names.has('user'))
    return names.has('token') ? '{ token user { id } }' : '{ user { id } }'
  if (names.has('token')) return '{ token }'
  if (names.has('id')) return '{ id }'
  return '{ __typename }'
}

export interface GqlResult {
  value: unknown
  errors: string[]
}

/** Calls `field` (a query or mutation) with `args`; other required arguments get placeholders. */
export async function callField(
  url: string,
  token: string | undefined,
  schema: Schema,
  field: string,
  args: Record<string, unknown> = {},
): Promise<GqlResult> {
  const isMutation = schema.mutations.has(field)
  const def = schema.mutations.get(field) ?? schema.queries.get(field)
  if (!def) throw new Error(`no GraphQL field ${field}`)
  const variables: Record<string, unknown> = {}
  const declared: string[] = []
  const passed: string[] = []
  for (const arg of def.args) {
    const given = arg.name in args
    if (!given && arg.type.kind !== 'NON_NULL') continue
    variables[arg.name] = given ? args[arg.name] : placeholder(schema, arg.type)
    declared.push(`$${arg.name}: ${render(arg.type)}`)
    passed.push(`${arg.name}: $${arg.name}`)
  }
  const head = declared.length ? `(${declared.join(', ')})` : ''
  const call = passed.length ? `(${passed.join(', ')})` : ''
  const query = `${isMutation ? 'mutation' : 'query'}${head} { ${field}${call} ${selection(schema, def.type)} }`
  const res = await jsonCall(url, token, 'POST', '/api/graphql', { query, variables })
  const errors = (res.json.errors as Array<{ message: string }> | undefined) ?? []
  const data = res.json.data as Record<string, unknown> | null | undefined
  return { value: data?.[field] ?? null, errors: errors.map((e) => e.message) }
}
