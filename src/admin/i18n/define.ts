/** The plugin's i18next namespace; the dashboard merges it into its own resources. */
export const MEMBERSHIP_NS = "membership"

/** Dashboard language codes the plugin translates (the dashboard names them this way). */
export const LANGUAGES = ["en", "zhCN"] as const
export type Language = (typeof LANGUAGES)[number]

export type Messages = { [key: string]: string | Messages }

type PluralForm = "zero" | "one" | "two" | "few" | "many" | "other"

// English plural groups (`x_one`, `x_other`) become the one key `x`.
type SingleFormKey<K> = K extends `${infer Base}_other`
  ? Base
  : K extends `${string}_${PluralForm}`
    ? never
    : K

/**
 * The Chinese copy of the English messages: every key, each a string. Chinese
 * has one plural form, written under the plural group's base key: the
 * dashboard's code "zhCN" is no locale to Intl.PluralRules, so i18next finds
 * no plural rule for it and looks up the base key (it would also find it with
 * a rule, after `x_other`).
 */
export type Translated<T> = {
  [K in keyof T as SingleFormKey<K>]: T[K] extends string
    ? string
    : Translated<T[K]>
}

type FeatureTranslations<T extends Messages> = {
  en: T
  zhCN: Translated<T>
}

/** One feature's strings in every language; English defines the keys. */
export const defineTranslations = <T extends Messages>(translations: {
  en: T
  zhCN: NoInfer<Translated<T>>
}): FeatureTranslations<T> => translations

type Features = Record<string, { en: Messages; zhCN: unknown }>

export type NamespaceMessages<F extends Features> = {
  [Name in keyof F]: F[Name]["en"]
}

/** The dashboard's resources shape: language → namespace → feature → keys. */
export const toResources = <F extends Features>(features: F) =>
  Object.fromEntries(
    LANGUAGES.map((language) => [
      language,
      {
        [MEMBERSHIP_NS]: Object.fromEntries(
          Object.entries(features).map(([name, feature]) => [
            name,
            feature[language],
          ])
        ),
      },
    ])
  ) as Record<Language, Record<typeof MEMBERSHIP_NS, NamespaceMessages<F>>>
