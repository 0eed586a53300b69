import {
  Button,
  Container,
  Heading,
  Text,
  toast,
  usePrompt,
} from "@medusajs/ui"
import { useBackfill, useStartBackfill } from "../hooks/members"
import { useTranslation } from "react-i18next"
import { MEMBERSHIP_NS } from "../i18n/define"
import { isBackfillActive } from "../lib/backfill"
import { BackfillProgress } from "./backfill-progress"
import { BackfillStatusBadge } from "./backfill-status-badge"
import { LoadError } from "./load-error"
import { LoadingRows } from "./loading-rows"

/** The latest backfill run, and the button that starts one. */
export const BackfillCard = () => {
  const { data: backfill, isPending, isError, error, refetch } = useBackfill()
  const { mutate, isPending: isStarting } = useStartBackfill()
  const prompt = usePrompt()
  const { t } = useTranslation(MEMBERSHIP_NS)

  const run = async () => {
    const confirmed = await prompt({
      variant: "confirmation",
      title: t("backfill.prompt.title"),
      description: t("backfill.prompt.description"),
      confirmText: t("backfill.prompt.confirm"),
      cancelText: t("common.actions.cancel"),
    })
    if (!confirmed) {
      return
    }
    mutate(undefined, {
      onSuccess: () => toast.success(t("backfill.startedToast")),
      onError: (error) => toast.error(error.message),
    })
  }

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between gap-x-4 px-6 py-4">
        <div>
          <Heading level="h2">{t("backfill.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("backfill.description")}
          </Text>
        </div>
        <div className="flex shrink-0 items-center gap-x-2">
          {backfill && <BackfillStatusBadge status={backfill.status} />}
          <Button
            size="small"
            variant="secondary"
            disabled={isPending || isBackfillActive(backfill)}
            isLoading={isStarting}
            onClick={run}
          >
            {t("backfill.run")}
          </Button>
        </div>
      </div>
      {isPending && <LoadingRows rows={2} />}
      {backfill === null && (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          {t("backfill.neverRun")}
        </Text>
      )}
      {backfill && <BackfillProgress backfill={backfill} />}
      {isError && (
        <LoadError
          message={error.message || t("backfill.loadError")}
          onRetry={() => refetch()}
        />
      )}
    </Container>
  )
}
