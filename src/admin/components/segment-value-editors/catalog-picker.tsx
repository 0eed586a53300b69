import { useState } from "react"
import {
  useCatalogNames,
  useCatalogSearch,
  type CatalogKind,
} from "../../hooks/segments"
import { OptionPicker } from "./option-picker"

type Props = {
  kind: CatalogKind
  label: string
  placeholder: string
  selected: string[]
  onChange: (ids: string[]) => void
}

/** Categories or products found through Medusa's admin search, shown by name, stored by id. */
export const CatalogPicker = ({
  kind,
  label,
  placeholder,
  selected,
  onChange,
}: Props) => {
  const [q, setQ] = useState("")
  const search = useCatalogSearch(kind, q)
  const names = useCatalogNames(kind, selected)
  return (
    <OptionPicker
      label={label}
      placeholder={placeholder}
      multiple
      selected={selected}
      onChange={onChange}
      options={(search.data ?? []).map(({ id, name }) => ({
        value: id,
        label: name,
      }))}
      labels={names.data}
      onSearchChange={setQ}
      isLoading={search.isLoading}
    />
  )
}
