export interface FilterOption {
  value: string
  label: string
}

interface Props {
  /** Both the element id and the query parameter name. */
  name: string
  label: string
  value: string | undefined
  options: readonly FilterOption[]
}

/** One labelled filter of a GET form; the empty "Tất cả" choice means no filter. */
export function FilterSelect({ name, label, value, options }: Props) {
  return (
    <div>
      <label htmlFor={name}>{label}</label>
      <select id={name} name={name} defaultValue={value ?? ''}>
        <option value="">Tất cả</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  )
}
