-- What SQLite's `SELECT RAISE(ABORT, 'message')` triggers do: refuse the change with the message given as the
-- trigger's argument. The error code is an integrity constraint's, like a CHECK's.
CREATE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	RAISE EXCEPTION USING MESSAGE = TG_ARGV[0], ERRCODE = 'integrity_constraint_violation';
END
$$;
--> statement-breakpoint
-- The audit log is append-only, and the database itself enforces it (see ../migrations/0001_audit-append-only.sql).
-- PostgreSQL also has TRUNCATE, which skips row triggers, so it is refused as well.
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
FOR EACH ROW EXECUTE FUNCTION refuse_change('audit log is append-only');
--> statement-breakpoint
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
FOR EACH ROW EXECUTE FUNCTION refuse_change('audit log is append-only');
--> statement-breakpoint
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
FOR EACH STATEMENT EXECUTE FUNCTION refuse_change('audit log is append-only');
