/**
 * Input limits of the sign-in path, shared by the form and the server. An email address
 * is at most 254 characters (RFC 5321); a longer password only makes argon2 work harder.
 */
export const MAX_EMAIL_LENGTH = 254;
export const MAX_PASSWORD_LENGTH = 256;
