"use client";

import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatCount } from "@/lib/core/format";
import { countTicks } from "./ticks";

/**
 * sampled -> mined -> cases -> triaged -> accepted / discarded, as horizontal bars. Labels,
 * ticks and the tooltip use thousands separators like every other count on the page.
 */
export function FunnelChart({ stages }: { stages: { stage: string; count: number }[] }) {
  const ticks = countTicks(Math.max(0, ...stages.map((s) => s.count)));
  return (
    <div className="h-60" role="img" aria-label="Funnel from sampled logs to accepted and discarded cases">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={stages} layout="vertical" margin={{ top: 5, right: 40, left: 10, bottom: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" horizontal={false} />
          <XAxis type="number" allowDecimals={false} domain={[0, ticks[ticks.length - 1]]} ticks={ticks} tickFormatter={(value: number) => formatCount(value)} fontSize={11} />
          <YAxis type="category" dataKey="stage" width={70} fontSize={11} />
          <Tooltip formatter={(value) => formatCount(Number(value))} />
          <Bar dataKey="count" name="Count" fill="#475569">
            <LabelList dataKey="count" position="right" fontSize={11} formatter={(value) => formatCount(Number(value))} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
