"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { PERCENT_TICKS } from "./ticks";

/**
 * Production share next to eval-set share for each category or mining reason, as
 * horizontal bars: the labels sit on their own lines, however long, never overlapping.
 * `production` names what production's share counts (sampled records or mined cases),
 * which differs between the two charts of the widget.
 */
export function MixChart({ rows, label, production }: { rows: { key: string; productionShare: number; evalsetShare: number }[]; label: string; production: string }) {
  const data = rows.map((r) => ({ key: r.key, production: Math.round(r.productionShare * 100), evalset: Math.round(r.evalsetShare * 100) }));
  const height = Math.max(160, 56 + data.length * 36);
  return (
    <div style={{ height }} role="img" aria-label={label}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} layout="vertical" margin={{ top: 5, right: 16, left: 0, bottom: 0 }} barGap={1}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" horizontal={false} />
          <XAxis type="number" unit="%" domain={[0, 100]} ticks={PERCENT_TICKS} fontSize={11} />
          <YAxis type="category" dataKey="key" width={128} fontSize={11} interval={0} />
          <Tooltip formatter={(v) => `${v}%`} />
          <Legend wrapperStyle={{ fontSize: 11 }} />
          <Bar dataKey="production" name={production} fill="#94a3b8" />
          <Bar dataKey="evalset" name="Eval set" fill="#6366f1" />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
