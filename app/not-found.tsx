import type { Metadata } from "next";
import { StatusPage } from "@/components/ui/status-page";

// The tab and the history list name the page as the heading does (it read just "Evalmine").
export const metadata: Metadata = { title: "Page not found" };

export default function NotFound() {
  return <StatusPage status="404" title="Page not found" />;
}
