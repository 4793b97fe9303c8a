-- No query reads SourceLog by (sourceId, timestamp): the app finds logs by their source and
-- id (ingest's duplicate check), by receivedAt (retention, metrics), by expiresAt (the
-- purge) and by endUserHash (erasure), and reads a case's log by its id. The index cost
-- every ingested record one more B-tree insertion (about 5 % of the insert's CPU in a
-- same-run comparison on 100-row pushes) and its space, for nothing.
DROP INDEX IF EXISTS "SourceLog_sourceId_timestamp_idx";
