import { Button, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { MEMBERSHIP_NS } from "../i18n/define"

type LoadErrorProps = {
  message: string
  onRetry: () => void
}

/** A failed query in a section: what went wrong, and a way to try again. */
export const LoadError = ({ message, onRetry }: LoadErrorProps) => {
  const { t } = useTranslation(MEMBERSHIP_NS)
  return (
    <div className="flex flex-col items-start gap-y-3 px-6 py-4">
      <Text size="small" className="text-ui-fg-error">
        {message}
      </Text>
      <Button size="small" variant="secondary" onClick={onRetry}>
        {t("common.actions.retry")}
      </Button>
    </div>
  )
}
