import { clx } from "@medusajs/ui"

/** A labelled bar for a run's share done (0 to 1), in the run status's colour. */
export const ProgressBar = ({
  ratio,
  label,
  colorClassName,
}: {
  ratio: number
  label: string
  colorClassName: string
}) => (
  <div
    role="progressbar"
    aria-label={label}
    aria-valuemin={0}
    aria-valuemax={100}
    aria-valuenow={Math.round(ratio * 100)}
    className="bg-ui-bg-subtle shadow-borders-base h-2 w-full overflow-hidden rounded-full"
  >
    <div
      className={clx(
        "h-full rounded-full transition-[width] duration-500",
        colorClassName
      )}
      style={{ width: `${ratio * 100}%` }}
    />
  </div>
)
