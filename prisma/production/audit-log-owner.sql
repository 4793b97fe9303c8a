-- Production hardening for the audit log: the app's database role should not own the
-- AuditLog table, nor the schema it lives in. A table's owner can disable or drop its
-- triggers, and a schema's owner can drop any table in it, so as long as the app's role
-- owns either, "append-only" holds against the app's code but not against anyone who
-- holds the app's credentials. This hands the schema, the table and its trigger
-- functions to a role nobody logs in as (evalmine_owner). The app keeps SELECT and
-- INSERT on the audit log, and USAGE and CREATE on the schema, so it still migrates
-- and owns every other table.
--
-- Run it once, after `npm run db:migrate`, as a superuser or the database owner, e.g.
--   psql "postgresql://postgres@db.internal/evalmine" -f prisma/production/audit-log-owner.sql
-- It is safe to run again. The app's role is found as the owner of the "User" table (the
-- role that ran the migrations). A later migration that alters AuditLog must then be
-- run by an admin as that role (SET ROLE evalmine_owner).
BEGIN;

DO $$
DECLARE
  app_role name := (SELECT tableowner FROM pg_tables WHERE schemaname = current_schema() AND tablename = 'User');
BEGIN
  IF app_role IS NULL THEN
    RAISE EXCEPTION 'No "User" table in schema %: run npm run db:migrate first, in this database.', current_schema();
  END IF;
  IF app_role = 'evalmine_owner' THEN
    RAISE EXCEPTION 'The app''s tables are owned by evalmine_owner; expected the app''s own role.';
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'evalmine_owner') THEN
    CREATE ROLE evalmine_owner NOLOGIN;
  END IF;

  -- The schema, so the app's role cannot drop a table it does not own; it may still
  -- create (migrate) and use everything in it.
  EXECUTE format('ALTER SCHEMA %I OWNER TO evalmine_owner', current_schema());
  EXECUTE format('REVOKE CREATE ON SCHEMA %I FROM PUBLIC', current_schema());
  EXECUTE format('GRANT USAGE, CREATE ON SCHEMA %I TO %I', current_schema(), app_role);

  -- The table (its BIGSERIAL sequence follows) and the trigger functions, so the app's
  -- role can neither disable nor drop the triggers, nor rewrite what they allow.
  ALTER TABLE "AuditLog" OWNER TO evalmine_owner;
  ALTER FUNCTION "audit_log_append_only"() OWNER TO evalmine_owner;
  ALTER FUNCTION "audit_log_no_truncate"() OWNER TO evalmine_owner;

  EXECUTE format('REVOKE ALL ON TABLE "AuditLog" FROM PUBLIC, %I', app_role);
  EXECUTE format('GRANT SELECT, INSERT ON TABLE "AuditLog" TO %I', app_role);
  EXECUTE format('REVOKE ALL ON SEQUENCE "AuditLog_id_seq" FROM PUBLIC, %I', app_role);
  EXECUTE format('GRANT USAGE, SELECT ON SEQUENCE "AuditLog_id_seq" TO %I', app_role);
END
$$;

COMMIT;
