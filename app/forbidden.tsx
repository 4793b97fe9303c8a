import { StatusPage } from "@/components/ui/status-page";

export default function Forbidden() {
  return (
    <StatusPage status="403 · Not for your role" title="You don't have access to this page" tone="warning">
      Your role doesn&apos;t include this part of Evalmine. If you think it should, ask an admin to change your role.
    </StatusPage>
  );
}
