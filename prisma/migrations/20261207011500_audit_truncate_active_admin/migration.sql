-- The audit log refuses TRUNCATE as well: its row triggers never see one.
CREATE FUNCTION "audit_log_no_truncate"() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'AuditLog is append-only (TRUNCATE refused)' USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "AuditLog_no_truncate"
BEFORE TRUNCATE ON "AuditLog"
FOR EACH STATEMENT EXECUTE FUNCTION "audit_log_no_truncate"();

-- An install keeps at least one active admin, or nobody could manage users again.
-- Checked after any change that takes an active admin away (demotion, deactivation,
-- deletion). Two such changes at once queue on one advisory lock, and the check runs
-- after it is granted, in a statement of its own: under READ COMMITTED it sees what the
-- other one committed, so the second of two "last but one" demotions is refused.
CREATE FUNCTION "user_keep_active_admin"() RETURNS trigger AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(hashtextextended('evalmine:active-admin', 0));
  IF NOT EXISTS (SELECT 1 FROM "User" WHERE "role" = 'ADMIN' AND "active") THEN
    RAISE EXCEPTION 'User_active_admin: this is the last active admin'
      USING ERRCODE = 'check_violation', CONSTRAINT = 'User_active_admin';
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "User_keep_active_admin_update"
AFTER UPDATE OF "role", "active" ON "User"
FOR EACH ROW
WHEN (OLD."role" = 'ADMIN' AND OLD."active" AND NOT (NEW."role" = 'ADMIN' AND NEW."active"))
EXECUTE FUNCTION "user_keep_active_admin"();

CREATE TRIGGER "User_keep_active_admin_delete"
AFTER DELETE ON "User"
FOR EACH ROW
WHEN (OLD."role" = 'ADMIN' AND OLD."active")
EXECUTE FUNCTION "user_keep_active_admin"();
