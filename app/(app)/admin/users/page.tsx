import type { Metadata } from "next";
import { requirePagePermission } from "@/lib/auth/guard";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password";
import { listUsers } from "@/lib/users/service";
import { workByUser } from "@/lib/users/impact";
import { formatDateTime } from "@/lib/core/format";
import { PageHeader } from "@/components/ui/page-header";
import { DataTable } from "@/components/ui/data-table";
import { CreateUserForm } from "@/components/admin/create-user-form";
import { UserRowActions } from "@/components/admin/user-row-actions";
import { changeRoleAction, createUserAction, setActiveAction } from "./actions";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  const me = await requirePagePermission("users:manage");
  const [users, work] = await Promise.all([listUsers(), workByUser()]);
  const rows = users.map((user) => ({ ...user, held: work.get(user.id)?.held ?? 0, decided: work.get(user.id)?.decided ?? 0 }));
  return (
    <>
      <PageHeader title="Users" description="Create accounts, change roles, deactivate people who left. Changes apply on the user's next request." />
      <CreateUserForm action={createUserAction} minPasswordLength={MIN_PASSWORD_LENGTH} />
      <DataTable
        caption="Users"
        className="mt-8"
        rows={rows}
        rowKey={(user) => user.id}
        columns={[
          { header: "Name", rowHeader: true, cell: (user) => user.name },
          { header: "Email", className: "break-all", cell: (user) => user.email },
          { header: "Status", cell: (user) => (user.active ? "Active" : <span className="text-red-700">Deactivated</span>) },
          { header: "Last sign-in (UTC)", label: "Last sign-in", className: "text-slate-600", cell: (user) => (user.lastLoginAt ? formatDateTime(user.lastLoginAt) : "never") },
          { header: "Actions", label: "", cell: (user) => <UserRowActions user={user} changeRole={changeRoleAction} setActive={setActiveAction} isSelf={user.id === me.id} /> },
        ]}
      />
    </>
  );
}
