import { zodResolver } from "@hookform/resolvers/zod"
import { Button, Drawer, Input, Textarea, toast } from "@medusajs/ui"
import { useMemo } from "react"
import { useForm } from "react-hook-form"
import { useTranslation } from "react-i18next"
import { useAdjustPoints } from "../hooks/points"
import { MEMBERSHIP_NS } from "../i18n/define"
import { adjustFormSchema, type AdjustFormValues } from "../lib/points-form"
import { zodIssueMessages } from "../lib/zod-issue-message"
import { FormField } from "./form-field"

type Props = {
  customerId: string
  open: boolean
  onOpenChange: (open: boolean) => void
}

const AdjustForm = ({
  customerId,
  onDone,
}: {
  customerId: string
  onDone: () => void
}) => {
  const { t } = useTranslation(MEMBERSHIP_NS)
  const resolver = useMemo(
    () => zodResolver(adjustFormSchema, { error: zodIssueMessages(t) }),
    [t]
  )
  const form = useForm<AdjustFormValues>({
    resolver,
    defaultValues: { points: 0, reason: "" },
  })
  const { mutate, isPending } = useAdjustPoints(customerId)
  const handleSubmit = form.handleSubmit((values) =>
    mutate(values, {
      onSuccess: () => {
        toast.success(t("points.adjusted"))
        onDone()
      },
      onError: (error) => toast.error(error.message),
    })
  )
  return (
    <form
      onSubmit={handleSubmit}
      noValidate
      className="flex flex-1 flex-col overflow-hidden"
    >
      <Drawer.Body className="flex flex-1 flex-col gap-y-8 overflow-y-auto">
        <FormField
          control={form.control}
          name="points"
          label={t("points.adjustPoints")}
          hint={t("points.adjustPointsHint")}
          render={({ field, controlProps }) => (
            <Input
              {...controlProps}
              type="number"
              step={1}
              value={Number.isNaN(field.value) ? "" : field.value}
              onChange={(e) => field.onChange(e.target.valueAsNumber)}
              onBlur={field.onBlur}
            />
          )}
        />
        <FormField
          control={form.control}
          name="reason"
          label={t("points.reason")}
          render={({ field, controlProps }) => (
            <Textarea {...controlProps} {...field} />
          )}
        />
      </Drawer.Body>
      <Drawer.Footer>
        <div className="flex items-center justify-end gap-x-2">
          <Drawer.Close asChild>
            <Button size="small" variant="secondary" type="button">
              {t("common.actions.cancel")}
            </Button>
          </Drawer.Close>
          <Button size="small" type="submit" isLoading={isPending}>
            {t("common.actions.save")}
          </Button>
        </div>
      </Drawer.Footer>
    </form>
  )
}

export const PointsAdjustDrawer = ({
  customerId,
  open,
  onOpenChange,
}: Props) => {
  const { t } = useTranslation(MEMBERSHIP_NS)
  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>{t("points.adjust")}</Drawer.Title>
          <Drawer.Description>
            {t("points.adjustDescription")}
          </Drawer.Description>
        </Drawer.Header>
        {open && (
          <AdjustForm
            customerId={customerId}
            onDone={() => onOpenChange(false)}
          />
        )}
      </Drawer.Content>
    </Drawer>
  )
}
