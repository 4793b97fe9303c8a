import type { Metadata } from "next";
import { requirePagePermission } from "@/lib/auth/guard";
import { listUsers } from "@/lib/users/service";
import { formatDateTime } from "@/lib/core/format";
import { PageHeader } from "@/components/ui/page-header";
import { CreateUserForm } from "@/components/admin/create-user-form";
import { UserRowActions } from "@/components/admin/user-row-actions";
import { changeRoleAction, createUserAction, setActiveAction } from "./actions";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  await requirePagePermission("users:manage");
  const users = await listUsers();
  return (
    <>
      <PageHeader title="Users" description="Create accounts, change roles, deactivate people who left. Changes apply on the user's next request." />
      <CreateUserForm action={createUserAction} />
      <table className="mt-8 w-full overflow-hidden rounded-xl border border-slate-200 bg-white text-sm">
        <caption className="sr-only">Users</caption>
        <thead className="bg-slate-50 text-left text-slate-600">
          <tr>
            <th className="px-4 py-2 font-medium">Name</th>
            <th className="px-4 py-2 font-medium">Email</th>
            <th className="px-4 py-2 font-medium">Status</th>
            <th className="px-4 py-2 font-medium">Last sign-in (UTC)</th>
            <th className="px-4 py-2 font-medium">Actions</th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id} className="border-t border-slate-100">
              <td className="px-4 py-2">{user.name}</td>
              <td className="px-4 py-2">{user.email}</td>
              <td className="px-4 py-2">{user.active ? "Active" : <span className="text-red-700">Deactivated</span>}</td>
              <td className="px-4 py-2 text-slate-600">{user.lastLoginAt ? formatDateTime(user.lastLoginAt) : "never"}</td>
              <td className="px-4 py-2">
                <UserRowActions user={user} changeRole={changeRoleAction} setActive={setActiveAction} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
