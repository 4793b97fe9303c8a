"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { countTicks } from "./ticks";

/** Each weekly batch's cases by state (oldest week on the left). */
export function BatchProgressChart({ batches }: { batches: { isoWeek: string; pending: number; accepted: number; discarded: number }[] }) {
  const data = [...batches].reverse();
  const ticks = countTicks(Math.max(0, ...batches.map((b) => b.pending + b.accepted + b.discarded)));
  return (
    <div className="h-52" role="img" aria-label="Per-batch progress: pending, accepted and discarded cases">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} margin={{ top: 5, right: 10, left: -10, bottom: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
          <XAxis dataKey="isoWeek" tickFormatter={(week: string) => week.replace(/^\d{4}-/, "")} fontSize={11} />
          <YAxis allowDecimals={false} domain={[0, ticks[ticks.length - 1]]} ticks={ticks} fontSize={11} />
          <Tooltip />
          <Legend wrapperStyle={{ fontSize: 11 }} />
          <Bar dataKey="accepted" name="Accepted" stackId="b" fill="#10b981" />
          <Bar dataKey="discarded" name="Discarded" stackId="b" fill="#cbd5e1" />
          <Bar dataKey="pending" name="Pending" stackId="b" fill="#f59e0b" />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
