"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

/** Production share next to eval-set share for each category or mining reason. */
export function MixChart({ rows, label }: { rows: { key: string; productionShare: number; evalsetShare: number }[]; label: string }) {
  const data = rows.map((r) => ({ key: r.key, production: Math.round(r.productionShare * 100), evalset: Math.round(r.evalsetShare * 100) }));
  return (
    <div className="h-56" role="img" aria-label={label}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} margin={{ top: 5, right: 10, left: -10, bottom: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
          <XAxis dataKey="key" fontSize={10} interval={0} />
          <YAxis unit="%" domain={[0, 100]} fontSize={11} />
          <Tooltip formatter={(v) => `${v}%`} />
          <Legend wrapperStyle={{ fontSize: 11 }} />
          <Bar dataKey="production" name="Production (mined)" fill="#94a3b8" />
          <Bar dataKey="evalset" name="Eval set" fill="#6366f1" />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
