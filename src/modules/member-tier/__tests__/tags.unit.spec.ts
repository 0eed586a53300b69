import fc from "fast-check"
import {
  MAX_TAG_LENGTH,
  MAX_TAGS,
  normalizeTags,
  validateTags,
} from "../utils/tags"

describe("normalizeTags", () => {
  it("trims, lower-cases, collapses spaces and deduplicates in order", () => {
    expect(
      normalizeTags(["  Student ", "VIP", "student", "", "  ", "night   owl"])
    ).toEqual(["student", "vip", "night owl"])
  })

  it("is idempotent and leaves no duplicates or blanks", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: "grapheme" })), (tags) => {
        const once = normalizeTags(tags)
        expect(normalizeTags(once)).toEqual(once)
        expect(new Set(once).size).toBe(once.length)
        expect(once.every((tag) => tag === tag.trim() && tag !== "")).toBe(true)
      })
    )
  })
})

describe("validateTags", () => {
  it(`accepts ${MAX_TAGS} tags of ${MAX_TAG_LENGTH} characters`, () => {
    const tags = Array.from({ length: MAX_TAGS }, (_, i) =>
      `${i}`.padEnd(MAX_TAG_LENGTH, "x")
    )
    expect(validateTags(tags)).toHaveLength(MAX_TAGS)
  })

  it("rejects too many tags, naming the field", () => {
    const tags = Array.from({ length: MAX_TAGS + 1 }, (_, i) => `tag-${i}`)
    expect(() => validateTags(tags)).toThrow(/^tags /)
  })

  it("counts duplicates once against the limit", () => {
    const tags = Array.from({ length: MAX_TAGS + 10 }, (_, i) => `tag-${i % 5}`)
    expect(validateTags(tags)).toHaveLength(5)
  })

  it("rejects a tag over the length limit, naming the field", () => {
    expect(() => validateTags(["x".repeat(MAX_TAG_LENGTH + 1)])).toThrow(
      /^tags /
    )
  })
})
