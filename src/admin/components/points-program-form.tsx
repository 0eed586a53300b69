import { zodResolver } from "@hookform/resolvers/zod"
import {
  Button,
  Container,
  Heading,
  Input,
  Switch,
  Text,
  toast,
} from "@medusajs/ui"
import { useMemo } from "react"
import { useForm, useWatch } from "react-hook-form"
import { useTranslation } from "react-i18next"
import { useUpdatePointsProgram } from "../hooks/points"
import { MEMBERSHIP_NS } from "../i18n/define"
import { programFormSchema, type ProgramFormValues } from "../lib/points-form"
import type { PointsProgram, ProgramStats } from "../lib/points-types"
import { zodIssueMessages } from "../lib/zod-issue-message"
import { FormField } from "./form-field"
import { PointsCostCard } from "./points-cost-card"

type NumberField = Exclude<
  keyof ProgramFormValues,
  "enabled" | "currency_code" | "timezone"
>

const EARNING: [NumberField, string, number][] = [
  ["earn_rate", "earnRate", 0.01],
  ["point_value", "pointValue", 0.001],
  ["min_redeem_points", "minRedeem", 1],
  ["max_redeem_share", "maxShare", 0.05],
  ["expiry_months", "expiryMonths", 1],
  ["pending_days", "pendingDays", 1],
]
const BONUSES: [NumberField, string, number][] = [
  ["signup_bonus", "signupBonus", 1],
  ["checkin_bonus", "checkinBonus", 1],
  ["checkin_streak_bonus", "checkinStreakBonus", 1],
  ["review_bonus", "reviewBonus", 1],
  ["birthday_bonus", "birthdayBonus", 1],
  ["tier_up_bonus", "tierUpBonus", 1],
]

const valuesOf = (p: PointsProgram): ProgramFormValues => ({
  enabled: p.enabled,
  currency_code: p.currency_code,
  earn_rate: p.earn_rate,
  point_value: p.point_value,
  min_redeem_points: p.min_redeem_points,
  max_redeem_share: p.max_redeem_share,
  expiry_months: p.expiry_months,
  pending_days: p.pending_days,
  signup_bonus: p.signup_bonus,
  checkin_bonus: p.checkin_bonus,
  checkin_streak_bonus: p.checkin_streak_bonus,
  review_bonus: p.review_bonus,
  birthday_bonus: p.birthday_bonus,
  tier_up_bonus: p.tier_up_bonus,
  timezone: p.timezone,
})

type Props = { program: PointsProgram; stats: ProgramStats }

export const PointsProgramForm = ({ program, stats }: Props) => {
  const { t } = useTranslation(MEMBERSHIP_NS)
  const resolver = useMemo(
    () => zodResolver(programFormSchema, { error: zodIssueMessages(t) }),
    [t]
  )
  const form = useForm<ProgramFormValues>({
    resolver,
    defaultValues: valuesOf(program),
  })
  const [earnRate, pointValue] = useWatch({
    control: form.control,
    name: ["earn_rate", "point_value"],
  })
  const { mutate, isPending } = useUpdatePointsProgram()
  const handleSubmit = form.handleSubmit((values) =>
    mutate(values, {
      onSuccess: ({ program }) => {
        form.reset(valuesOf(program))
        toast.success(t("points.program.saved"))
      },
      onError: (error) => toast.error(error.message),
    })
  )

  const numberField = ([name, label, step]: [NumberField, string, number]) => (
    <FormField
      key={name}
      control={form.control}
      name={name}
      label={t(`points.program.${label}` as "points.program.earnRate")}
      render={({ field, controlProps }) => (
        <Input
          {...controlProps}
          type="number"
          step={step}
          value={field.value ?? ""}
          onChange={(e) =>
            field.onChange(
              e.target.value === "" && name === "expiry_months"
                ? null
                : e.target.valueAsNumber
            )
          }
          onBlur={field.onBlur}
        />
      )}
    />
  )

  return (
    <form onSubmit={handleSubmit} noValidate className="flex flex-col gap-y-3">
      <Container className="flex flex-col gap-y-6 px-6 py-4">
        <div>
          <Heading>{t("points.program.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("points.program.description")}
          </Text>
        </div>
        <FormField
          control={form.control}
          name="enabled"
          layout="inline"
          label={t("points.program.enabled")}
          render={({ field, controlProps }) => (
            <Switch
              {...controlProps}
              checked={field.value}
              onCheckedChange={field.onChange}
            />
          )}
        />
        <Heading level="h2">{t("points.program.earning")}</Heading>
        <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
          {EARNING.map(numberField)}
        </div>
        <Heading level="h2">{t("points.program.bonuses")}</Heading>
        <div className="grid grid-cols-1 gap-4 md:grid-cols-3">
          {BONUSES.map(numberField)}
        </div>
        <FormField
          control={form.control}
          name="timezone"
          label={t("points.program.timezone")}
          render={({ field, controlProps }) => (
            <Input {...controlProps} {...field} />
          )}
        />
        <div className="flex justify-end">
          <Button size="small" type="submit" isLoading={isPending}>
            {t("common.actions.save")}
          </Button>
        </div>
      </Container>
      <PointsCostCard
        earnRate={Number(earnRate)}
        pointValue={Number(pointValue)}
        stats={stats}
      />
    </form>
  )
}
