-- Curation: where a case came from (mined, or added by a lead as synthetic or hand-written),
-- carried onto its eval item; a server-computed flag for failures accepted with the
-- production output as their expected output; and a labelling guide per category.
CREATE TYPE "CaseOrigin" AS ENUM ('MINED', 'SYNTHETIC', 'HAND_WRITTEN');

ALTER TABLE "Case" ADD COLUMN "origin" "CaseOrigin" NOT NULL DEFAULT 'MINED';

ALTER TABLE "EvalItem" ADD COLUMN "origin" "CaseOrigin" NOT NULL DEFAULT 'MINED';
ALTER TABLE "EvalItem" ADD COLUMN "expectedEqualsProduction" BOOLEAN NOT NULL DEFAULT false;

-- Items accepted before the flag existed: flag the same way the server now does (a text
-- production answer; answers made of content parts are compared by the application only).
UPDATE "EvalItem"
SET "expectedEqualsProduction" = true
WHERE 'failure' = ANY ("minedReasons")
  AND jsonb_typeof("productionOutput" -> 'content') = 'string'
  AND btrim("expectedOutput", E' \t\r\n') = btrim("productionOutput" ->> 'content', E' \t\r\n');

CREATE TABLE "CategoryGuideline" (
    "category" "Category" NOT NULL,
    "body" TEXT NOT NULL,
    "updatedById" UUID,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CategoryGuideline_pkey" PRIMARY KEY ("category")
);
