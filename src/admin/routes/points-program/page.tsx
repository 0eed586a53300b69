import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Sparkles } from "@medusajs/icons"
import { Container } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { LoadError } from "../../components/load-error"
import { LoadingRows } from "../../components/loading-rows"
import { PointsProgramForm } from "../../components/points-program-form"
import { usePointsProgram } from "../../hooks/points"
import { MEMBERSHIP_NS } from "../../i18n/define"

const PointsProgramPage = () => {
  const { t } = useTranslation(MEMBERSHIP_NS)
  const { data, isPending, isError, error, refetch } = usePointsProgram()
  return (
    <div className="flex w-full flex-col gap-y-3">
      {isPending && (
        <Container className="p-0">
          <LoadingRows />
        </Container>
      )}
      {isError && (
        <Container className="p-0">
          <LoadError
            message={error.message || t("points.loadError")}
            onRetry={() => refetch()}
          />
        </Container>
      )}
      {data && <PointsProgramForm program={data.program} stats={data.stats} />}
    </div>
  )
}

export const config = defineRouteConfig({
  label: "points.program.title",
  translationNs: "membership",
  icon: Sparkles,
})

export default PointsProgramPage
