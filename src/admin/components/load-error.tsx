import { Button, Text } from "@medusajs/ui"
import { messages } from "../lib/i18n"

type LoadErrorProps = {
  message: string
  onRetry: () => void
}

/** A failed query in a section: what went wrong, and a way to try again. */
export const LoadError = ({ message, onRetry }: LoadErrorProps) => (
  <div className="flex flex-col items-start gap-y-3 px-6 py-4">
    <Text size="small" className="text-ui-fg-error">
      {message}
    </Text>
    <Button size="small" variant="secondary" onClick={onRetry}>
      {messages.common.retry}
    </Button>
  </div>
)
