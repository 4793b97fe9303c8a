import "server-only";
import type { z } from "zod";
import { can, type ApiScope, type Permission } from "./permissions";
import { getCurrentUser, type CurrentUser } from "./session";
import { lookupApiKey, type ApiKeyPrincipal } from "./api-keys";
import { errorResponse, jsonError } from "@/lib/errors/answers";
import { DomainError } from "@/lib/errors/domain-error";
import { assertSameSiteJson, MAX_JSON_BODY_BYTES, readCappedText } from "./request-guard";

export interface RouteContext<P> {
  request: Request;
  params: P;
  user: CurrentUser | null;
  apiKey: ApiKeyPrincipal | null;
}

export interface RouteAccess {
  /** Session users need this permission. Omit to refuse sessions (API keys only). */
  permission?: Permission;
  /** API keys need this scope. Omit to refuse API keys (sessions only). */
  scope?: ApiScope;
}

/**
 * Builds a route handler that authenticates first: an `Authorization: Bearer` API key
 * checked for `scope`, or else the session user checked for `permission`. A request
 * authenticated by the session cookie that changes state must also be same-site JSON
 * (lib/auth/request-guard.ts), for every route at once. The body runs only for an
 * allowed caller; any error it throws becomes an answer in
 * lib/errors/answers.ts (domain errors keep their status, a database outage is a 503).
 */
export function withRoute<P = Record<string, string>>(
  access: RouteAccess,
  handler: (context: RouteContext<P>) => Promise<Response>,
) {
  return async (request: Request, context: { params: Promise<P> }): Promise<Response> => {
    try {
      let user: CurrentUser | null = null;
      let apiKey: ApiKeyPrincipal | null = null;
      const authorization = request.headers.get("authorization");
      if (authorization?.toLowerCase().startsWith("bearer ")) {
        if (!access.scope) return jsonError(401, "This endpoint does not accept API keys; sign in instead.");
        const lookup = await lookupApiKey(authorization.slice(7).trim());
        if (!lookup.ok) return jsonError(lookup.status, lookup.error);
        if (!lookup.key.scopes.includes(access.scope)) return jsonError(403, `This API key lacks the "${access.scope}" scope.`);
        apiKey = lookup.key;
      } else {
        // Routes for API keys only never run for a cookie, so only session routes need the check.
        if (access.permission) assertSameSiteJson(request);
        user = await getCurrentUser();
        if (!user) return jsonError(401, "Sign in, or send an API key as `Authorization: Bearer <key>`.");
        if (!access.permission || !can(user.role, access.permission)) return jsonError(403, "You don't have permission to do that.");
      }
      return await handler({ request, params: await context.params, user, apiKey });
    } catch (error) {
      // Domain errors keep their status; an outage is a 503 with Retry-After; the rest a safe 500.
      return errorResponse(error, `${request.method} ${new URL(request.url).pathname}`);
    }
  };
}

/**
 * A JSON request body parsed with `schema`. Larger than `maxBytes` is a 413 (read no
 * further); not JSON, or not the schema's shape, is a 400 naming the first field at
 * fault (never echoing the value).
 */
export async function readJsonBody<S extends z.ZodType>(request: Request, schema: S, maxBytes = MAX_JSON_BODY_BYTES): Promise<z.infer<S>> {
  const text = await readCappedText(request, maxBytes);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new DomainError("The body must be JSON.", 400);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue.path.join(".");
    throw new DomainError(`${field || "body"}: ${issue.message}`, 400, field || undefined);
  }
  return parsed.data;
}
