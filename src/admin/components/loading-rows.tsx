import { Skeleton } from "@medusajs/ui"

/** Skeleton lines while a section's query is pending. */
export const LoadingRows = ({ rows = 4 }: { rows?: number }) => (
  <div className="flex flex-col gap-y-3 px-6 py-4" aria-busy="true">
    {Array.from({ length: rows }, (_, row) => (
      <Skeleton key={row} className="h-5 w-full" />
    ))}
  </div>
)
