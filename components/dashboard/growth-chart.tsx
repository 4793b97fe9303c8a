"use client";

import { Area, AreaChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { formatShortDay } from "@/lib/core/format";
import { CATEGORY_LABEL } from "@/lib/core/labels";
import { CATEGORIES } from "@/lib/evalset/categories";
import { CATEGORY_COLORS } from "./category-colors";
import { countTicks } from "./ticks";

type Row = { week: string; HAPPY_PATH: number; EDGE_CASE: number; ADVERSARIAL: number; DRIFT: number };

/** Eval-set size at each week's end, stacked by category. */
export function GrowthChart({ rows }: { rows: Row[] }) {
  const ticks = countTicks(Math.max(0, ...rows.map((r) => r.HAPPY_PATH + r.EDGE_CASE + r.ADVERSARIAL + r.DRIFT)));
  return (
    <div className="h-60" role="img" aria-label="Eval-set size over time, stacked by category">
      <ResponsiveContainer width="100%" height="100%">
        <AreaChart data={rows} margin={{ top: 5, right: 10, left: -10, bottom: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
          <XAxis dataKey="week" tickFormatter={formatShortDay} fontSize={11} interval="preserveStartEnd" minTickGap={16} />
          <YAxis allowDecimals={false} domain={[0, ticks[ticks.length - 1]]} ticks={ticks} fontSize={11} />
          <Tooltip labelFormatter={(w) => `Week of ${formatShortDay(String(w))}`} />
          <Legend wrapperStyle={{ fontSize: 11 }} />
          {CATEGORIES.map((key) => (
            <Area key={key} type="monotone" dataKey={key} name={CATEGORY_LABEL[key]} stackId="size" stroke={CATEGORY_COLORS[key]} fill={CATEGORY_COLORS[key]} fillOpacity={0.35} />
          ))}
        </AreaChart>
      </ResponsiveContainer>
    </div>
  );
}
