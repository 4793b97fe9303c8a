import type { Metadata } from "next";
import { requirePagePermission } from "@/lib/auth/guard";
import { listUsers } from "@/lib/users/service";
import { formatDateTime } from "@/lib/core/format";
import { PageHeader } from "@/components/ui/page-header";
import { DataTable, type Column } from "@/components/ui/data-table";
import { CreateUserForm } from "@/components/admin/create-user-form";
import { UserRowActions } from "@/components/admin/user-row-actions";
import { changeRoleAction, createUserAction, setActiveAction } from "./actions";

export const metadata: Metadata = { title: "Users" };

const COLUMNS: Column<Awaited<ReturnType<typeof listUsers>>[number]>[] = [
  { header: "Name", cell: (user) => user.name },
  { header: "Email", cell: (user) => user.email },
  { header: "Status", cell: (user) => (user.active ? "Active" : <span className="text-red-700">Deactivated</span>) },
  { header: "Last sign-in (UTC)", className: "text-slate-600", cell: (user) => (user.lastLoginAt ? formatDateTime(user.lastLoginAt) : "never") },
  { header: "Actions", cell: (user) => <UserRowActions user={user} changeRole={changeRoleAction} setActive={setActiveAction} /> },
];

export default async function UsersPage() {
  await requirePagePermission("users:manage");
  const users = await listUsers();
  return (
    <>
      <PageHeader title="Users" description="Create accounts, change roles, deactivate people who left. Changes apply on the user's next request." />
      <CreateUserForm action={createUserAction} />
      <DataTable caption="Users" className="mt-8" columns={COLUMNS} rows={users} rowKey={(user) => user.id} />
    </>
  );
}
