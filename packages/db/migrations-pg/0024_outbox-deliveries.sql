CREATE TABLE "outbox_deliveries" (
	"message_id" text PRIMARY KEY NOT NULL,
	"status" text NOT NULL,
	"attempts" bigint NOT NULL,
	"next_attempt_at" bigint NOT NULL,
	"check_first" boolean NOT NULL,
	"claim_id" text,
	"claimed_until" bigint,
	"send_by" bigint,
	"notify_id" text,
	"reason" text,
	"updated_at" bigint NOT NULL,
	CONSTRAINT "outbox_deliveries_status_known" CHECK ("outbox_deliveries"."status" in ('queued', 'sending', 'sent', 'delivered', 'failed', 'held')),
	CONSTRAINT "outbox_deliveries_attempts_not_negative" CHECK ("outbox_deliveries"."attempts" >= 0)
);
--> statement-breakpoint
ALTER TABLE "outbox_messages" ADD COLUMN "channel" text DEFAULT 'email' NOT NULL;--> statement-breakpoint
CREATE INDEX "outbox_deliveries_due" ON "outbox_deliveries" USING btree ("status","next_attempt_at");--> statement-breakpoint
-- Hand-written (issue 15, decision 041): messages written before the portal sent any are held, never sent now; a
-- reset link in one has long expired, and a person should not receive a message about something done weeks ago.
INSERT INTO outbox_deliveries (message_id, status, attempts, next_attempt_at, check_first, updated_at, reason)
SELECT id, 'held', 0, created_at, false, created_at, 'Written before this portal sent messages' FROM outbox_messages;
