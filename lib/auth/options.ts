import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { authenticate } from "./login";
import { clientIpOf, TrustedProxiesError } from "./client-ip";

/** Sessions last a working day; role and active flag are re-read on every request anyway. */
const SESSION_MAX_AGE_S = 12 * 60 * 60;

/** Error codes the login page maps to "too many attempts" and "the server needs fixing". */
export const THROTTLED_ERROR = "Throttled";
export const CONFIGURATION_ERROR = "ServerConfiguration";

/** The client address; a malformed TRUSTED_PROXIES is named in the server log, not shown to the visitor. */
function clientAddress(headers: Record<string, unknown> | undefined): string | null {
  try {
    return clientIpOf((name) => headerValue(headers, name));
  } catch (error) {
    if (!(error instanceof TrustedProxiesError)) throw error;
    console.error(error.message);
    throw new Error(CONFIGURATION_ERROR);
  }
}

/** One header of next-auth's request (a plain object of Node header values). */
function headerValue(headers: Record<string, unknown> | undefined, name: string): string | null {
  const value = headers?.[name];
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === "string" ? first : null;
}

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_S },
  pages: { signIn: "/login" },
  providers: [
    CredentialsProvider({
      id: "credentials",
      name: "Email and password",
      credentials: {
        email: { label: "Email", type: "email" },
        password: { label: "Password", type: "password" },
      },
      async authorize(credentials, req) {
        const result = await authenticate(
          String(credentials?.email ?? ""),
          String(credentials?.password ?? ""),
          clientAddress(req?.headers),
        );
        if (result.ok) return result.user;
        if (result.reason === "throttled") throw new Error(THROTTLED_ERROR);
        return null;
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.role = user.role;
      }
      return token;
    },
    session({ session, token }) {
      if (token.uid && token.role) {
        session.user = { id: token.uid, email: token.email ?? "", name: token.name ?? "", role: token.role };
      }
      return session;
    },
  },
};
