import { StatusPage } from "@/components/ui/status-page";

export default function NotFound() {
  return <StatusPage status="404" title="Page not found" />;
}
