/**
 * A typed client of the Zou API: the types come from the contract (`npm run generate` reads
 * openapi/openapi.json), the calls from openapi-fetch. Every path, parameter, body and answer is
 * checked by the compiler; errors are narrowed by their declared schema.
 */
import createClient, { type Client, type Middleware } from "openapi-fetch";

import type { components, operations, paths } from "./schema.js";

export type { components, operations, paths };
export type Schemas = components["schemas"];
export type ZouClient = Client<paths>;

export interface ZouClientOptions {
  /** Where the API answers, e.g. `http://127.0.0.1:5000` (or `https://kitsu.studio/api`). */
  baseUrl: string;
  /** An access token; without one, only the public routes answer. */
  token?: string;
  fetch?: typeof globalThis.fetch;
}

/** Sends the access token as Zou expects it: `Authorization: Bearer <JWT>`. */
export function bearer(token: string): Middleware {
  return {
    onRequest({ request }) {
      request.headers.set("Authorization", `Bearer ${token}`);
      return request;
    },
  };
}

export function createZouClient(options: ZouClientOptions): ZouClient {
  const client = createClient<paths>({
    baseUrl: options.baseUrl,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  if (options.token) {
    client.use(bearer(options.token));
  }
  return client;
}

/** Logs in with a password and answers a client carrying the access token. */
export async function login(baseUrl: string, email: string, password: string): Promise<ZouClient> {
  const anonymous = createZouClient({ baseUrl });
  const { data, error } = await anonymous.POST("/auth/login", { body: { email, password } });
  if (error || !data || !("access_token" in data) || !data.access_token) {
    throw new Error(`login refused for ${email}`);
  }
  return createZouClient({ baseUrl, token: data.access_token });
}
