import { NextResponse, type NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";
import { pageContentSecurityPolicy } from "@/lib/auth/security-headers";

function isLoginPage(pathname: string): boolean {
  return pathname === "/login" || pathname.startsWith("/login/");
}

/**
 * Every page request gets a Content-Security-Policy with a fresh nonce: on the response
 * for the browser, and on the request so Next.js puts the nonce on the scripts it
 * renders (which is why every page renders per request, see app/layout.tsx).
 *
 * Visitors without a session are also redirected to /login. That is a convenience only:
 * every page, action and route handler checks the user and permission itself
 * (lib/auth/guard.ts, lib/auth/route.ts), since a proxy can be bypassed or misconfigured.
 */
export async function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const policy = pageContentSecurityPolicy(nonce, {
    dev: process.env.NODE_ENV === "development",
    https: process.env.NEXTAUTH_URL?.startsWith("https://") ?? false,
  });

  let response: NextResponse;
  const token = isLoginPage(request.nextUrl.pathname) ? null : await getToken({ req: request, secret: process.env.NEXTAUTH_SECRET });
  if (isLoginPage(request.nextUrl.pathname) || token) {
    const headers = new Headers(request.headers);
    headers.set("content-security-policy", policy);
    response = NextResponse.next({ request: { headers } });
  } else {
    const login = new URL("/login", request.url);
    const back = request.nextUrl.pathname + request.nextUrl.search;
    if (back !== "/") login.searchParams.set("callbackUrl", back);
    response = NextResponse.redirect(login);
  }
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  // API routes answer 401 themselves and get their headers from next.config.ts, as do
  // static assets; every page, /login included, comes through here.
  matcher: ["/((?!api/|_next/|favicon.ico).*)"],
};
