import { zodResolver } from "@hookform/resolvers/zod"
import {
  Button,
  Drawer,
  Heading,
  Input,
  Select,
  Switch,
  Textarea,
  toast,
} from "@medusajs/ui"
import { useMemo } from "react"
import { FormProvider, useForm, type Resolver } from "react-hook-form"
import { useTranslation } from "react-i18next"
import { useSaveTier } from "../hooks/tiers"
import { useFormatters } from "../hooks/use-formatters"
import { MEMBERSHIP_NS } from "../i18n/define"
import {
  TIER_BASES,
  TIER_WINDOWS,
} from "../../modules/member-tier/utils/ladder"
import {
  handleOf,
  tierBody,
  tierBodyOf,
  tierFormSchema,
  tierFormValues,
  tierIssueMessage,
  tierServerErrorField,
  type TierFormValues,
  translatedResolver,
} from "../lib/tier-form"
import type { AdminTier } from "../lib/tier-types"
import { zodIssueMessages } from "../lib/zod-issue-message"
import { FieldError } from "./field-error"
import { FormField } from "./form-field"
import { TierNumberInput } from "./tier-number-input"
import { TierWhatIf } from "./tier-what-if"

type Props = {
  tier: AdminTier | null
  ladder: AdminTier[]
  currency: string | null
  onDone: () => void
}

export const TierEditForm = ({ tier, ladder, currency, onDone }: Props) => {
  const { t } = useTranslation(MEMBERSHIP_NS)
  const format = useFormatters()
  const save = useSaveTier(tier?.id ?? null)
  const others = useMemo(
    () => ladder.filter((other) => other.id !== tier?.id).map(tierBodyOf),
    [ladder, tier?.id]
  )
  const resolver = useMemo(
    () =>
      translatedResolver(
        zodResolver(tierFormSchema(others), {
          error: zodIssueMessages(t, tierIssueMessage(t, format)),
        }) as unknown as Resolver<TierFormValues>,
        t
      ),
    [others, t, format]
  )
  const form = useForm<TierFormValues>({
    defaultValues: tierFormValues(tier, ladder),
    resolver,
  })
  const { control, formState, watch, setError, setValue, getFieldState } = form
  const window = watch("window")
  const basis = watch("basis")
  const freeShipping = watch("free_shipping")
  const currencyHint = currency?.toUpperCase()

  const submit = form.handleSubmit((values) =>
    save.mutate(tierBody(values), {
      onSuccess: () => {
        toast.success(t(tier ? "tiers.form.saved" : "tiers.form.created"))
        onDone()
      },
      onError: (error) => {
        const field = tierServerErrorField(error.message)
        setError(field ?? "root", { message: error.message })
      },
    })
  )

  const number = (
    name: keyof TierFormValues,
    label: string,
    options: { nullable?: boolean; scale?: number; hint?: string } = {}
  ) => (
    <FormField
      control={control}
      name={name}
      label={label}
      hint={options.hint}
      render={({ field, controlProps }) => (
        <TierNumberInput
          field={field}
          controlProps={controlProps}
          nullable={options.nullable}
          scale={options.scale}
        />
      )}
    />
  )

  return (
    <FormProvider {...form}>
      <form
        onSubmit={submit}
        noValidate
        className="flex flex-1 flex-col overflow-hidden"
      >
        <Drawer.Body className="flex flex-col gap-y-6 overflow-y-auto">
          <div className="flex flex-col gap-y-6">
            <fieldset className="grid grid-cols-2 gap-4">
              <legend className="mb-2">
                <Heading level="h3">{t("tiers.form.qualification")}</Heading>
              </legend>
              <FormField
                control={control}
                name="name"
                label={t("tiers.form.name")}
                render={({ field, controlProps }) => (
                  <Input
                    {...controlProps}
                    {...field}
                    onChange={(e) => {
                      field.onChange(e)
                      if (!tier && !getFieldState("handle").isDirty) {
                        setValue("handle", handleOf(e.target.value))
                      }
                    }}
                  />
                )}
              />
              <FormField
                control={control}
                name="handle"
                label={t("tiers.form.handle")}
                hint={t("tiers.form.handleHint")}
                render={({ field, controlProps }) => (
                  <Input {...controlProps} {...field} />
                )}
              />
              {number("rank", t("tiers.form.rank"), {
                hint: t("tiers.form.rankHint"),
              })}
              <FormField
                control={control}
                name="basis"
                label={t("tiers.form.basis")}
                render={({ field, controlProps }) => (
                  <Select value={field.value} onValueChange={field.onChange}>
                    <Select.Trigger {...controlProps}>
                      <Select.Value />
                    </Select.Trigger>
                    <Select.Content>
                      {TIER_BASES.map((b) => (
                        <Select.Item key={b} value={b}>
                          {t(`tiers.form.bases.${b}`)}
                        </Select.Item>
                      ))}
                    </Select.Content>
                  </Select>
                )}
              />
              {number(
                "threshold",
                basis === "spend" && currencyHint
                  ? `${t("tiers.form.threshold")} (${currencyHint})`
                  : t("tiers.form.threshold")
              )}
              <FormField
                control={control}
                name="window"
                label={t("tiers.form.window")}
                render={({ field, controlProps }) => (
                  <Select value={field.value} onValueChange={field.onChange}>
                    <Select.Trigger {...controlProps}>
                      <Select.Value />
                    </Select.Trigger>
                    <Select.Content>
                      {TIER_WINDOWS.map((w) => (
                        <Select.Item key={w} value={w}>
                          {t(`tiers.form.windows.${w}`)}
                        </Select.Item>
                      ))}
                    </Select.Content>
                  </Select>
                )}
              />
              {window === "rolling" &&
                number("window_days", t("tiers.form.windowDays"), {
                  nullable: true,
                })}
              {number("grace_days", t("tiers.form.graceDays"))}
            </fieldset>
            <fieldset className="grid grid-cols-2 gap-4">
              <legend className="mb-2">
                <Heading level="h3">{t("tiers.form.benefitsTitle")}</Heading>
              </legend>
              {number("points_multiplier", t("tiers.form.pointsMultiplier"))}
              {number("cashback_rate", t("tiers.form.cashbackRate"), {
                scale: 100,
              })}
              {number("birthday_bonus_points", t("tiers.form.birthdayBonus"), {
                nullable: true,
              })}
              <div />
              <FormField
                control={control}
                name="free_shipping"
                layout="inline"
                label={t("tiers.form.freeShipping")}
                render={({ field, controlProps }) => (
                  <Switch
                    {...controlProps}
                    checked={field.value}
                    onCheckedChange={field.onChange}
                  />
                )}
              />
              {freeShipping ? (
                number(
                  "free_shipping_min_subtotal",
                  currencyHint
                    ? `${t("tiers.form.freeShippingMin")} (${currencyHint})`
                    : t("tiers.form.freeShippingMin"),
                  { nullable: true }
                )
              ) : (
                <div />
              )}
              <div className="col-span-full">
                <FormField
                  control={control}
                  name="description"
                  label={t("tiers.form.tierDescription")}
                  render={({ field, controlProps }) => (
                    <Textarea {...controlProps} {...field} rows={3} />
                  )}
                />
              </div>
            </fieldset>
            <FieldError message={formState.errors.root?.message} />
          </div>
          <TierWhatIf
            control={control}
            ladder={ladder}
            editingId={tier?.id ?? null}
          />
        </Drawer.Body>
        <Drawer.Footer>
          <Drawer.Close asChild>
            <Button size="small" variant="secondary" type="button">
              {t("common.actions.cancel")}
            </Button>
          </Drawer.Close>
          <Button size="small" type="submit" isLoading={save.isPending}>
            {t("common.actions.save")}
          </Button>
        </Drawer.Footer>
      </form>
    </FormProvider>
  )
}
