import { Text } from "@medusajs/ui"

/** A field's validation message, right under it. */
export const FieldError = ({
  message,
  id,
}: {
  message?: string
  id?: string
}) =>
  message ? (
    <Text size="small" className="text-ui-fg-error" id={id} role="alert">
      {message}
    </Text>
  ) : null
