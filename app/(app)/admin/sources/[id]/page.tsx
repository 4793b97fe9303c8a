import type { Metadata } from "next";
import Link from "next/link";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { z } from "zod";
import { requirePagePermission } from "@/lib/auth/guard";
import { getSourceDetail } from "@/lib/sources/service";
import { getSourceHealth } from "@/lib/sources/health";
import { appOrigin, setupSnippets } from "@/lib/sources/setup-snippets";
import { formatCount } from "@/lib/core/format";
import { PageHeader } from "@/components/ui/page-header";
import { PageSection } from "@/components/ui/page-section";
import { EditSourceForm } from "@/components/sources/edit-source-form";
import { MiningRulesForm } from "@/components/sources/mining-rules-form";
import { CustomRules } from "@/components/sources/custom-rules";
import { ApiKeys } from "@/components/sources/api-keys";
import { SourceHealthPanel } from "@/components/sources/source-health";
import { ConnectApp } from "@/components/sources/connect-app";
import { SecondReviewForm } from "@/components/review/second-review-form";
import { secondReviewAction } from "../../../queue/assignments/actions";
import { addCustomRuleAction, createApiKeyAction, deleteCustomRuleAction, revokeApiKeyAction, saveRulesAction, updateSourceAction } from "../actions";

export const metadata: Metadata = { title: "Source" };

export default async function SourcePage({ params }: { params: Promise<{ id: string }> }) {
  await requirePagePermission("sources:manage");
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  const source = await getSourceDetail(id);
  if (!source) notFound();
  const [health, origin] = [await getSourceHealth(source.id), appOrigin(await headers())];
  const rules = source.miningRules.map((r) => ({ id: r.id, kind: r.kind, name: r.name, enabled: r.enabled, config: (r.config ?? {}) as Record<string, unknown> }));
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/admin/sources" className="underline">
          All sources
        </Link>
      </p>
      <PageHeader title={source.name} description={`${formatCount(source._count.logs)} sampled logs, ${formatCount(source._count.cases)} mined cases.`} />
      <PageSection title="Source health" className="mb-8">
        <SourceHealthPanel health={health} sampleRate={Math.min(source.sampleRate, source.maxSampleRate)} />
      </PageSection>
      <PageSection title="Connect your app" className="mb-8">
        <div className="rounded-xl border border-slate-200 bg-white p-5">
          <ConnectApp snippets={setupSnippets(origin)} />
        </div>
      </PageSection>
      <PageSection title="Settings" className="mb-8">
        <EditSourceForm
          action={updateSourceAction}
          source={{ id: source.id, name: source.name, description: source.description, sampleRate: source.sampleRate, maxSampleRate: source.maxSampleRate, pullFolder: source.pullFolder, active: source.active }}
        />
        <div className="mt-3 rounded-xl border border-slate-200 bg-slate-50 p-4 text-sm">
          <p>
            <span className="font-medium">Retention:</span> {source.retentionDays ? `${source.retentionDays} days` : "not set (this source cannot ingest)"}
          </p>
          {source.retentionPolicy ? <p className="mt-1 whitespace-pre-wrap text-slate-700">{source.retentionPolicy}</p> : null}
          <p className="mt-1">
            Retention is changed on{" "}
            <Link href="/admin/retention" className="underline">
              the retention page
            </Link>
            .
          </p>
        </div>
      </PageSection>
      <PageSection title="Mining rules" className="mb-8">
        <MiningRulesForm action={saveRulesAction} sourceId={source.id} rules={rules} />
        <CustomRules addAction={addCustomRuleAction} deleteAction={deleteCustomRuleAction} sourceId={source.id} rules={rules.filter((r) => r.kind === "CUSTOM")} />
      </PageSection>
      <PageSection title="Second review" className="mb-8">
        <div className="rounded-xl border border-slate-200 bg-white p-5">
          <p className="mb-3 text-sm text-slate-600">
            With second review on, an accepted case waits until a second reviewer (never the first) or a lead approves it; only approved cases become eval items.
          </p>
          <SecondReviewForm action={secondReviewAction} sourceId={source.id} every={source.secondReviewEvery} />
        </div>
      </PageSection>
      <PageSection title="API keys">
        <ApiKeys createAction={createApiKeyAction} revokeAction={revokeApiKeyAction} sourceId={source.id} keys={source.apiKeys} origin={origin} />
      </PageSection>
    </>
  );
}
