/** Domain limits, shared by the validators, the modules and the admin. */
export const MAX_TAGS = 50
export const MAX_TAG_LENGTH = 40
export const MAX_SEARCH_LENGTH = 200
