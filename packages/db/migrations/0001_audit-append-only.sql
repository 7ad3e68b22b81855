-- The audit log is append-only, and the database itself enforces it, so no code path (or hand-typed SQL) can
-- rewrite or remove what happened to a person's record. Retention, when a council needs it, is a deliberate
-- migration that drops these triggers, not an ordinary DELETE.
CREATE TRIGGER `audit_log_no_update`
BEFORE UPDATE ON `audit_log`
BEGIN
	SELECT RAISE(ABORT, 'audit log is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `audit_log_no_delete`
BEFORE DELETE ON `audit_log`
BEGIN
	SELECT RAISE(ABORT, 'audit log is append-only');
END;
