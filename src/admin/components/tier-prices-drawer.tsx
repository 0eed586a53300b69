import { zodResolver } from "@hookform/resolvers/zod"
import {
  Button,
  Checkbox,
  Drawer,
  Heading,
  Input,
  Table,
  Text,
  toast,
} from "@medusajs/ui"
import { useEffect, useMemo, useState } from "react"
import { useForm, type Resolver } from "react-hook-form"
import { useTranslation } from "react-i18next"
import {
  useDefaultCurrency,
  useProductSearch,
  useTierPrices,
  useUpdateTierPrices,
  useVariantTitles,
} from "../hooks/tiers"
import { useFormatters } from "../hooks/use-formatters"
import { MEMBERSHIP_NS } from "../i18n/define"
import {
  fixedPriceSchema,
  percentOffSchema,
  priceIssueMessage,
  type FixedPriceValues,
  type PercentOffValues,
  translatedResolver,
} from "../lib/tier-form"
import type { AdminTier, ProductHit } from "../lib/tier-types"
import { zodIssueMessages } from "../lib/zod-issue-message"
import { FieldError } from "./field-error"
import { FormField } from "./form-field"
import { LoadError } from "./load-error"
import { LoadingRows } from "./loading-rows"
import { TierNumberInput } from "./tier-number-input"

type Props = {
  tier: AdminTier
  open: boolean
  onOpenChange: (open: boolean) => void
}

const useDebounced = <T,>(value: T, ms: number) => {
  const [debounced, setDebounced] = useState(value)
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms)
    return () => clearTimeout(timer)
  }, [value, ms])
  return debounced
}

const variantLabel = (
  product: ProductHit,
  variant: ProductHit["variants"][0]
) =>
  [product.title, variant.title].filter(Boolean).join(" · ") ||
  variant.sku ||
  variant.id

const PriceList = ({ tier }: { tier: AdminTier }) => {
  const { t } = useTranslation(MEMBERSHIP_NS)
  const format = useFormatters()
  const { data: prices, isPending, error, refetch } = useTierPrices(tier.id)
  const update = useUpdateTierPrices(tier.id)
  const { data: titles } = useVariantTitles(
    (prices ?? []).map((p) => p.variant_id)
  )
  if (error) {
    return (
      <LoadError
        message={t("tiers.priceEditor.loadError")}
        onRetry={() => refetch()}
      />
    )
  }
  if (isPending) return <LoadingRows rows={2} />
  if (!prices.length) {
    return (
      <Text size="small" className="text-ui-fg-subtle">
        {t("tiers.priceEditor.empty")}
      </Text>
    )
  }
  return (
    <Table data-testid="tier-prices">
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>{t("tiers.priceEditor.variant")}</Table.HeaderCell>
          <Table.HeaderCell>{t("tiers.priceEditor.amount")}</Table.HeaderCell>
          <Table.HeaderCell />
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {prices.map((price) => (
          <Table.Row
            key={price.id}
            data-testid={`tier-price-${price.variant_id}`}
          >
            <Table.Cell>
              {titles?.[price.variant_id] ?? price.variant_id}
            </Table.Cell>
            <Table.Cell data-testid="tier-price-amount">
              {format.money(price.amount, price.currency_code)}
            </Table.Cell>
            <Table.Cell className="text-right">
              <Button
                size="small"
                variant="transparent"
                type="button"
                disabled={update.isPending}
                onClick={() =>
                  update.mutate(
                    { remove_variant_ids: [price.variant_id] },
                    {
                      onSuccess: () =>
                        toast.success(t("tiers.priceEditor.removed")),
                      onError: (e) => toast.error(e.message),
                    }
                  )
                }
              >
                {t("tiers.priceEditor.remove")}
              </Button>
            </Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  )
}

const FixedPriceForm = ({
  tier,
  currency,
  chosen,
}: {
  tier: AdminTier
  currency: string
  chosen: { id: string; label: string } | null
}) => {
  const { t } = useTranslation(MEMBERSHIP_NS)
  const format = useFormatters()
  const update = useUpdateTierPrices(tier.id)
  const resolver = useMemo(
    () =>
      translatedResolver(
        zodResolver(fixedPriceSchema, {
          error: zodIssueMessages(t, priceIssueMessage(t, format)),
        }) as unknown as Resolver<FixedPriceValues>,
        t
      ),
    [t, format]
  )
  const form = useForm<FixedPriceValues>({
    defaultValues: { variant_id: "", currency_code: currency, amount: NaN },
    resolver,
  })
  const { control, setValue, setError, formState } = form
  useEffect(() => {
    setValue("variant_id", chosen?.id ?? "", {
      shouldValidate: formState.isSubmitted,
    })
  }, [chosen?.id, setValue, formState.isSubmitted])

  const submit = form.handleSubmit((values) =>
    update.mutate(
      { prices: [values] },
      {
        onSuccess: () => {
          toast.success(t("tiers.priceEditor.saved"))
          form.reset({
            variant_id: chosen?.id ?? "",
            currency_code: values.currency_code,
            amount: NaN,
          })
        },
        onError: (e) => setError("root", { message: e.message }),
      }
    )
  )
  return (
    <form
      onSubmit={submit}
      noValidate
      className="flex flex-col gap-y-3"
      data-testid="fixed-price-form"
    >
      <Heading level="h3">{t("tiers.priceEditor.fixedTitle")}</Heading>
      <div className="grid grid-cols-3 gap-3">
        <FormField
          control={control}
          name="variant_id"
          label={t("tiers.priceEditor.variant")}
          render={({ controlProps }) => (
            <Text size="small" {...controlProps} className="py-1.5">
              {chosen?.label ?? "-"}
            </Text>
          )}
        />
        <FormField
          control={control}
          name="currency_code"
          label={t("tiers.priceEditor.currency")}
          render={({ field, controlProps }) => (
            <Input {...controlProps} {...field} />
          )}
        />
        <FormField
          control={control}
          name="amount"
          label={t("tiers.priceEditor.amount")}
          render={({ field, controlProps }) => (
            <TierNumberInput field={field} controlProps={controlProps} />
          )}
        />
      </div>
      <FieldError message={formState.errors.root?.message} />
      <div>
        <Button size="small" type="submit" isLoading={update.isPending}>
          {t("tiers.priceEditor.addFixed")}
        </Button>
      </div>
    </form>
  )
}

const PercentOffForm = ({
  tier,
  currency,
  productIds,
}: {
  tier: AdminTier
  currency: string
  productIds: string[]
}) => {
  const { t } = useTranslation(MEMBERSHIP_NS)
  const format = useFormatters()
  const update = useUpdateTierPrices(tier.id)
  const resolver = useMemo(
    () =>
      translatedResolver(
        zodResolver(percentOffSchema, {
          error: zodIssueMessages(t, priceIssueMessage(t, format)),
        }) as unknown as Resolver<PercentOffValues>,
        t
      ),
    [t, format]
  )
  const form = useForm<PercentOffValues>({
    defaultValues: {
      percent: NaN,
      currency_code: currency,
      product_ids: [],
      category_ids: [],
    },
    resolver,
  })
  const { control, setValue, setError, formState } = form
  const key = productIds.join(",")
  useEffect(() => {
    setValue("product_ids", key ? key.split(",") : [], {
      shouldValidate: formState.isSubmitted,
    })
  }, [key, setValue, formState.isSubmitted])

  const submit = form.handleSubmit((values) =>
    update.mutate(
      { percent_off: values },
      {
        onSuccess: () => toast.success(t("tiers.priceEditor.saved")),
        onError: (e) => setError("root", { message: e.message }),
      }
    )
  )
  return (
    <form
      onSubmit={submit}
      noValidate
      className="flex flex-col gap-y-3"
      data-testid="percent-off-form"
    >
      <Heading level="h3">{t("tiers.priceEditor.percentTitle")}</Heading>
      <div className="grid grid-cols-3 gap-3">
        <FormField
          control={control}
          name="product_ids"
          label={t("tiers.priceEditor.products")}
          render={({ controlProps }) => (
            <Text size="small" {...controlProps} className="py-1.5">
              {format.number(productIds.length)}
            </Text>
          )}
        />
        <FormField
          control={control}
          name="currency_code"
          label={t("tiers.priceEditor.currency")}
          render={({ field, controlProps }) => (
            <Input {...controlProps} {...field} />
          )}
        />
        <FormField
          control={control}
          name="percent"
          label={t("tiers.priceEditor.percent")}
          render={({ field, controlProps }) => (
            <TierNumberInput field={field} controlProps={controlProps} />
          )}
        />
      </div>
      <FieldError message={formState.errors.root?.message} />
      <div>
        <Button size="small" type="submit" isLoading={update.isPending}>
          {t("tiers.priceEditor.addPercent")}
        </Button>
      </div>
    </form>
  )
}

/**
 * The tier's own member prices: the list, a fixed price for a variant found
 * by search, and a percentage off for chosen products.
 */
export const TierPricesDrawer = ({ tier, open, onOpenChange }: Props) => {
  const { t } = useTranslation(MEMBERSHIP_NS)
  const { data: currency } = useDefaultCurrency()
  const [q, setQ] = useState("")
  const query = useDebounced(q, 300)
  const { data: products, isFetching } = useProductSearch(query)
  const [chosen, setChosen] = useState<{ id: string; label: string } | null>(
    null
  )
  const [productIds, setProductIds] = useState<string[]>([])

  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content className="max-w-3xl">
        <Drawer.Header>
          <Drawer.Title>
            {t("tiers.priceEditor.title", { name: tier.name })}
          </Drawer.Title>
          <Drawer.Description>
            {t("tiers.priceEditor.description")}
          </Drawer.Description>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-6 overflow-y-auto">
          <PriceList tier={tier} />
          <div className="flex flex-col gap-y-2">
            <label
              className="txt-compact-small-plus"
              htmlFor="tier-product-search"
            >
              {t("tiers.priceEditor.search")}
            </label>
            <Input
              id="tier-product-search"
              type="search"
              placeholder={t("tiers.priceEditor.searchPlaceholder")}
              value={q}
              onChange={(e) => setQ(e.target.value)}
            />
            {query && products && (
              <div
                className="flex flex-col divide-y rounded-md border"
                aria-busy={isFetching}
                data-testid="product-results"
              >
                {products.length === 0 && (
                  <Text size="small" className="text-ui-fg-subtle p-3">
                    {t("tiers.priceEditor.noResults")}
                  </Text>
                )}
                {products.map((product) => (
                  <div key={product.id} className="flex flex-col gap-y-1 p-3">
                    <label className="txt-compact-small-plus flex items-center gap-x-2">
                      <Checkbox
                        checked={productIds.includes(product.id)}
                        onCheckedChange={(checked) =>
                          setProductIds((ids) =>
                            checked
                              ? [...ids, product.id]
                              : ids.filter((id) => id !== product.id)
                          )
                        }
                      />
                      {product.title}
                    </label>
                    {product.variants.map((variant) => {
                      const label = variantLabel(product, variant)
                      const isChosen = chosen?.id === variant.id
                      return (
                        <div
                          key={variant.id}
                          className="flex items-center justify-between"
                          style={{ paddingLeft: "1.5rem" }}
                        >
                          <Text size="small" className="text-ui-fg-subtle">
                            {variant.title ?? variant.sku ?? variant.id}
                          </Text>
                          <Button
                            size="small"
                            type="button"
                            variant={isChosen ? "primary" : "secondary"}
                            aria-label={`${t("tiers.priceEditor.chooseVariant")} ${label}`}
                            onClick={() => setChosen({ id: variant.id, label })}
                          >
                            {isChosen
                              ? t("tiers.priceEditor.chosen")
                              : t("tiers.priceEditor.chooseVariant")}
                          </Button>
                        </div>
                      )
                    })}
                  </div>
                ))}
              </div>
            )}
          </div>
          {currency && (
            <>
              <FixedPriceForm tier={tier} currency={currency} chosen={chosen} />
              <PercentOffForm
                tier={tier}
                currency={currency}
                productIds={productIds}
              />
            </>
          )}
        </Drawer.Body>
      </Drawer.Content>
    </Drawer>
  )
}
