import Link from "next/link";

export default function Forbidden() {
  return (
    <main className="mx-auto flex min-h-screen max-w-md flex-col items-center justify-center gap-4 p-8 text-center">
      <p className="text-sm font-semibold tracking-wide text-amber-700 uppercase">403 · Not for your role</p>
      <h1 className="text-2xl font-semibold">You don&apos;t have access to this page</h1>
      <p className="text-slate-600">
        Your role doesn&apos;t include this part of Evalmine. If you think it should, ask an admin to change your role.
      </p>
      <Link href="/" className="rounded-md bg-slate-900 px-4 py-2 text-sm font-medium text-white hover:bg-slate-700">
        Go to your start page
      </Link>
    </main>
  );
}
