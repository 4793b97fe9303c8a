"use client";

import { Bar, BarChart, CartesianGrid, Cell, ReferenceArea, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatShortDay } from "@/lib/core/format";
import { countTicks } from "./ticks";

/** Accepted per week as bars over the shaded target band; the current week is highlighted. */
export function TargetChart({ weeks, min, max, currentWeek }: { weeks: { week: string; accepted: number }[]; min: number; max: number; currentWeek: string }) {
  const ticks = countTicks(Math.max(max, ...weeks.map((w) => w.accepted)));
  return (
    <div className="h-60" role="img" aria-label={`Accepted per week against the target band ${min} to ${max}`}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={weeks} margin={{ top: 5, right: 10, left: -10, bottom: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
          <XAxis dataKey="week" tickFormatter={formatShortDay} fontSize={11} interval="preserveStartEnd" minTickGap={16} />
          <YAxis allowDecimals={false} domain={[0, ticks[ticks.length - 1]]} ticks={ticks} fontSize={11} />
          <ReferenceArea y1={min} y2={max} fill="#10b981" fillOpacity={0.12} stroke="#10b981" strokeOpacity={0.4} />
          <Tooltip labelFormatter={(w) => `Week of ${formatShortDay(String(w))}`} />
          <Bar dataKey="accepted" name="Accepted">
            {weeks.map((w) => (
              <Cell key={w.week} fill={w.week === currentWeek ? "#0f172a" : w.accepted < min ? "#f59e0b" : "#64748b"} />
            ))}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
