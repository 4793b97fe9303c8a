"use client";

import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

/** sampled -> mined -> cases -> triaged -> accepted / discarded, as horizontal bars. */
export function FunnelChart({ stages }: { stages: { stage: string; count: number }[] }) {
  return (
    <div className="h-60" role="img" aria-label="Funnel from sampled logs to accepted and discarded cases">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={stages} layout="vertical" margin={{ top: 5, right: 40, left: 10, bottom: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" horizontal={false} />
          <XAxis type="number" allowDecimals={false} fontSize={11} />
          <YAxis type="category" dataKey="stage" width={70} fontSize={11} />
          <Tooltip />
          <Bar dataKey="count" name="Count" fill="#475569">
            <LabelList dataKey="count" position="right" fontSize={11} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
