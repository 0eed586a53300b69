import type { AxiosError, AxiosResponse } from "axios"

/** The response of a request whether it succeeded or not, to assert on 4xx answers. */
export const settle = (
  request: Promise<AxiosResponse>
): Promise<AxiosResponse> =>
  request.catch((error: AxiosError) => error.response as AxiosResponse)
