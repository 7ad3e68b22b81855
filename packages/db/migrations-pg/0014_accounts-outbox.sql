CREATE TABLE "account_tokens" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"purpose" text NOT NULL,
	"new_email" text,
	"created_at" bigint NOT NULL,
	"expires_at" bigint NOT NULL,
	"used_at" bigint,
	CONSTRAINT "account_tokens_purpose_known" CHECK ("account_tokens"."purpose" in ('password-reset', 'set-password', 'email-change')),
	CONSTRAINT "account_tokens_hash_is_sha256_hex" CHECK (length("account_tokens"."token_hash") = 64 and lower("account_tokens"."token_hash") = "account_tokens"."token_hash")
);
--> statement-breakpoint
CREATE TABLE "outbox_messages" (
	"id" text PRIMARY KEY NOT NULL,
	"to_address" text NOT NULL,
	"subject" text NOT NULL,
	"body" text NOT NULL,
	"purpose" text NOT NULL,
	"link" text,
	"user_id" text,
	"created_at" bigint NOT NULL,
	CONSTRAINT "outbox_messages_purpose_known" CHECK ("outbox_messages"."purpose" in ('password-reset', 'set-password', 'email-change', 'email-changed-notice'))
);
--> statement-breakpoint
ALTER TABLE "account_tokens" ADD CONSTRAINT "account_tokens_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "account_tokens_user_id" ON "account_tokens" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE INDEX "outbox_messages_created_at" ON "outbox_messages" USING btree ("created_at");--> statement-breakpoint
-- As SQLite's 0016, with the same messages: what the portal would have sent is never rewritten, and an account link
-- can only be marked used, once.
CREATE TRIGGER outbox_messages_no_update BEFORE UPDATE ON outbox_messages
FOR EACH ROW EXECUTE FUNCTION refuse_change('a message in the outbox cannot be changed');
--> statement-breakpoint
CREATE TRIGGER outbox_messages_no_delete BEFORE DELETE ON outbox_messages
FOR EACH ROW EXECUTE FUNCTION refuse_change('a message in the outbox cannot be removed');
--> statement-breakpoint
CREATE TRIGGER outbox_messages_no_truncate BEFORE TRUNCATE ON outbox_messages
FOR EACH STATEMENT EXECUTE FUNCTION refuse_change('a message in the outbox cannot be removed');
--> statement-breakpoint
CREATE TRIGGER account_tokens_used_once BEFORE UPDATE ON account_tokens
FOR EACH ROW WHEN (
	OLD.used_at IS NOT NULL OR NEW.used_at IS NULL OR NEW.token_hash IS DISTINCT FROM OLD.token_hash
	OR NEW.user_id IS DISTINCT FROM OLD.user_id OR NEW.purpose IS DISTINCT FROM OLD.purpose
	OR NEW.new_email IS DISTINCT FROM OLD.new_email OR NEW.created_at IS DISTINCT FROM OLD.created_at
	OR NEW.expires_at IS DISTINCT FROM OLD.expires_at
)
EXECUTE FUNCTION refuse_change('an account link can only be marked used, once');
--> statement-breakpoint
CREATE TRIGGER account_tokens_no_delete BEFORE DELETE ON account_tokens
FOR EACH ROW EXECUTE FUNCTION refuse_change('an account link cannot be removed');
--> statement-breakpoint
CREATE TRIGGER account_tokens_no_truncate BEFORE TRUNCATE ON account_tokens
FOR EACH STATEMENT EXECUTE FUNCTION refuse_change('an account link cannot be removed');
