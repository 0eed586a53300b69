import { clx } from "@medusajs/ui"

// Inline: the host dashboard's stylesheet has no transition-[width] or duration-500.
const WIDTH_TRANSITION = "width 500ms cubic-bezier(0.4, 0, 0.2, 1)"

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
      className={clx("h-full rounded-full", colorClassName)}
      style={{ width: `${ratio * 100}%`, transition: WIDTH_TRANSITION }}
    />
  </div>
)
