type ErrorTree =
  { message?: unknown } | ErrorTree[] | { [key: string]: unknown }

/**
 * The first message in a field's error. A list field (tags) keeps its items'
 * errors under their index, so the message may sit one level down.
 */
export const firstErrorMessage = (error: unknown): string | undefined => {
  if (!error || typeof error !== "object") {
    return undefined
  }
  const tree = error as ErrorTree
  if ("message" in tree && typeof tree.message === "string" && tree.message) {
    return tree.message
  }
  for (const [key, child] of Object.entries(tree)) {
    if (key === "ref") {
      continue
    }
    const message = firstErrorMessage(child)
    if (message) {
      return message
    }
  }
  return undefined
}
