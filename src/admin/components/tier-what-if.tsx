import { Heading, Table, Text } from "@medusajs/ui"
import { useEffect, useMemo, useState } from "react"
import { useWatch, type Control } from "react-hook-form"
import { useTranslation } from "react-i18next"
import { useTierPreview } from "../hooks/tiers"
import { useFormatters } from "../hooks/use-formatters"
import { MEMBERSHIP_NS } from "../i18n/define"
import {
  proposedLadder,
  tierFormSchema,
  tierBodyOf,
  type TierFormValues,
} from "../lib/tier-form"
import type { AdminTier, AdminTierBody } from "../lib/tier-types"

const useDebounced = <T,>(value: T, ms: number) => {
  const [debounced, setDebounced] = useState(value)
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms)
    return () => clearTimeout(timer)
  }, [value, ms])
  return debounced
}

type Props = {
  control: Control<TierFormValues>
  ladder: AdminTier[]
  editingId: string | null
}

/**
 * The what-if of the drawer's unsaved tier: members per tier, revenue share
 * and moves, as `POST /admin/tiers/preview` answers for the ladder it would make.
 */
export const TierWhatIf = ({ control, ladder, editingId }: Props) => {
  const { t } = useTranslation(MEMBERSHIP_NS)
  const format = useFormatters()
  const values = useWatch({ control }) as TierFormValues
  const others = useMemo<AdminTierBody[]>(
    () => ladder.filter((tier) => tier.id !== editingId).map(tierBodyOf),
    [ladder, editingId]
  )
  // compared as text: the watched object is new on every render
  const proposed = tierFormSchema(others).safeParse(values).success
    ? JSON.stringify(proposedLadder(ladder, editingId, values))
    : null
  const debounced = useDebounced(proposed, 400)
  const body = useMemo<AdminTierBody[] | null>(
    () => (debounced ? JSON.parse(debounced) : null),
    [debounced]
  )
  const { data, error, isFetching } = useTierPreview(body)

  return (
    <div
      className="flex flex-col gap-y-3 rounded-lg border p-4"
      data-testid="tier-what-if"
      aria-busy={isFetching || proposed !== debounced}
    >
      <div>
        <Heading level="h3">{t("tiers.whatIf.title")}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {t("tiers.whatIf.description")}
        </Text>
      </div>
      {!proposed ? (
        <Text size="small" className="text-ui-fg-muted">
          {t("tiers.whatIf.invalid")}
        </Text>
      ) : error ? (
        <Text size="small" className="text-ui-fg-error" role="alert">
          {t("tiers.whatIf.error", { message: error.message })}
        </Text>
      ) : !data ? (
        <Text size="small" className="text-ui-fg-muted">
          {t("tiers.whatIf.loading")}
        </Text>
      ) : (
        <>
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>{t("tiers.whatIf.tier")}</Table.HeaderCell>
                <Table.HeaderCell>{t("tiers.whatIf.members")}</Table.HeaderCell>
                <Table.HeaderCell>
                  {t("tiers.whatIf.revenueShare")}
                </Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {data.tiers.map((tier) => (
                <Table.Row
                  key={tier.rank}
                  data-testid={`what-if-${tier.handle}`}
                >
                  <Table.Cell>{tier.name}</Table.Cell>
                  <Table.Cell data-testid="what-if-members">
                    {format.number(tier.member_count)}
                  </Table.Cell>
                  <Table.Cell data-testid="what-if-share">
                    {format.percent(tier.revenue_share)}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
          <Text size="small" data-testid="what-if-moves">
            {t("tiers.whatIf.moves", {
              up: format.number(data.moves.up),
              down: format.number(data.moves.down),
              unchanged: format.number(data.moves.unchanged),
            })}
          </Text>
          <Text size="xsmall" className="text-ui-fg-muted">
            {t("tiers.whatIf.movesNote")}{" "}
            {t("tiers.whatIf.took", { ms: format.number(data.took_ms) })}
          </Text>
        </>
      )}
    </div>
  )
}
