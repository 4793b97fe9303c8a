import { NextResponse, type NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";

/**
 * Redirects visitors without a session to /login. This is a convenience only: every
 * page, action and route handler checks the user and permission itself
 * (lib/auth/guard.ts, lib/auth/route.ts), since a proxy can be bypassed or misconfigured.
 */
export async function proxy(request: NextRequest) {
  const token = await getToken({ req: request, secret: process.env.NEXTAUTH_SECRET });
  if (token) return NextResponse.next();
  const login = new URL("/login", request.url);
  const back = request.nextUrl.pathname + request.nextUrl.search;
  if (back !== "/") login.searchParams.set("callbackUrl", back);
  return NextResponse.redirect(login);
}

export const config = {
  // API routes answer 401 themselves; static assets and the login page are public.
  matcher: ["/((?!api/|_next/|favicon.ico|login).*)"],
};
