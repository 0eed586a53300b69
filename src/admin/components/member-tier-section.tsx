import { Badge, Button, Heading, Select, Text, toast } from "@medusajs/ui"
import { useId, useState } from "react"
import { useTranslation } from "react-i18next"
import { useMemberTier, useSetMemberTier, useTiers } from "../hooks/tiers"
import { useFormatters } from "../hooks/use-formatters"
import { MEMBERSHIP_NS } from "../i18n/define"
import { progressRatio } from "../lib/tier-form"
import type { MemberTier } from "../lib/tier-types"
import { LoadError } from "./load-error"
import { LoadingRows } from "./loading-rows"
import { ProgressBar } from "./progress-bar"
import { SectionRow } from "./section-row"

const useRemainingText = () => {
  const { t } = useTranslation(MEMBERSHIP_NS)
  const format = useFormatters()
  return ({ progress }: MemberTier) => {
    if (!progress?.next_tier || progress.remaining_to_next == null) {
      return t("tiers.member.topTier")
    }
    const tier = progress.next_tier.name
    const remaining = progress.remaining_to_next
    // a pinned member may already qualify above the tier they hold
    if (remaining <= 0) return t("tiers.member.qualifiesFor", { tier })
    if (progress.basis === "orders") {
      return t("tiers.member.remainingOrders", {
        count: Math.ceil(remaining),
        tier,
      })
    }
    if (progress.basis === "points_earned") {
      return t("tiers.member.remainingPoints", {
        points: format.number(remaining),
        tier,
      })
    }
    return t("tiers.member.remainingSpend", {
      amount: format.money(remaining, progress.currency_code),
      tier,
    })
  }
}

/** The member's tier on the member card: progress, retain-by, pin and history. */
export const MemberTierSection = ({ customerId }: { customerId: string }) => {
  const { t } = useTranslation(MEMBERSHIP_NS)
  const format = useFormatters()
  const remainingText = useRemainingText()
  const { data, isPending, isError, refetch } = useMemberTier(customerId)
  const { data: ladder } = useTiers()
  const setTier = useSetMemberTier(customerId)
  const [pinTo, setPinTo] = useState<string>("")
  const selectId = useId()

  if (isPending) return <LoadingRows rows={2} />
  if (isError) {
    return (
      <LoadError
        message={t("tiers.member.loadError")}
        onRetry={() => refetch()}
      />
    )
  }
  // No ladder yet (or not a member): the card stays as it was.
  if (!data || (!data.tier && !data.progress)) return null

  const names = new Map((ladder ?? []).map((tier) => [tier.id, tier.name]))
  const nameOf = (id: string | null) =>
    id ? (names.get(id) ?? id) : t("tiers.member.none")
  const ratio = progressRatio(data.progress)
  const remaining = remainingText(data)
  const progress = data.progress
  const chosen = pinTo || data.tier?.id || ""

  const pin = (pinned: boolean) =>
    setTier.mutate(pinned ? { tier_id: chosen, pinned } : { pinned }, {
      onSuccess: (result) =>
        toast.success(
          pinned
            ? t("tiers.member.pinnedToast", {
                tier: result.tier?.name ?? nameOf(chosen),
              })
            : t("tiers.member.unpinnedToast")
        ),
      onError: (error) => toast.error(error.message),
    })

  return (
    <div data-testid="member-tier" className="divide-y">
      <SectionRow
        title={t("tiers.member.tier")}
        value={
          <span
            className="flex items-center gap-x-2"
            data-testid="member-tier-name"
          >
            <Text size="small" leading="compact" weight="plus">
              {data.tier?.name ?? t("tiers.member.noTier")}
            </Text>
            {data.pinned && (
              <Badge size="2xsmall" color="orange">
                {t("tiers.member.pinned")}
              </Badge>
            )}
          </span>
        }
      />
      <SectionRow
        title={t("tiers.member.progress")}
        value={
          <div
            className="flex w-full flex-col gap-y-1"
            data-testid="member-tier-progress"
          >
            {ratio != null && (
              <ProgressBar
                ratio={ratio}
                label={remaining}
                colorClassName="bg-ui-fg-interactive"
              />
            )}
            <Text size="small" leading="compact">
              {remaining}
            </Text>
          </div>
        }
      />
      {progress?.retain_by && (
        <SectionRow
          title={t("tiers.member.retainBy")}
          value={
            progress.remaining_to_retain
              ? progress.basis === "spend"
                ? t("tiers.member.retainRemainingSpend", {
                    date: format.date(progress.retain_by),
                    amount: format.money(
                      progress.remaining_to_retain,
                      progress.currency_code
                    ),
                  })
                : t("tiers.member.retainRemaining", {
                    date: format.date(progress.retain_by),
                    value: format.number(progress.remaining_to_retain),
                  })
              : format.date(progress.retain_by)
          }
        />
      )}
      {progress?.tier_since && (
        <SectionRow
          title={t("tiers.member.since")}
          value={format.date(progress.tier_since)}
        />
      )}
      <div className="flex items-end gap-x-2 px-6 py-4">
        <div className="flex flex-1 flex-col gap-y-1">
          <label
            className="txt-compact-small-plus text-ui-fg-subtle"
            htmlFor={selectId}
          >
            {t("tiers.member.pinTo")}
          </label>
          <Select value={chosen} onValueChange={setPinTo} size="small">
            <Select.Trigger id={selectId}>
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              {(ladder ?? []).map((tier) => (
                <Select.Item key={tier.id} value={tier.id}>
                  {tier.name}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </div>
        <Button
          size="small"
          variant="secondary"
          disabled={!chosen || setTier.isPending}
          onClick={() => pin(true)}
        >
          {t("tiers.member.pin")}
        </Button>
        {data.pinned && (
          <Button
            size="small"
            variant="secondary"
            disabled={setTier.isPending}
            onClick={() => pin(false)}
          >
            {t("tiers.member.unpin")}
          </Button>
        )}
      </div>
      <div
        className="flex flex-col gap-y-2 px-6 py-4"
        data-testid="member-tier-history"
      >
        <Heading level="h3">{t("tiers.member.history")}</Heading>
        {data.history.length === 0 ? (
          <Text size="small" className="text-ui-fg-subtle">
            {t("tiers.member.noHistory")}
          </Text>
        ) : (
          <ol className="flex flex-col gap-y-1">
            {data.history.slice(0, 10).map((change) => (
              <li
                key={change.id}
                className="txt-compact-small flex justify-between gap-x-2"
              >
                <span>
                  {t("tiers.member.historyEntry", {
                    from: nameOf(change.from_tier_id),
                    to: nameOf(change.to_tier_id),
                  })}{" "}
                  <Badge size="2xsmall">
                    {t(`tiers.member.reasons.${change.reason}`)}
                  </Badge>
                </span>
                <span className="text-ui-fg-subtle">
                  {format.date(change.created_at)}
                </span>
              </li>
            ))}
          </ol>
        )}
      </div>
    </div>
  )
}
