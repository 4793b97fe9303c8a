import { redirect } from "next/navigation";
import { requirePagePermission } from "@/lib/auth/guard";

export default async function AdminIndex() {
  await requirePagePermission("settings:manage");
  redirect("/admin/users");
}
