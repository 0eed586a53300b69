import { Text } from "@medusajs/ui"
import type { ReactNode } from "react"

type SectionRowProps = {
  title: string
  value?: ReactNode
}

/** A label/value row, as in core's customer general section. */
export const SectionRow = ({ title, value }: SectionRowProps) => (
  <div className="text-ui-fg-subtle grid grid-cols-2 items-center gap-4 px-6 py-4">
    <Text size="small" leading="compact" weight="plus">
      {title}
    </Text>
    {typeof value === "string" || value === undefined || value === null ? (
      <Text size="small" leading="compact" className="text-pretty">
        {value || "-"}
      </Text>
    ) : (
      <div className="txt-compact-small flex min-w-0 flex-wrap gap-1">
        {value}
      </div>
    )}
  </div>
)
