"use client";

import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatShortDay } from "@/lib/core/format";
import { countTicks, PERCENT_TICKS } from "./ticks";

/** Decisions per week (accepted + discarded stacked) with the acceptance rate as a line. */
export function ThroughputChart({ weeks }: { weeks: { week: string; accepted: number; discarded: number; acceptanceRate: number | null }[] }) {
  const data = weeks.map((w) => ({ ...w, ratePct: w.acceptanceRate === null ? null : Math.round(w.acceptanceRate * 100) }));
  const ticks = countTicks(Math.max(0, ...weeks.map((w) => w.accepted + w.discarded)));
  return (
    <div className="h-60" role="img" aria-label="Reviewer decisions per week and acceptance rate">
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart data={data} margin={{ top: 5, right: 0, left: -10, bottom: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
          <XAxis dataKey="week" tickFormatter={formatShortDay} fontSize={11} interval="preserveStartEnd" minTickGap={16} />
          <YAxis yAxisId="n" allowDecimals={false} domain={[0, ticks[ticks.length - 1]]} ticks={ticks} fontSize={11} />
          <YAxis yAxisId="pct" orientation="right" domain={[0, 100]} ticks={PERCENT_TICKS} unit="%" fontSize={11} />
          <Tooltip labelFormatter={(w) => `Week of ${formatShortDay(String(w))}`} />
          <Legend wrapperStyle={{ fontSize: 11 }} />
          <Bar yAxisId="n" dataKey="accepted" name="Accepted" stackId="d" fill="#10b981" />
          <Bar yAxisId="n" dataKey="discarded" name="Discarded" stackId="d" fill="#cbd5e1" />
          <Line yAxisId="pct" dataKey="ratePct" name="Acceptance rate" stroke="#0f172a" connectNulls dot={false} />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
